import type { Report } from '../../core/model/report'
import { describeCell } from '../../core/model/labels'
import { formatCellValue } from '../format/formatCellValue'

/** "表三 新收·总计 原值 51" for each corrected cell among these ("… 原未读取" for an entered one). */
export function correctedCellsText(report: Pick<Report, 'cells'>, cellIds: readonly string[]): string[] {
  return cellIds.flatMap((id) => {
    const cell = report.cells[id]
    if (cell?.corrected) return [`${describeCell(id)} 原值 ${formatCellValue(id, cell.corrected.original)}`]
    if (cell?.entered) return [`${describeCell(id)} 原未读取`]
    return []
  })
}
