import type { ReactNode } from 'react'
import type { OverviewFigureKey } from '../../core/compare/overviewRow'
import { overviewFigureCells } from '../../core/compare/overviewFigureCells'
import type { Report } from '../../core/model/report'
import { CorrectedFlag } from '../corrections/CorrectedFlag'
import { InspectButton } from './InspectButton'

interface FigureSourceProps {
  reportId: string
  report: Report
  figureKey: OverviewFigureKey
  /** The column header, used as the panel's title. */
  label: string
  children: ReactNode
}

/** An overview figure that opens the source of the cells behind it, flagged when one was corrected. */
export function FigureSource({ reportId, report, figureKey, label, children }: FigureSourceProps) {
  const cellIds = report.template === 'legacy' ? [] : overviewFigureCells(report, figureKey)
  if (cellIds.length === 0) return children
  return (
    <>
      <InspectButton reportId={reportId} cellIds={cellIds} label={label}>
        {children}
      </InspectButton>
      <CorrectedFlag report={report} cellIds={cellIds} />
    </>
  )
}
