import type { Report } from '../../core/model/report'
import { correctedCellsText } from './correctedCells'
import './corrections.css'

/** The 已更正 flag beside a figure computed from cells of which at least one was corrected. */
export function CorrectedFlag({
  report,
  cellIds,
}: {
  report: Pick<Report, 'cells'>
  cellIds: readonly string[]
}) {
  const corrected = correctedCellsText(report, cellIds)
  if (corrected.length === 0) return null
  return (
    <span className="corrected-mark" title={`已更正：${corrected.join('；')}`} data-corrected="true">
      已更正
    </span>
  )
}
