import { createStore, type UseStore } from 'idb-keyval'
import { describeStorageFailure, type StorageFailure } from './storageFailure'

/** What the store keeps besides the reports: small, rewritten on every save. */
export const META_KEY = 'meta'
const REPORT_PREFIX = 'report:'

/** One save: the new meta record, the reports written since the last save, the reports removed. */
export interface StorageChange {
  meta: unknown
  put: { id: string; value: unknown }[]
  remove: string[]
}

/** The stored workspace as read back, not yet checked: `meta` undefined when nothing was ever saved. */
export interface StoredRecords {
  meta: unknown
  /** Report records by id, for the ids the meta record lists. */
  reports: Map<string, unknown>
  /**
   * Report records the meta record does not list: written by a save the page left before its meta
   * record (the last step) was written. Nobody can see them; the next save deletes them.
   */
  unlisted?: string[]
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; failure: StorageFailure }

/** Where the workspace lives between visits; IndexedDB in the page, a fake in tests. */
export interface WorkspaceStorage {
  kind: 'indexeddb' | 'memory'
  load(reportIds: (meta: unknown) => string[]): Promise<StorageResult<StoredRecords>>
  save(change: StorageChange): Promise<StorageResult<void>>
  /**
   * Writes report records ahead of a save, in one transaction, without touching the meta record (so the
   * stored workspace stays the previous one until `save` lists them). Writes records in order while
   * `more()` says so, at least one; resolves with how many were written.
   */
  putReports(
    records: readonly { id: string; value: unknown }[],
    more: () => boolean,
  ): Promise<StorageResult<number>>
  /**
   * Gives up the putReports writes under way (their promise then fails), so that a save issued as the page
   * is left does not wait behind them: a transaction still waiting when the page goes is lost with it.
   */
  abandonWritesAhead(): void
  clear(): Promise<StorageResult<void>>
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    // A quota overrun surfaces as the transaction's error when it aborts, not on the put request.
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'))
  })
}

async function attempt<T>(
  action: 'save' | 'load' | 'clear',
  run: () => Promise<T>,
): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, failure: describeStorageFailure(error, action) }
  }
}

/**
 * The workspace in IndexedDB: one record per report (a report with its source lines can be megabytes,
 * so an unchanged report is never rewritten) and one meta record that lists them. Report records may be
 * written ahead in several transactions (putReports); the meta record is written last, in one
 * transaction with the removals, so a crash mid-save leaves the previous workspace whole.
 */
export function createIndexedDbStorage(
  databaseName = 'gov-disclosure-dashboard',
  storeName = 'workspace',
): WorkspaceStorage {
  let store: UseStore | undefined
  const useStore = (): UseStore => (store ??= createStore(databaseName, storeName))
  /** The putReports transaction under way, and a count of abandonments a queued putReports checks. */
  let ahead: IDBTransaction | undefined
  let abandoned = 0

  return {
    kind: 'indexeddb',
    load: (reportIds) =>
      attempt('load', async () => {
        const meta: unknown = await useStore()('readonly', (objects) => requestDone(objects.get(META_KEY)))
        const reports = new Map<string, unknown>()
        // Without a meta record every report record is unlisted: a first save cut off before its last step.
        const ids = meta === undefined ? [] : reportIds(meta)
        const [values, keys] = await useStore()('readonly', (objects) =>
          Promise.all([
            Promise.all(ids.map((id) => requestDone<unknown>(objects.get(REPORT_PREFIX + id)))),
            requestDone(objects.getAllKeys()),
          ]),
        )
        ids.forEach((id, index) => {
          const value = values[index]
          if (value !== undefined) reports.set(id, value)
        })
        const listed = new Set(ids)
        const unlisted = keys
          .filter((key): key is string => typeof key === 'string' && key.startsWith(REPORT_PREFIX))
          .map((key) => key.slice(REPORT_PREFIX.length))
          .filter((id) => !listed.has(id))
        return { meta, reports, unlisted }
      }),
    save: (change) =>
      attempt('save', () =>
        useStore()('readwrite', (objects) => {
          for (const { id, value } of change.put) objects.put(value, REPORT_PREFIX + id)
          for (const id of change.remove) objects.delete(REPORT_PREFIX + id)
          objects.put(change.meta, META_KEY)
          const done = transactionDone(objects.transaction)
          // Commit at once instead of when the event loop turns: a save issued as the page is being left
          // (pagehide) has no turn left, and an uncommitted transaction is aborted with the page.
          objects.transaction.commit()
          return done
        }),
      ),
    putReports: (records, more) => {
      const asked = abandoned
      return attempt('save', () =>
        useStore()('readwrite', async (objects) => {
          // Abandoned before its transaction opened: write nothing, so the save it made way for goes first.
          if (asked !== abandoned) throw new DOMException('Writing ahead was abandoned.', 'AbortError')
          ahead = objects.transaction
          let written = 0
          // The structured clone of each record happens inside put(), on this thread: `more` bounds the time.
          for (const { id, value } of records) {
            if (written > 0 && !more()) break
            objects.put(value, REPORT_PREFIX + id)
            written++
          }
          try {
            await transactionDone(objects.transaction)
          } finally {
            if (ahead === objects.transaction) ahead = undefined
          }
          return written
        }),
      )
    },
    abandonWritesAhead: () => {
      abandoned++
      const transaction = ahead
      ahead = undefined
      try {
        transaction?.abort()
      } catch {
        // Already committing or done: nothing to give up.
      }
    },
    clear: () =>
      attempt('clear', () =>
        useStore()('readwrite', (objects) => {
          objects.clear()
          return transactionDone(objects.transaction)
        }),
      ),
  }
}
