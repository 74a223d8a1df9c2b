import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { identityCorrectedTexts } from '../../core/identity/identityCorrection'
import type { Report } from '../../core/model/report'
import { useDashboardStore } from '../../store'
import { formatCorrectionTime } from './correctionTime'
import { parseYearInput } from './parseYearInput'
import './corrections.css'

interface IdentityEditorProps {
  reportId: string
  /** The report as the page shows it (identityCorrected set when the user corrected it). */
  report: Pick<Report, 'identityCorrected'>
  /** Names the report for screen readers, e.g. "某局 2023". */
  title: string
}

/**
 * Set a report's agency and year when the reader could not find them in the title or found them wrong; undo
 * brings the reader's back. The form starts from the reader's (or the corrected) identity, not from the
 * display name another report's name may have given it, so saving the year alone never renames the agency.
 */
export function IdentityEditor({ reportId, report, title }: IdentityEditorProps) {
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

  // Focus follows the form: into it when it opens, back to the button that opened it when it closes.
  useEffect(() => {
    if (open) agencyRef.current?.focus()
    else if (wasOpen.current) openerRef.current?.focus()
    wasOpen.current = open
  }, [open])

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
    const refused = correctIdentity(reportId, agency, parseYearInput(year))
    if (refused !== null) setError(refused)
    else close()
  }

  const corrected = identityCorrectedTexts(report)
  return (
    <div className="identity-correction">
      {corrected.length > 0 && report.identityCorrected ? (
        <p className="correction-record" data-testid="identity-corrected">
          机关或年度已更正：{corrected.join('；')}（{formatCorrectionTime(report.identityCorrected.at)}）
          <button
            type="button"
            onClick={() => undoIdentityCorrection(reportId)}
            aria-label={`恢复读取的机关和年度：${title}`}
          >
            恢复读取结果
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
          {error ? (
            <span id={errorId} role="alert" className="correction-error">
              {error}
            </span>
          ) : null}
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
