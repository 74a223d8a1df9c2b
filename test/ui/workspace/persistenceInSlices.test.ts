import { afterEach, describe, expect, it, vi } from 'vitest'
import { startPersistence, type PersistenceController } from '../../../src/features/workspace/persistence'
import { readStoredMeta } from '../../../src/features/workspace/storedMeta'
import type { StorageResult } from '../../../src/features/workspace/workspaceStorage'
import { resetDashboardStore, useDashboardStore, type LoadedReport } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { firstVersionMeta, MemoryStorage } from './memoryStorage'
import { describeStorageFailure } from '../../../src/features/workspace/storageFailure'

const running: PersistenceController[] = []

function start(storage: MemoryStorage): PersistenceController {
  const controller = startPersistence(storage, 5)
  running.push(controller)
  return controller
}

afterEach(() => {
  for (const controller of running.splice(0)) controller.stop()
})

/** `count` distinct reports made from the five parsed seeds (ids and fingerprints of their own). */
function manyReports(count: number): LoadedReport[] {
  const seeds = parsedSeedEntries()
  return Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]
    if (!seed) throw new Error('seeds missing')
    return { ...seed, id: `r${i}`, fingerprint: `${seed.fingerprint}-${i}` }
  })
}

/** Writing ahead waits at the gate until the test opens it: the moment "a save is in progress". */
class GatedStorage extends MemoryStorage {
  private open: () => void = () => {}
  gate = new Promise<void>((resolve) => (this.open = resolve))
  aheadCalls = 0
  abandoned = 0

  override async putReports(
    records: readonly { id: string; value: unknown }[],
    more: () => boolean,
  ): Promise<StorageResult<number>> {
    this.aheadCalls++
    const asked = this.abandoned
    await this.gate
    // As IndexedDB does: a write given up on fails, and writes nothing.
    if (asked !== this.abandoned)
      return {
        ok: false,
        failure: describeStorageFailure(new DOMException('abandoned', 'AbortError'), 'save'),
      }
    return super.putReports(records, more)
  }

  override abandonWritesAhead(): void {
    this.abandoned++
  }

  release(): void {
    this.open()
  }
}

function storedIds(storage: MemoryStorage): string[] {
  return readStoredMeta(storage.records.get('meta'))?.reportIds ?? []
}

async function restoredIn(storage: MemoryStorage): Promise<LoadedReport[]> {
  for (const controller of running.splice(0)) controller.stop()
  resetDashboardStore()
  await start(storage).ready
  return useDashboardStore.getState().reports
}

describe('saving many reports in idle slices', { timeout: 20_000 }, () => {
  it('writes the reports ahead, then lists them in one last step; a reload restores every one', async () => {
    const storage = new MemoryStorage()
    const controller = start(storage)
    await controller.ready
    const reports = manyReports(40)
    useDashboardStore.getState().addReports(reports)
    await vi.waitFor(() => expect(useDashboardStore.getState().persistence.status).toBe('saved'))

    const ahead = storage.writtenAhead.flat()
    expect(ahead.length).toBeGreaterThanOrEqual(40 - 8)
    expect(new Set(ahead).size).toBe(ahead.length)
    expect(storage.saves).toHaveLength(1)
    expect(storage.saves[0]?.put.length).toBeLessThanOrEqual(8)
    expect([...ahead, ...(storage.saves[0]?.put.map((put) => put.id) ?? [])].sort()).toEqual(
      reports.map((loaded) => loaded.id).sort(),
    )
    expect(storedIds(storage)).toEqual(reports.map((loaded) => loaded.id))
    await controller.flush()

    expect(await restoredIn(storage)).toEqual(reports)
  })

  it('keeps the previous stored workspace whole until the last step of the save', async () => {
    const storage = new GatedStorage()
    const controller = start(storage)
    await controller.ready
    const [first, ...rest] = manyReports(30)
    if (!first) throw new Error('no report')
    useDashboardStore.getState().addReport(first)
    await controller.flush()
    expect(storedIds(storage)).toEqual(['r0'])

    useDashboardStore.getState().addReports(rest)
    await vi.waitFor(() => expect(storage.aheadCalls).toBe(1))
    expect(storedIds(storage)).toEqual(['r0'])
    expect(useDashboardStore.getState().persistence.status).toBe('saving')

    storage.release()
    await vi.waitFor(() => expect(useDashboardStore.getState().persistence.status).toBe('saved'))
    expect(storedIds(storage)).toEqual(['r0', ...rest.map((loaded) => loaded.id)])
  })

  for (const event of ['pagehide', 'visibilitychange'] as const) {
    it(`writes everything at once on ${event} while a save is under way: nothing is lost on reload`, async () => {
      const storage = new GatedStorage()
      const controller = start(storage)
      await controller.ready
      const reports = manyReports(30)
      useDashboardStore.getState().addReports(reports)
      await vi.waitFor(() => expect(storage.aheadCalls).toBe(1))
      expect(storedIds(storage)).toEqual([])

      // The page goes away while the write-ahead still waits: its callbacks may never run again.
      const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
      if (event === 'pagehide') window.dispatchEvent(new Event('pagehide'))
      else document.dispatchEvent(new Event('visibilitychange'))
      hidden.mockRestore()
      expect(storage.saves).toHaveLength(1)
      expect(storage.saves[0]?.put.map((put) => put.id)).toEqual(reports.map((loaded) => loaded.id))
      expect(storedIds(storage)).toEqual(reports.map((loaded) => loaded.id))

      // The write-ahead under way was given up, so the save at once did not wait behind it, and its
      // failure is not shown as one.
      expect(storage.abandoned).toBe(1)
      storage.release()
      await vi.waitFor(() => expect(useDashboardStore.getState().persistence.status).toBe('saved'))
      expect(useDashboardStore.getState().persistence.error).toBeUndefined()

      expect(await restoredIn(storage)).toEqual(reports)
    })
  }

  it('writes everything at once when the page is hidden before the save has even started', async () => {
    const storage = new MemoryStorage()
    const controller = startPersistence(storage, 60_000)
    running.push(controller)
    await controller.ready
    const reports = manyReports(20)
    useDashboardStore.getState().addReports(reports)
    expect(storage.saves).toHaveLength(0)
    window.dispatchEvent(new Event('pagehide'))
    expect(storedIds(storage)).toEqual(reports.map((loaded) => loaded.id))
    expect(await restoredIn(storage)).toEqual(reports)
  })

  it('includes a change made while the save was under way, and deletes the record of a removed report', async () => {
    const storage = new GatedStorage()
    const controller = start(storage)
    await controller.ready
    const reports = manyReports(30)
    useDashboardStore.getState().addReports(reports)
    await vi.waitFor(() => expect(storage.aheadCalls).toBe(1))
    useDashboardStore.getState().removeReport('r3')
    storage.release()
    await vi.waitFor(() => expect(useDashboardStore.getState().persistence.status).toBe('saved'))
    await controller.flush()

    const kept = reports.filter((loaded) => loaded.id !== 'r3')
    expect(storedIds(storage)).toEqual(kept.map((loaded) => loaded.id))
    expect(storage.records.has('report:r3')).toBe(false)
    expect(await restoredIn(storage)).toEqual(kept)
  })

  it('deletes report records a save cut off before its last step left behind', async () => {
    const storage = new MemoryStorage()
    const [kept, orphan] = manyReports(2)
    if (!kept || !orphan) throw new Error('no report')
    storage.records.set('meta', firstVersionMeta(['r0'], '2025-01-01T00:00:00.000Z'))
    storage.records.set('report:r0', kept)
    storage.records.set('report:r1', orphan)
    const controller = start(storage)
    await controller.ready
    expect(useDashboardStore.getState().reports.map((loaded) => loaded.id)).toEqual(['r0'])
    await vi.waitFor(() => expect(storage.records.has('report:r1')).toBe(false))
    await controller.flush()
    expect(storage.records.has('report:r0')).toBe(true)
    expect(storedIds(storage)).toEqual(['r0'])
  })

  it('deletes the records of a first save cut off before it wrote any meta record', async () => {
    const storage = new MemoryStorage()
    const [orphan] = manyReports(1)
    storage.records.set('report:r0', orphan)
    const controller = start(storage)
    await controller.ready
    await vi.waitFor(() => expect(storage.records.has('report:r0')).toBe(false))
    await controller.flush()
    expect(useDashboardStore.getState().reports).toEqual([])
  })
})
