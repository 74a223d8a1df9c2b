import type { workbookBlob } from './workbookBlob'

/** The .xlsx writer (workbookBlob.ts), a chunk of its own: the page does not wait for it to load. */
export function loadWorkbookWriter(): Promise<{ workbookBlob: typeof workbookBlob }> {
  return import('./workbookBlob')
}
