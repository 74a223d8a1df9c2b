/**
 * How long store writes wait to be applied together: short enough to feel immediate, long enough
 * that a thousand-file drop re-renders the page a few dozen times, not a thousand.
 */
const BATCH_DELAY_MS = 150

export interface UpdateBatcher {
  schedule: (update: () => void) => void
  /** Applies every waiting update now. */
  flush: () => void
}

/**
 * Collects store writes and applies them in one synchronous run, so React renders once per batch:
 * with 1,000 files, per-file writes would re-render the page thousands of times.
 */
export function createUpdateBatcher(delayMs: number = BATCH_DELAY_MS): UpdateBatcher {
  let waiting: (() => void)[] = []
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const updates = waiting
    waiting = []
    for (const update of updates) update()
  }

  return {
    schedule(update) {
      waiting.push(update)
      timer ??= setTimeout(flush, delayMs)
    },
    flush,
  }
}
