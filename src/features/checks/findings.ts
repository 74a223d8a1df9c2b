import { SEVERITY_ORDER, type CheckResult, type Report } from '../../core/model/report'
import type { CopiedTextFindings } from '../../core/copiedText/copiedText'
import { reportStatusOf, type LoadedReport } from '../../store'

/** A report's failed checks, errors first, in rule order within a severity. */
export function failedChecks(report: Pick<Report, 'checks'>): CheckResult[] {
  return report.checks
    .filter((check) => !check.ok)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/** The message without the rule id the panel already shows beside it. */
export function messageWithoutRule(check: CheckResult): string {
  return check.message.startsWith(`${check.rule} `)
    ? check.message.slice(check.rule.length + 1)
    : check.message
}

export interface ChecksSummary {
  withErrors: number
  withWarningsOnly: number
  /** No failed error or warning, but cells unread or the agency or year guessed. */
  withReadingGapsOnly: number
  passing: number
}

/** `copied`: selectCopiedText; each copied-text finding counts as a warning. */
export function summarizeReports(
  reports: readonly LoadedReport[],
  copied: ReadonlyMap<string, CopiedTextFindings>,
): ChecksSummary {
  let withErrors = 0
  let withWarningsOnly = 0
  let withReadingGapsOnly = 0
  for (const loaded of reports) {
    const status = reportStatusOf(loaded, copied)
    if (status === 'errors') withErrors++
    else if (status === 'warnings') withWarningsOnly++
    else if (status === 'reading-gaps') withReadingGapsOnly++
  }
  const passing = reports.length - withErrors - withWarningsOnly - withReadingGapsOnly
  return { withErrors, withWarningsOnly, withReadingGapsOnly, passing }
}
