import { useMemo, useRef, useState } from 'react'
import { hasReadingGaps, readingGapsOf } from '../../core/compare/readingGaps'
import { compareAgencyNames } from '../../core/identity/agencyOrder'
import { LEGACY_NOT_CHECKED, reportTitle } from '../../core/model/labels'
import {
  copiedTextWarnings,
  selectChecksSummary,
  useCopiedText,
  useDashboardStore,
  useFilteredReports,
} from '../../store'
import { useFocusLanding } from '../dialog/useFocusLanding'
import { NoReportsNotice } from '../filters/NoReportsNotice'
import { CorrectionsLog } from '../corrections/CorrectionsLog'
import { SupervisorButton } from '../supervisor/SupervisorButton'
import { failedChecks } from './findings'
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
  const summary = useDashboardStore(selectChecksSummary)
  // A pre-2019 report has no rule to run: it is said apart, never counted among those whose checks passed.
  const unchecked = useMemo(
    () => reports.filter((loaded) => loaded.report.template === 'legacy' && !withFindings.includes(loaded)),
    [reports, withFindings],
  )
  const clean = reports.length - withFindings.length - unchecked.length
  // What the last correction saved or undid, or the report removed: what did it may have left the page
  // with its report or its row, so the page says it here, and focus comes here when it has nowhere else.
  const [said, setSaid] = useState<{ text: string } | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const landFocus = useFocusLanding(statusRef)
  const say = (text: string, leaving: Element | null) => {
    landFocus(leaving)
    setSaid({ text })
  }

  return (
    <section className="checks" aria-label="检查" data-focus-list>
      <div className="toolbar">
        <span className="count" data-testid="checks-summary">
          共 {reports.length} 份报告：{summary.withErrors} 份有错误，{summary.withWarningsOnly} 份仅有警告，
          {summary.withReadingGapsOnly > 0 ? `${summary.withReadingGapsOnly} 份有未读取或未识别的内容，` : ''}
          {summary.passing} 份无错误和警告
        </span>
        <SupervisorButton />
      </div>
      <p ref={statusRef} tabIndex={-1} role="status" className="checks-saved">
        {said?.text}
      </p>
      <CorrectionsLog onUndo={(button, message) => say(message, button)} />
      {reports.length === 0 ? <NoReportsNotice className="empty" none="尚无报告。" /> : null}
      {clean > 0 && withFindings.length === 0 ? (
        <p className="empty checks-all-clear">
          {unchecked.length === 0 ? '✓ 所有报告的检查全部通过。' : `✓ ${clean} 份报告的检查全部通过。`}
        </p>
      ) : null}
      {withFindings.map((loaded) => (
        <ReportFindings
          key={loaded.id}
          loaded={loaded}
          copied={copied.get(loaded.id)}
          onIdentitySaved={(message) => say(`${message}；可在更正记录中撤销。`, null)}
          onRemoving={(button) =>
            say(`已从工作区移除“${reportTitle(loaded.report.agency, loaded.report.year)}”。`, button)
          }
        />
      ))}
      {clean > 0 && withFindings.length > 0 ? (
        <p className="muted">另有 {clean} 份报告的检查全部通过。</p>
      ) : null}
      {unchecked.length > 0 ? (
        <p className="muted">
          另有 {unchecked.length} 份 2019 年以前的报告（
          {unchecked.map((loaded) => reportTitle(loaded.report.agency, loaded.report.year)).join('、')}）：
          {LEGACY_NOT_CHECKED}。
        </p>
      ) : null}
    </section>
  )
}
