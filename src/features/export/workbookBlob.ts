/**
 * The .xlsx writer, a chunk of its own (load it with loadWorkbookWriter): the first paint does not wait
 * for it.
 */
import type { Sheet } from '../../core/xlsx/sheet'
import { workbookBytes } from '../../core/xlsx/workbook'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function workbookBlob(sheets: readonly Sheet[], exportedAt: Date): Blob {
  // slice() gives the bytes an ArrayBuffer of their own, the only kind a Blob is typed to take.
  return new Blob([workbookBytes(sheets, exportedAt).slice()], { type: XLSX_TYPE })
}
