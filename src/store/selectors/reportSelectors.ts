import type { DashboardState, Filters, LoadedReport } from '../types'
import { memoizeByReference } from './memoizeByReference'

const agencyCollator = new Intl.Collator('zh-CN')

export function matchesFilters(loaded: LoadedReport, filters: Filters): boolean {
  const { agency, year } = loaded.report
  if (filters.agencies.length > 0 && !filters.agencies.includes(agency)) return false
  if (filters.years.length > 0 && !filters.years.includes(year)) return false
  return true
}

const filterReports = memoizeByReference((reports: LoadedReport[], filters: Filters): LoadedReport[] =>
  filters.agencies.length === 0 && filters.years.length === 0
    ? reports
    : reports.filter((loaded) => matchesFilters(loaded, filters)),
)

/** The reports every view shows: all loaded reports that pass the agency and year filters. */
export function selectFilteredReports(state: DashboardState): LoadedReport[] {
  return filterReports(state.reports, state.filters)
}

const collectYears = memoizeByReference((reports: LoadedReport[]): number[] =>
  [...new Set(reports.map((loaded) => loaded.report.year))].sort((a, b) => a - b),
)

/** Every year of a loaded report, ascending. */
export function selectAvailableYears(state: DashboardState): number[] {
  return collectYears(state.reports)
}

const collectAgencies = memoizeByReference((reports: LoadedReport[]): string[] =>
  [...new Set(reports.map((loaded) => loaded.report.agency))].sort(agencyCollator.compare),
)

/** Every agency of a loaded report, in Chinese collation order. */
export function selectAvailableAgencies(state: DashboardState): string[] {
  return collectAgencies(state.reports)
}

const pickSelected = memoizeByReference((filtered: LoadedReport[], selectedIds: string[]): LoadedReport[] => {
  const byId = new Map(filtered.map((loaded) => [loaded.id, loaded]))
  return selectedIds.flatMap((id) => {
    const loaded = byId.get(id)
    return loaded ? [loaded] : []
  })
})

/** The reports ticked for the comparison that are still visible under the filters, in the order ticked. */
export function selectSelectedReports(state: DashboardState): LoadedReport[] {
  return pickSelected(selectFilteredReports(state), state.selectedIds)
}
