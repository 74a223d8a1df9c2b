import { WorkbookTooLarge } from '../core/xlsx/sheet'
import { workbookBuffer } from '../core/xlsx/workbook'
import type { WorkbookBytesReply, WorkbookFailureReply, WorkbookRequest } from './workbookProtocol'

/** The reply to a request and what it transfers (the file's buffer: moved to the page, not copied). */
export interface WorkbookAnswer {
  reply: WorkbookBytesReply | WorkbookFailureReply
  transfer: Transferable[]
}

/** Writes the requested workbook, as the page's main-thread path (workbookBlob) does. Never throws. */
export function answerWorkbookRequest(request: WorkbookRequest): WorkbookAnswer {
  try {
    const bytes = workbookBuffer(request.sheets, request.modified)
    return { reply: { type: 'workbook', id: request.id, bytes }, transfer: [bytes] }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const tooLarge = error instanceof WorkbookTooLarge
    return { reply: { type: 'failure', id: request.id, tooLarge, message }, transfer: [] }
  }
}
