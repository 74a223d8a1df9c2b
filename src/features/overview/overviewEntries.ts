import { toOverviewRow, type OverviewRow } from '../../core/compare/overviewRow'
import type { Report } from '../../core/model/report'
import type { LoadedReport } from '../../store'

/** One line of the overview table: the report's figures plus what identifies it in the store. */
export interface OverviewEntry {
  id: string
  fileName: string
  scope: Report['scope']
  row: OverviewRow
}

// Reports are immutable once loaded, so a row is built once per report object, even with 1,000 loaded
// and the filters changing.
const rowCache = new WeakMap<Report, OverviewRow>()

function overviewRowOf(report: Report): OverviewRow {
  let row = rowCache.get(report)
  if (!row) {
    row = toOverviewRow(report)
    rowCache.set(report, row)
  }
  return row
}

export function toOverviewEntries(reports: readonly LoadedReport[]): OverviewEntry[] {
  return reports.map((loaded) => ({
    id: loaded.id,
    fileName: loaded.fileName,
    scope: loaded.report.scope,
    row: overviewRowOf(loaded.report),
  }))
}
