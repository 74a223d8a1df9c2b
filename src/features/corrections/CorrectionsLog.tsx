import { useState } from 'react'
import { IDENTITY_CONFIRMED_TEXT } from '../../core/identity/identityCorrection'
import { agencyText, describeCell, reportTitle, yearText } from '../../core/model/labels'
import {
  correctionCount,
  useDashboardStore,
  useEffectiveReports,
  type CellCorrection,
  type IdentityCorrection,
} from '../../store'
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

/** The fields an identity correction changed, with the reader's and the user's values. */
function identityChange(
  read: { agency: string; year: number } | undefined,
  correction: IdentityCorrection,
): { fields: string; old: string; new: string } {
  const fields: string[] = []
  const old: string[] = []
  const next: string[] = []
  if (correction.agency !== undefined) {
    fields.push('机关')
    old.push(agencyText(read?.agency ?? ''))
    next.push(correction.agency)
  }
  if (correction.year !== undefined) {
    fields.push('年度')
    old.push(yearText(read?.year ?? 0))
    next.push(yearText(correction.year))
  }
  if (fields.length === 0) {
    const asRead = `${agencyText(read?.agency ?? '')}，${yearText(read?.year ?? 0)}`
    return { fields: IDENTITY_CONFIRMED_TEXT, old: asRead, new: asRead }
  }
  return { fields: fields.join('、'), old: old.join('，'), new: next.join('，') }
}

/** What undoing a correction did, as the page says it. */
function undoneText(reportName: string, what: string): string {
  return what === IDENTITY_CONFIRMED_TEXT
    ? `已撤销对“${reportName}”机关和年度的确认。`
    : `已撤销对“${reportName}”${what}的更正。`
}

interface CorrectionsLogProps {
  /**
   * Told as a step is undone (in the same event, before React redraws the log), with its 撤销 button,
   * which goes with its row, and what undoing does: the view moves focus to the next 撤销, or says it where
   * focus can go once the log is empty.
   */
  onUndo?: (button: HTMLElement, message: string) => void
}

/**
 * Every correction the user made: cells oldest first (old value, new value, time; the latest of a cell can
 * be undone), then the agencies and years corrected (undo brings the reader's back).
 */
export function CorrectionsLog({ onUndo }: CorrectionsLogProps) {
  const corrections = useDashboardStore((state) => state.corrections)
  const identityCorrections = useDashboardStore((state) => state.identityCorrections)
  const reports = useDashboardStore((state) => state.reports)
  const shown = useEffectiveReports()
  const undoCorrection = useDashboardStore((state) => state.undoCorrection)
  const undoIdentityCorrection = useDashboardStore((state) => state.undoIdentityCorrection)
  const [error, setError] = useState<string | null>(null)
  const identities = Object.entries(identityCorrections)
  if (corrections.length === 0 && identities.length === 0) return null
  const byId = new Map(reports.map((loaded) => [loaded.id, loaded.report]))
  // Reports named as every other view names them; an identity row's 原值 says what the reader had.
  const names = new Map(
    shown.map((loaded) => [loaded.id, reportTitle(loaded.report.agency, loaded.report.year)]),
  )

  return (
    <details className="corrections-log" data-testid="corrections-log">
      <summary>更正记录（{correctionCount({ corrections, identityCorrections })} 处）</summary>
      {error ? (
        <p role="alert" className="correction-error">
          {error}
        </p>
      ) : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">报告</th>
            <th scope="col">更正项</th>
            <th scope="col">原值</th>
            <th scope="col">新值</th>
            <th scope="col">时间</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody data-focus-list>
          {corrections.map((correction, index) => {
            const cellName = describeCell(correction.cellId)
            const reportName = names.get(correction.reportId) ?? correction.reportId
            return (
              <tr key={`${correction.reportId}-${correction.cellId}-${index}`}>
                <td>{reportName}</td>
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
                      data-focus-item
                      // Starts with what it shows, so voice control by "撤销" reaches it (WCAG 2.5.3).
                      aria-label={`撤销：${reportName} ${cellName}`}
                      onClick={(event) => {
                        const refused = undoCorrection(correction.reportId, correction.cellId)
                        setError(refused?.message ?? null)
                        if (refused === null) onUndo?.(event.currentTarget, undoneText(reportName, cellName))
                      }}
                    >
                      撤销
                    </button>
                  ) : null}
                </td>
              </tr>
            )
          })}
          {identities.map(([reportId, correction]) => {
            const change = identityChange(byId.get(reportId), correction)
            const reportName = names.get(reportId) ?? reportId
            return (
              <tr key={`identity-${reportId}`} data-testid="identity-correction-row">
                <td>{reportName}</td>
                <td>{change.fields}</td>
                <td>{change.old}</td>
                <td>{change.new}</td>
                <td>{formatCorrectionTime(correction.at)}</td>
                <td>
                  <button
                    type="button"
                    data-focus-item
                    aria-label={`撤销：${reportName} ${change.fields}`}
                    onClick={(event) => {
                      onUndo?.(event.currentTarget, undoneText(reportName, change.fields))
                      undoIdentityCorrection(reportId)
                    }}
                  >
                    撤销
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </details>
  )
}
