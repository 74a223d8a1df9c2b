import { useState } from 'react'
import { describeCell, reportTitle } from '../../core/model/labels'
import { useDashboardStore, type CellCorrection } from '../../store'
import { formatCellValue } from '../format/formatCellValue'
import { InspectButton } from '../provenance/InspectButton'
import { formatCorrectionTime } from './correctionTime'
import './corrections.css'

function isLatestOfCell(correction: CellCorrection, log: readonly CellCorrection[]): boolean {
  return (
    log.findLast((other) => other.reportId === correction.reportId && other.cellId === correction.cellId) ===
    correction
  )
}

/** Every correction the user made, oldest first: old value, new value, time; the latest of a cell can be undone. */
export function CorrectionsLog() {
  const corrections = useDashboardStore((state) => state.corrections)
  const reports = useDashboardStore((state) => state.reports)
  const undoCorrection = useDashboardStore((state) => state.undoCorrection)
  const [error, setError] = useState<string | null>(null)
  if (corrections.length === 0) return null
  const names = new Map(
    reports.map((loaded) => [loaded.id, reportTitle(loaded.report.agency, loaded.report.year)]),
  )

  return (
    <details className="corrections-log" data-testid="corrections-log">
      <summary>更正记录（{corrections.length} 处）</summary>
      {error ? (
        <p role="alert" className="correction-error">
          {error}
        </p>
      ) : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">报告</th>
            <th scope="col">单元格</th>
            <th scope="col">原值</th>
            <th scope="col">新值</th>
            <th scope="col">时间</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {corrections.map((correction, index) => {
            const cellName = describeCell(correction.cellId)
            return (
              <tr key={`${correction.reportId}-${correction.cellId}-${index}`}>
                <td>{names.get(correction.reportId) ?? correction.reportId}</td>
                <td>
                  <InspectButton
                    reportId={correction.reportId}
                    cellIds={[correction.cellId]}
                    label={cellName}
                  >
                    {cellName}
                  </InspectButton>
                </td>
                <td className="num">
                  {correction.old === null ? '未读取' : formatCellValue(correction.cellId, correction.old)}
                </td>
                <td className="num">{formatCellValue(correction.cellId, correction.new)}</td>
                <td>{formatCorrectionTime(correction.at)}</td>
                <td>
                  {isLatestOfCell(correction, corrections) ? (
                    <button
                      type="button"
                      onClick={() =>
                        setError(undoCorrection(correction.reportId, correction.cellId)?.message ?? null)
                      }
                    >
                      撤销
                    </button>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </details>
  )
}
