import { useEffect } from 'react'
import { warmUpWorkbookExport } from '../features/export/workbookExport'
import { warmUpParsing } from '../features/ingest/ingestQueue'

/** How long after the first render the warm-up starts at the latest, if the page is never idle before. */
const WARM_UP_TIMEOUT_MS = 2_000

function warmUp(): void {
  warmUpParsing()
  warmUpWorkbookExport()
}

/**
 * Once the page has drawn and is idle, starts the parse workers (they load their readers) and the Excel
 * writer's worker, and loads the writer for the page (its fallback): loading takes a noticeable moment,
 * better spent while the user picks files than after the drop, and once loaded they no longer need the
 * network (which may be gone by then).
 */
export function useIdleWarmUp(): void {
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warmUp, { timeout: WARM_UP_TIMEOUT_MS })
      return () => cancelIdleCallback(handle)
    }
    const timer = setTimeout(warmUp, WARM_UP_TIMEOUT_MS)
    return () => clearTimeout(timer)
  }, [])
}
