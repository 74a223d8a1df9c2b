import type { ChartData, ChartReport } from '../../core/compare/chartSeries'
import { isUserValue } from '../../core/corrections'

const ANY_YEAR = '*'

/** "机关|年度", and "机关|*", of every report with a corrected or user-entered cell. */
export function correctedReportKeys(reports: readonly ChartReport[]): ReadonlySet<string> {
  const keys = new Set<string>()
  for (const report of reports) {
    if (!Object.values(report.cells).some(isUserValue)) continue
    keys.add(`${report.agency}|${report.year}`)
    keys.add(`${report.agency}|${ANY_YEAR}`)
  }
  return keys
}

/**
 * The chart rows (Y-axis labels) drawn from a report with a corrected value, for the tooltip's flag. A
 * trend row spans every year of its agency, so any corrected year flags it.
 */
export function correctedChartLabels(
  data: ChartData,
  correctedKeys: ReadonlySet<string>,
  rowSpansYears = false,
): ReadonlySet<string> {
  if (correctedKeys.size === 0) return new Set()
  return new Set(
    data.rows
      .filter((row) => correctedKeys.has(`${row.agency}|${rowSpansYears ? ANY_YEAR : row.year}`))
      .map((row) => row.label),
  )
}
