import type { CheckResult, Notice, Report } from '../../core/model/report'

/** The reader's notices about a cell: those that name it, or that point at the line it was read from. */
export function noticesForCell(report: Report, cellId: string): Notice[] {
  const line = report.cells[cellId]?.source.line
  return report.notices.filter((notice) =>
    notice.cellIds !== undefined && notice.cellIds.length > 0
      ? notice.cellIds.includes(cellId)
      : line !== undefined && notice.line === line,
  )
}

/** The failed checks whose equation uses the cell. */
export function failedChecksForCell(report: Report, cellId: string): CheckResult[] {
  return report.checks.filter((check) => !check.ok && check.cellIds.includes(cellId))
}
