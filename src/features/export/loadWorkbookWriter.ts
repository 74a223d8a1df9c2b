import type { workbookBlob } from './workbookBlob'

/** The .xlsx writer (workbookBlob.ts), a chunk of its own: the page does not wait for it to load. */
export function loadWorkbookWriter(): Promise<{ workbookBlob: typeof workbookBlob }> {
  return import('./workbookBlob')
}

/**
 * Loads the writer ahead of the first export, so an export still works after the network went away.
 * A failure is left to the export, which reports it (exportErrorMessage).
 */
export function warmUpWorkbookExport(): void {
  loadWorkbookWriter().catch(() => undefined)
}
