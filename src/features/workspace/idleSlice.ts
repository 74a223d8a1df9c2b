/** How long a slice may hold the thread when the browser gives no deadline (no requestIdleCallback, or it timed out). */
const FALLBACK_BUDGET_MS = 8
/** No further record is started with less left than this (one report's structured clone: about 0.3 ms). */
const MARGIN_MS = 2

/** Says whether the slice still has time for one more piece of work. */
export type SliceTime = () => boolean

export interface IdleWait {
  /** Resolves when the page is idle (or after the timeout) with the time of that slice. */
  slice: Promise<SliceTime>
  /** Resolves the wait at once, e.g. when the page is being hidden and the rest must be written now. */
  wake: () => void
}

function fixedBudget(): SliceTime {
  const end = performance.now() + FALLBACK_BUDGET_MS
  return () => performance.now() < end
}

/**
 * Waits for an idle moment of the page's thread, so background work (writing the workspace) runs between
 * frames and input instead of blocking them.
 */
export function waitForIdle(timeoutMs: number): IdleWait {
  let wake = (): void => {}
  const slice = new Promise<SliceTime>((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(
        (deadline) =>
          resolve(deadline.didTimeout ? fixedBudget() : () => deadline.timeRemaining() > MARGIN_MS),
        { timeout: timeoutMs },
      )
      wake = () => {
        cancelIdleCallback(handle)
        resolve(fixedBudget())
      }
    } else {
      const handle = setTimeout(() => resolve(fixedBudget()), 0)
      wake = () => {
        clearTimeout(handle)
        resolve(fixedBudget())
      }
    }
  })
  return { slice, wake }
}
