import type { ReactNode } from 'react'
import type { OverviewFigureKey } from '../../core/compare/overviewRow'
import { overviewFigureCells } from '../../core/compare/overviewFigureCells'
import type { Report } from '../../core/model/report'
import { isBlankZero } from '../../core/compare/blankZeroCells'
import { CorrectedFlag } from '../corrections/CorrectedFlag'
import { BlankMark } from '../format/BlankMark'
import { InspectButton } from './InspectButton'

interface FigureSourceProps {
  reportId: string
  report: Report
  figureKey: OverviewFigureKey
  /** The column header, used as the panel's title. */
  label: string
  children: ReactNode
}

const BLANK_FIGURE_TITLE = '此数含报告中空白（或“/”“—”“无”）、按 0 计的单元格；点击数字查看来源'

/**
 * An overview figure that opens the source of the cells behind it, flagged when one was corrected or was
 * left blank in the report and counted as 0.
 */
export function FigureSource({ reportId, report, figureKey, label, children }: FigureSourceProps) {
  const cellIds = report.template === 'legacy' ? [] : overviewFigureCells(report, figureKey)
  if (cellIds.length === 0) return children
  // The flags go before the number, so the digits of a column stay right-aligned.
  return (
    <>
      <CorrectedFlag report={report} cellIds={cellIds} />
      {cellIds.some((id) => isBlankZero(report, id)) ? <BlankMark title={BLANK_FIGURE_TITLE} /> : null}
      <InspectButton reportId={reportId} cellIds={cellIds} label={label}>
        {children}
      </InspectButton>
    </>
  )
}
