import { useEffect, useMemo, useRef, useState } from 'react'
import { hasReadingGaps, readingGapsOf } from '../../core/compare/readingGaps'
import { compareAgencyNames } from '../../core/identity/agencyOrder'
import { copiedTextWarnings, useCopiedText, useFilteredReports } from '../../store'
import { NoReportsNotice } from '../filters/NoReportsNotice'
import { CorrectionsLog } from '../corrections/CorrectionsLog'
import { SupervisorButton } from '../supervisor/SupervisorButton'
import { failedChecks, summarizeReports } from './findings'
import { ReportFindings } from './ReportFindings'
import './checks.css'

/** The 检查 tab: every failed check of the filtered reports, grouped by report, by agency then year. */
export function ChecksView() {
  const reports = useFilteredReports()
  const copied = useCopiedText()
  const withFindings = useMemo(
    () =>
      reports
        .filter(
          (loaded) =>
            failedChecks(loaded.report).length > 0 ||
            copiedTextWarnings(copied, loaded.id) > 0 ||
            hasReadingGaps(readingGapsOf(loaded.report)),
        )
        .sort(
          (a, b) => compareAgencyNames(a.report.agency, b.report.agency) || a.report.year - b.report.year,
        ),
    [reports, copied],
  )
  const summary = useMemo(() => summarizeReports(reports, copied), [reports, copied])
  const clean = reports.length - withFindings.length
  // What the last 更正机关或年度 saved: the report may have left the list with its form, so the page says
  // it here, and the focus comes here when it went with the form.
  const [saved, setSaved] = useState<{ message: string } | null>(null)
  const savedRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (saved !== null && lost) savedRef.current?.focus()
  }, [saved])

  return (
    <section className="checks" aria-label="检查">
      <div className="toolbar">
        <span className="count" data-testid="checks-summary">
          共 {reports.length} 份报告：{summary.withErrors} 份有错误，{summary.withWarningsOnly} 份仅有警告，
          {summary.withReadingGapsOnly > 0 ? `${summary.withReadingGapsOnly} 份有未读取或未识别的内容，` : ''}
          {summary.passing} 份无错误和警告
        </span>
        <SupervisorButton />
      </div>
      <p ref={savedRef} tabIndex={-1} role="status" className="checks-saved">
        {saved === null ? '' : `${saved.message}；可在更正记录中撤销。`}
      </p>
      <CorrectionsLog />
      {reports.length === 0 ? <NoReportsNotice className="empty" none="尚无报告。" /> : null}
      {reports.length > 0 && withFindings.length === 0 ? (
        <p className="empty checks-all-clear">✓ 所有报告的检查全部通过。</p>
      ) : null}
      {withFindings.map((loaded) => (
        <ReportFindings
          key={loaded.id}
          loaded={loaded}
          copied={copied.get(loaded.id)}
          onIdentitySaved={(message) => setSaved({ message })}
        />
      ))}
      {clean > 0 && withFindings.length > 0 ? (
        <p className="muted">另有 {clean} 份报告的检查全部通过。</p>
      ) : null}
    </section>
  )
}
