import type { Cell, Report } from '../../core/model/report'
import { describeCell } from '../../core/model/labels'
import { formatCellValue } from '../format/formatCellValue'

/** "原值 51" for a corrected cell, "原未读取" for an entered one; undefined for a value the report gave. */
export function correctedCellNote(cellId: string, cell: Cell | undefined): string | undefined {
  if (cell?.corrected) return `原值 ${formatCellValue(cellId, cell.corrected.original)}`
  if (cell?.entered) return '原未读取'
  return undefined
}

/** "表三 新收·总计 原值 51" for each corrected cell among these ("… 原未读取" for an entered one). */
export function correctedCellsText(report: Pick<Report, 'cells'>, cellIds: readonly string[]): string[] {
  // A plain loop: the exports pass every cell of every report, and few of them are corrected.
  const texts: string[] = []
  for (const id of cellIds) {
    const note = correctedCellNote(id, report.cells[id])
    if (note !== undefined) texts.push(`${describeCell(id)} ${note}`)
  }
  return texts
}
