import { yearSortKey } from '../../core/model/labels'
import { readingGapsOf } from '../../core/compare/readingGaps'
import { reportStatus, type ReportStatus } from '../../core/checks/reportStatus'
import { compareAgencyNames } from '../../core/identity/agencyOrder'
import { countProblems } from '../../core/checks/runChecks'
import { withCopiedWarnings, type CopiedTextFindings } from '../../core/copiedText/copiedText'
import type { DashboardState, Filters, LoadedReport } from '../types'
import { selectCopiedText } from './copiedText'
import { selectEffectiveReports } from './effectiveReports'
import { memoizeByReference } from './memoizeByReference'

/** The report's standing (reportStatus), its copied-text findings counted as warnings. */
export function reportStatusOf(
  loaded: LoadedReport,
  copied: ReadonlyMap<string, CopiedTextFindings>,
): ReportStatus {
  const counts = withCopiedWarnings(countProblems(loaded.report.checks), copied.get(loaded.id))
  return reportStatus(counts, readingGapsOf(loaded.report))
}

/**
 * A failed error or warning, a copied-text finding (a warning), or a reading gap (cells unread, agency or
 * year guessed); failed notices alone do not make a report "with problems".
 */
export function hasProblems(loaded: LoadedReport, copied: ReadonlyMap<string, CopiedTextFindings>): boolean {
  return reportStatusOf(loaded, copied) !== 'clean'
}

export interface ChecksSummary {
  withErrors: number
  withWarningsOnly: number
  /** No failed error or warning, but cells unread or the agency or year guessed. */
  withReadingGapsOnly: number
  passing: number
}

const summarizeReports = memoizeByReference(
  (reports: LoadedReport[], copied: Map<string, CopiedTextFindings>): ChecksSummary => {
    let withErrors = 0
    let withWarningsOnly = 0
    let withReadingGapsOnly = 0
    for (const loaded of reports) {
      const status = reportStatusOf(loaded, copied)
      if (status === 'errors') withErrors++
      else if (status === 'warnings') withWarningsOnly++
      else if (status === 'reading-gaps') withReadingGapsOnly++
    }
    const passing = reports.length - withErrors - withWarningsOnly - withReadingGapsOnly
    return { withErrors, withWarningsOnly, withReadingGapsOnly, passing }
  },
)

/** The shown reports by status (reportStatusOf), each copied-text finding counted as a warning. */
export function selectChecksSummary(state: DashboardState): ChecksSummary {
  return summarizeReports(selectFilteredReports(state), selectCopiedText(state))
}

/** How many of the shown reports have problems (hasProblems): the 检查 tab's badge. */
export function selectProblemCount(state: DashboardState): number {
  const { withErrors, withWarningsOnly, withReadingGapsOnly } = selectChecksSummary(state)
  return withErrors + withWarningsOnly + withReadingGapsOnly
}

export function matchesFilters(
  loaded: LoadedReport,
  filters: Filters,
  copied: ReadonlyMap<string, CopiedTextFindings>,
): boolean {
  const { agency, year } = loaded.report
  if (filters.agencies.length > 0 && !filters.agencies.includes(agency)) return false
  if (filters.years.length > 0 && !filters.years.includes(year)) return false
  if (filters.onlyProblems && !hasProblems(loaded, copied)) return false
  return true
}

const filterReports = memoizeByReference(
  (reports: LoadedReport[], filters: Filters, copied: Map<string, CopiedTextFindings>): LoadedReport[] =>
    filters.agencies.length === 0 && filters.years.length === 0 && !filters.onlyProblems
      ? reports
      : reports.filter((loaded) => matchesFilters(loaded, filters, copied)),
)

/**
 * The reports every view shows: the loaded reports, corrections applied, that pass the agency, year and
 * 只看有问题的报告 filters.
 */
export function selectFilteredReports(state: DashboardState): LoadedReport[] {
  return filterReports(selectEffectiveReports(state), state.filters, selectCopiedText(state))
}

const collectYears = memoizeByReference((reports: LoadedReport[]): number[] =>
  [...new Set(reports.map((loaded) => loaded.report.year))].sort((a, b) => yearSortKey(a) - yearSortKey(b)),
)

/** Every year of a loaded report, ascending, then 未识别. */
export function selectAvailableYears(state: DashboardState): number[] {
  return collectYears(selectEffectiveReports(state))
}

const collectAgencies = memoizeByReference((reports: LoadedReport[]): string[] =>
  [...new Set(reports.map((loaded) => loaded.report.agency))].sort(compareAgencyNames),
)

/** Every agency of a loaded report under its display name (see displayAgencyNames), in Chinese collation order. */
export function selectAvailableAgencies(state: DashboardState): string[] {
  return collectAgencies(selectEffectiveReports(state))
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

const pickHiddenSelected = memoizeByReference(
  (effective: LoadedReport[], shown: LoadedReport[], selectedIds: string[]): LoadedReport[] => {
    const byId = new Map(effective.map((loaded) => [loaded.id, loaded]))
    const shownIds = new Set(shown.map((loaded) => loaded.id))
    return selectedIds.flatMap((id) => {
      const loaded = byId.get(id)
      return loaded && !shownIds.has(id) ? [loaded] : []
    })
  },
)

/**
 * The reports ticked for the comparison that the filters hide, in the order ticked: they stay ticked and
 * come back when the filter is lifted, so the comparison names them rather than dropping them silently.
 */
export function selectHiddenSelectedReports(state: DashboardState): LoadedReport[] {
  return pickHiddenSelected(selectEffectiveReports(state), selectSelectedReports(state), state.selectedIds)
}
