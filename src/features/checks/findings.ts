import { SEVERITY_ORDER, type CheckResult, type Report } from '../../core/model/report'

/** A report's failed checks, errors first, in rule order within a severity. */
export function failedChecks(report: Pick<Report, 'checks'>): CheckResult[] {
  return report.checks
    .filter((check) => !check.ok)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
