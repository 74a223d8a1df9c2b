import type {
  StorageChange,
  StorageResult,
  StoredRecords,
  WorkspaceStorage,
} from '../../../src/features/workspace/workspaceStorage'
import { describeStorageFailure } from '../../../src/features/workspace/storageFailure'

/**
 * IndexedDB's contract without IndexedDB (jsdom has none): values are structured-cloned on the way in
 * and out, a save is all-or-nothing, and a failure can be injected per operation.
 */
export class MemoryStorage implements WorkspaceStorage {
  readonly kind = 'memory'
  records = new Map<string, unknown>()
  saves: StorageChange[] = []
  /** The ids each putReports call wrote, in order. */
  writtenAhead: string[][] = []
  failNextSave: unknown = undefined
  failLoad: unknown = undefined

  load(reportIds: (meta: unknown) => string[]): Promise<StorageResult<StoredRecords>> {
    if (this.failLoad !== undefined) {
      return Promise.resolve({ ok: false, failure: describeStorageFailure(this.failLoad, 'load') })
    }
    const meta = structuredClone(this.records.get('meta'))
    const reports = new Map<string, unknown>()
    const listed = new Set(meta === undefined ? [] : reportIds(meta))
    for (const id of listed) {
      const value = this.records.get(`report:${id}`)
      if (value !== undefined) reports.set(id, structuredClone(value))
    }
    const unlisted = [...this.records.keys()]
      .filter((key) => key.startsWith('report:'))
      .map((key) => key.slice('report:'.length))
      .filter((id) => !listed.has(id))
    return Promise.resolve({ ok: true, value: { meta, reports, unlisted } })
  }

  save(change: StorageChange): Promise<StorageResult<void>> {
    this.saves.push(change)
    const failure = this.failNextSave
    if (failure !== undefined) {
      this.failNextSave = undefined
      return Promise.resolve({ ok: false, failure: describeStorageFailure(failure, 'save') })
    }
    for (const { id, value } of change.put) this.records.set(`report:${id}`, structuredClone(value))
    for (const id of change.remove) this.records.delete(`report:${id}`)
    this.records.set('meta', structuredClone(change.meta))
    return Promise.resolve({ ok: true, value: undefined })
  }

  putReports(
    records: readonly { id: string; value: unknown }[],
    more: () => boolean,
  ): Promise<StorageResult<number>> {
    const failure = this.failNextSave
    if (failure !== undefined) {
      this.failNextSave = undefined
      return Promise.resolve({ ok: false, failure: describeStorageFailure(failure, 'save') })
    }
    const written: string[] = []
    for (const { id, value } of records) {
      if (written.length > 0 && !more()) break
      this.records.set(`report:${id}`, structuredClone(value))
      written.push(id)
    }
    this.writtenAhead.push(written)
    return Promise.resolve({ ok: true, value: written.length })
  }

  /** Every write here is done at once: none is ever under way. */
  abandonWritesAhead(): void {}

  clear(): Promise<StorageResult<void>> {
    this.records.clear()
    return Promise.resolve({ ok: true, value: undefined })
  }
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

/** A meta record as the first stored version wrote it, before identity corrections existed. */
export function firstVersionMeta(reportIds: string[], savedAt: string) {
  return {
    version: 1,
    reportIds,
    corrections: [],
    aliases: {},
    filters: { agencies: [], years: [], onlyProblems: false },
    selectedIds: [],
    files: [],
    savedAt,
  }
}
