import type { Cell } from '../../core/model/report'
import { formatCellValue } from '../format/formatCellValue'
import { formatCorrectionTime } from './correctionTime'
import './corrections.css'

/** The small flag beside a corrected number, with the report's own value in its tooltip. */
export function CorrectedMark({ cellId, cell }: { cellId: string; cell: Cell }) {
  const title = cell.corrected
    ? `已更正：报告原值 ${formatCellValue(cellId, cell.corrected.original)}，更正于 ${formatCorrectionTime(cell.corrected.at)}`
    : cell.entered
      ? `已更正：报告中未能读取，由用户填入（${formatCorrectionTime(cell.entered.at)}）`
      : undefined
  if (title === undefined) return null
  return (
    <span className="corrected-mark" title={title} data-corrected="true">
      已更正
    </span>
  )
}
