/**
 * The .xlsx writer, loaded only when a workbook is exported (import() it): the page does not pay for it
 * until then.
 */
import type { Sheet } from '../../core/xlsx/sheet'
import { workbookBytes } from '../../core/xlsx/workbook'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function workbookBlob(sheets: readonly Sheet[], exportedAt: Date): Blob {
  // slice() gives the bytes an ArrayBuffer of their own, the only kind a Blob is typed to take.
  return new Blob([workbookBytes(sheets, exportedAt).slice()], { type: XLSX_TYPE })
}
