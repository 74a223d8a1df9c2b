import type { Sheet } from '../../core/xlsx/sheet'
import { loadWorkbookWriter } from './loadWorkbookWriter'
import { createWorkbookClient, type WorkbookClient } from './workbookClient'

/** One workbook worker for the session, started by the first export or the warm-up. */
let client: WorkbookClient | undefined

const sharedClient = () => (client ??= createWorkbookClient())

/** The .xlsx file of the sheets, written off the page's thread when the browser allows (workbookClient). */
export function workbookFile(sheets: Sheet[], exportedAt: Date): Promise<Blob> {
  return sharedClient().build(sheets, exportedAt)
}

/**
 * Starts the workbook worker and loads the page's own writer (its fallback) ahead of the first export, so
 * an export still works after the network went away. A failure is left to the export, which falls back
 * or reports it (exportErrorMessage).
 */
export function warmUpWorkbookExport(): void {
  sharedClient().warmUp()
  loadWorkbookWriter().catch(() => undefined)
}
