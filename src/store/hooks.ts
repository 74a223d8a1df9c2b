import { useDashboardStore } from './dashboardStore'
import type { CopiedTextFindings } from '../core/copiedText/copiedText'
import { selectCopiedText } from './selectors/copiedText'
import { selectEffectiveReports } from './selectors/effectiveReports'
import {
  selectAvailableAgencies,
  selectAvailableYears,
  selectFilteredReports,
  selectHiddenSelectedReports,
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

/** Reports ticked for the side-by-side comparison that the filters hide. */
export function useHiddenSelectedReports(): LoadedReport[] {
  return useDashboardStore(selectHiddenSelectedReports)
}

/** Every loaded report with corrections applied, unfiltered (the supervisor's report covers them all). */
export function useEffectiveReports(): LoadedReport[] {
  return useDashboardStore(selectEffectiveReports)
}

/** One loaded report with corrections applied, or undefined once it has been removed. */
export function useEffectiveReport(id: string | undefined): LoadedReport | undefined {
  return useDashboardStore((state) =>
    id === undefined ? undefined : selectEffectiveReports(state).find((loaded) => loaded.id === id),
  )
}

/** 内容雷同 among every loaded report, by the id of the report each finding is listed under. */
export function useCopiedText(): Map<string, CopiedTextFindings> {
  return useDashboardStore(selectCopiedText)
}
