import { useDashboardStore } from './dashboardStore'
import {
  selectAvailableAgencies,
  selectAvailableYears,
  selectFilteredReports,
  selectSelectedReports,
} from './selectors/reportSelectors'
import type { LoadedReport } from './types'

/** The loaded reports that pass the current filters; every view (overview, comparison, charts) uses it. */
export function useFilteredReports(): LoadedReport[] {
  return useDashboardStore(selectFilteredReports)
}

export function useAvailableYears(): number[] {
  return useDashboardStore(selectAvailableYears)
}

export function useAvailableAgencies(): string[] {
  return useDashboardStore(selectAvailableAgencies)
}

/** Reports ticked for the side-by-side comparison, restricted to the filtered ones. */
export function useSelectedReports(): LoadedReport[] {
  return useDashboardStore(selectSelectedReports)
}
