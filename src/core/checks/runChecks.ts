/**
 * The one entry point for checks. `runChecks` gives every finding that needs only one report (R-A to
 * R-E, R-I, R-J, R-T); `checkAcrossReports` (crossYear.ts) gives R-F and R-G for the loaded set.
 * A report's `checks` field should hold runChecks' result: `withAllChecks` sets it, and a correction
 * re-runs it.
 */
import type { CheckResult, Report } from '../model/report'
import { checkCompleteness } from './completeness'
import { checkProse } from './prose'
import { reportText } from './reportText'
import { checkTemplate } from './template'
import { checkWithinReport } from './withinReport'

export { checkAcrossReports } from './crossYear'
export type { CrossReportCheck, ReportEntry } from './crossYear'

export type CheckedReport = Pick<Report, 'cells' | 'tableVariants' | 'template' | 'year' | 'document'>

/** The checks runChecks gives after R-A..R-E, in its order: R-T, R-I, R-J. */
export function checkBeyondTables(report: CheckedReport): CheckResult[] {
  if (report.template === 'legacy') return checkTemplate(report)
  const text = reportText(report.document)
  return [...checkTemplate(report), ...checkProse(report, text), ...checkCompleteness(report, text)]
}

export function runChecks(report: CheckedReport): CheckResult[] {
  return [...checkWithinReport(report), ...checkBeyondTables(report)]
}

/** The report with `checks` replaced by every within-report check. */
export function withAllChecks<R extends CheckedReport & { checks: CheckResult[] }>(report: R): R {
  return { ...report, checks: runChecks(report) }
}

/**
 * withAllChecks for a report straight from readReport, whose `checks` already hold checkWithinReport's
 * results: only the other checks run, and R-A..R-E are not worked out twice. Same result as
 * withAllChecks (ingestFile.test.ts checks it on every fixture).
 */
export function withRemainingChecks<R extends CheckedReport & { checks: CheckResult[] }>(report: R): R {
  return { ...report, checks: [...report.checks, ...checkBeyondTables(report)] }
}

/**
 * Whether `report.checks` already hold runChecks' result: R-J is evaluated on every modern report, so its
 * presence says the checks beyond the tables ran (withAllChecks, withRemainingChecks, a correction). A
 * legacy report has no checks beyond its own (checkTemplate gives none for it).
 */
export function hasEveryCheck(report: Pick<Report, 'template' | 'checks'>): boolean {
  return report.template === 'legacy' || report.checks.some((check) => check.rule === 'R-J')
}

/** Rules between two reports: the dashboard appends their findings to the later report's `checks`. */
function isAcrossReports(check: CheckResult): boolean {
  return check.rule === 'R-F' || check.rule === 'R-G'
}

/** The findings across reports the dashboard appended to the report's `checks` (R-F, R-G). */
export function acrossReportChecks(report: Pick<Report, 'checks'>): CheckResult[] {
  return report.checks.filter(isAcrossReports)
}

/**
 * runChecks' result for the report, taken from its `checks` when they hold it already (as every report of
 * the dashboard does), without the findings across reports appended there; run here otherwise.
 */
export function ownChecks(report: CheckedReport & Pick<Report, 'checks'>): CheckResult[] {
  if (!hasEveryCheck(report)) return runChecks(report)
  return report.checks.some(isAcrossReports)
    ? report.checks.filter((check) => !isAcrossReports(check))
    : report.checks
}

export interface CheckCounts {
  errors: number
  warnings: number
  notices: number
}

/** Failed checks by severity: the overview's status column (✓ when errors and warnings are 0). */
export function countProblems(checks: readonly Pick<CheckResult, 'ok' | 'severity'>[]): CheckCounts {
  const counts: CheckCounts = { errors: 0, warnings: 0, notices: 0 }
  for (const check of checks) {
    if (check.ok) continue
    if (check.severity === 'error') counts.errors++
    else if (check.severity === 'warning') counts.warnings++
    else counts.notices++
  }
  return counts
}
