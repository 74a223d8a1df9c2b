import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { IDENTITY_CONFIRMED_TEXT, identityCorrectedTexts } from '../../core/identity/identityCorrection'
import type { Report } from '../../core/model/report'
import { useDashboardStore } from '../../store'
import { CorrectionRefusal } from './CorrectionRefusal'
import { formatCorrectionTime } from './correctionTime'
import { parseYearInput } from './parseYearInput'
import './corrections.css'

interface IdentityEditorProps {
  reportId: string
  /** The report as the page shows it (identityCorrected set when the user corrected it). */
  report: Pick<Report, 'identityCorrected'>
  /** Names the report for screen readers, e.g. "某局 2023". */
  title: string
  /**
   * Told what was saved, in Chinese ("已将某局的年度更正为 2022"): where saving may take the report out of
   * view (检查 lists only reports with problems), the view says it and keeps the focus.
   */
  onSaved?: (message: string) => void
}

/** What saving did, as the page says it. */
function savedMessage(title: string, agency: string, year: number, corrected: boolean): string {
  return corrected ? `已将“${title}”更正为“${agency.trim()} ${year}”` : `已确认“${title}”的机关和年度`
}

/**
 * Set a report's agency and year when the reader could not find them in the title or found them wrong; undo
 * brings the reader's back. The form starts from the reader's (or the corrected) identity, not from the
 * display name another report's name may have given it, so saving the year alone never renames the agency.
 */
export function IdentityEditor({ reportId, report, title, onSaved }: IdentityEditorProps) {
  const correctIdentity = useDashboardStore((state) => state.correctIdentity)
  const undoIdentityCorrection = useDashboardStore((state) => state.undoIdentityCorrection)
  const [open, setOpen] = useState(false)
  const [agency, setAgency] = useState('')
  const [year, setYear] = useState('')
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const openerRef = useRef<HTMLButtonElement>(null)
  const agencyRef = useRef<HTMLInputElement>(null)
  const wasOpen = useRef(false)
  const [undone, setUndone] = useState(0)

  // Focus follows the form: into it when it opens, back to the button that opened it when it closes.
  useEffect(() => {
    if (open) agencyRef.current?.focus()
    else if (wasOpen.current) openerRef.current?.focus()
    wasOpen.current = open
  }, [open])

  // 恢复读取结果 goes with the record it undid: focus moves to the button beside it, not to the page.
  useEffect(() => {
    if (undone > 0) openerRef.current?.focus()
  }, [undone])

  const start = () => {
    const state = useDashboardStore.getState()
    const read = state.reports.find((entry) => entry.id === reportId)?.report
    const corrected = state.identityCorrections[reportId]
    const shownYear = corrected?.year ?? read?.year ?? 0
    setAgency(corrected?.agency ?? read?.agency ?? '')
    setYear(shownYear > 0 ? String(shownYear) : '')
    setError(null)
    setOpen(true)
  }

  const close = () => {
    setOpen(false)
    setError(null)
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const typedYear = parseYearInput(year)
    const before = useDashboardStore.getState().identityCorrections[reportId]
    const refused = correctIdentity(reportId, agency, typedYear)
    if (refused !== null) {
      setError(refused)
      return
    }
    close()
    const after = useDashboardStore.getState().identityCorrections[reportId]
    if (after !== before && after !== undefined)
      onSaved?.(
        savedMessage(title, agency, typedYear, after.agency !== undefined || after.year !== undefined),
      )
  }

  const undo = () => {
    undoIdentityCorrection(reportId)
    setUndone((count) => count + 1)
  }

  const corrected = identityCorrectedTexts(report)
  const confirmed = corrected[0] === IDENTITY_CONFIRMED_TEXT
  return (
    <div className="identity-correction">
      {report.identityCorrected ? (
        <p className="correction-record" data-testid="identity-corrected">
          {confirmed ? IDENTITY_CONFIRMED_TEXT : `机关或年度已更正：${corrected.join('；')}`}（
          {formatCorrectionTime(report.identityCorrected.at)}）
          <button
            type="button"
            onClick={undo}
            aria-label={`${confirmed ? '撤销确认' : '恢复读取结果'}：${title}`}
          >
            {confirmed ? '撤销确认' : '恢复读取结果'}
          </button>
        </p>
      ) : null}
      {open ? (
        <form
          className="correction-form identity-form"
          onSubmit={submit}
          aria-label={`更正机关或年度：${title}`}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            // The source panel closes on Escape too: here it only closes the form.
            event.preventDefault()
            close()
          }}
        >
          <label>
            机关
            <input
              ref={agencyRef}
              type="text"
              value={agency}
              onChange={(event) => setAgency(event.target.value)}
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
            />
          </label>
          <label>
            年度
            <input
              type="text"
              inputMode="numeric"
              className="identity-year"
              value={year}
              placeholder="如 2023"
              onChange={(event) => setYear(event.target.value)}
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
            />
          </label>
          <button type="submit">保存</button>
          <button type="button" onClick={close}>
            取消
          </button>
          <CorrectionRefusal id={errorId} message={error} />
        </form>
      ) : (
        <button
          ref={openerRef}
          type="button"
          className="identity-open"
          onClick={start}
          aria-label={`更正机关或年度：${title}`}
        >
          更正机关或年度
        </button>
      )}
    </div>
  )
}
