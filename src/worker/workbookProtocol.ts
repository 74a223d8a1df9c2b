import type { Sheet } from '../core/xlsx/sheet'

/*
 * Messages between the page and the workbook worker. Plain data only (structured clone). The page sends
 * the sheets it built (rows of strings and numbers: about 0.8 MB for 1,000 reports, a few ms to clone),
 * not the reports they come from, which are some 40 MB and cost more to clone than the sheets to build.
 */

/** Page → worker: write the .xlsx of these sheets; `modified` is the time its parts are stamped with. */
export interface WorkbookRequest {
  type: 'workbook'
  id: number
  sheets: Sheet[]
  modified: Date
}

/** Worker → page: the worker loaded and listens. */
export interface WorkbookReadyReply {
  type: 'ready'
}

/** Worker → page: the file's bytes, transferred (the buffer holds the file and nothing else). */
export interface WorkbookBytesReply {
  type: 'workbook'
  id: number
  bytes: ArrayBuffer
}

/** Worker → page: the workbook could not be written; `tooLarge` for a table Excel cannot hold. */
export interface WorkbookFailureReply {
  type: 'failure'
  id: number
  tooLarge: boolean
  message: string
}

export type WorkbookReply = WorkbookReadyReply | WorkbookBytesReply | WorkbookFailureReply
