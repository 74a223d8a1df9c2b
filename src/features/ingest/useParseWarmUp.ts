import { useEffect } from 'react'
import { warmUpParsing } from './ingestQueue'

/** How long after the first render the workers start at the latest, if the page is never idle before. */
const WARM_UP_TIMEOUT_MS = 2_000

/**
 * Starts the parse workers once the page has drawn and is idle: loading a worker takes a noticeable
 * moment, better spent while the user picks files than after the drop.
 */
export function useParseWarmUp(): void {
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => warmUpParsing(), { timeout: WARM_UP_TIMEOUT_MS })
      return () => cancelIdleCallback(handle)
    }
    const timer = setTimeout(warmUpParsing, WARM_UP_TIMEOUT_MS)
    return () => clearTimeout(timer)
  }, [])
}
