import type { CheckResult, Report, Severity } from '../../core/model/report'
import { hasProblems, type LoadedReport } from '../../store'

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

export const SEVERITY_TEXT: Record<Severity, string> = { error: '错误', warning: '警告', notice: '提示' }

/** A report's failed checks, errors first, in rule order within a severity. */
export function failedChecks(report: Pick<Report, 'checks'>): CheckResult[] {
  return report.checks
    .filter((check) => !check.ok)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

export interface FindingCounts {
  errors: number
  warnings: number
  notices: number
}

export function countFindings(report: Pick<Report, 'checks'>): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, notices: 0 }
  for (const check of report.checks) {
    if (check.ok) continue
    if (check.severity === 'error') counts.errors++
    else if (check.severity === 'warning') counts.warnings++
    else counts.notices++
  }
  return counts
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

export function summarizeReports(reports: readonly LoadedReport[]): ChecksSummary {
  let withErrors = 0
  let withWarningsOnly = 0
  let withReadingGapsOnly = 0
  for (const loaded of reports) {
    if (!hasProblems(loaded)) continue
    const failed = (severity: Severity) =>
      loaded.report.checks.some((check) => !check.ok && check.severity === severity)
    if (failed('error')) withErrors++
    else if (failed('warning')) withWarningsOnly++
    else withReadingGapsOnly++
  }
  const passing = reports.length - withErrors - withWarningsOnly - withReadingGapsOnly
  return { withErrors, withWarningsOnly, withReadingGapsOnly, passing }
}
