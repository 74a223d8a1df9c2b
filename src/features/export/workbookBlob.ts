/**
 * The .xlsx writer, a chunk of its own (load it with loadWorkbookWriter): the first paint does not wait
 * for it. The workbook worker (workbookClient.ts) runs the same writer; this is its fallback.
 */
import type { Sheet } from '../../core/xlsx/sheet'
import { workbookBuffer } from '../../core/xlsx/workbook'
import { xlsxBlob } from './xlsxBlob'

export function workbookBlob(sheets: readonly Sheet[], exportedAt: Date): Blob {
  return xlsxBlob(workbookBuffer(sheets, exportedAt))
}
