import type { CrossReportCheck } from '../../core/checks/runChecks'
import type { CheckResult } from '../../core/model/report'

function isCrossReport(check: CheckResult): check is CrossReportCheck {
  return 'previousReportId' in check && 'cells' in check
}

/** For an R-F/R-G finding, the previous year's report and its cells in the equation; otherwise undefined. */
export function previousYearCells(check: CheckResult): { reportId: string; cellIds: string[] } | undefined {
  if (!isCrossReport(check)) return undefined
  const cellIds = check.cells
    .filter((ref) => ref.reportId === check.previousReportId)
    .map((ref) => ref.cellId)
  return cellIds.length > 0 ? { reportId: check.previousReportId, cellIds } : undefined
}
