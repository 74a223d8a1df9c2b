import type { Cell } from '../../core/model/report'
import { formatCellValue } from '../format/formatCellValue'
import { formatCorrectionTime } from './correctionTime'
import './corrections.css'

/** The small flag beside a corrected number, with the report's own value in its tooltip. */
export function CorrectedMark({ cellId, cell }: { cellId: string; cell: Cell }) {
  if (!cell.corrected) return null
  const title = `已更正：报告原值 ${formatCellValue(cellId, cell.corrected.original)}，更正于 ${formatCorrectionTime(cell.corrected.at)}`
  return (
    <span className="corrected-mark" title={title} data-corrected="true">
      已更正
    </span>
  )
}
