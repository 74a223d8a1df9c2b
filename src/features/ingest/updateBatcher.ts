/**
 * How long store writes wait to be applied together: short enough to feel immediate for a few
 * files; for big drops longer (see batchDelayFor), since every batch re-renders the whole page.
 */
const BATCH_DELAY_MS = 150
const MAX_BATCH_DELAY_MS = 600

/** The batch delay while `pendingFiles` files are in progress: 150 ms for a few, up to 600 ms for a thousand. */
export function batchDelayFor(pendingFiles: number): number {
  return Math.min(MAX_BATCH_DELAY_MS, BATCH_DELAY_MS + pendingFiles / 2)
}

export interface UpdateBatcher<T> {
  schedule: (update: T) => void
  /** Applies every waiting update now. */
  flush: () => void
}

/**
 * Collects updates and hands them to `apply` together, so the store is written once per batch and
 * React renders once: with 1,000 files, per-file writes would re-run every selector thousands of times.
 */
export function createUpdateBatcher<T>(
  apply: (updates: T[]) => void,
  delayMs: () => number = () => BATCH_DELAY_MS,
): UpdateBatcher<T> {
  let waiting: T[] = []
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const updates = waiting
    waiting = []
    if (updates.length > 0) apply(updates)
  }

  return {
    schedule(update) {
      waiting.push(update)
      timer ??= setTimeout(flush, delayMs())
    },
    flush,
  }
}
