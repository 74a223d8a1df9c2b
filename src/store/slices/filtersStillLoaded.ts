import { agencyKeyer } from '../../core/identity/agencyName'
import { selectAvailableAgencies, selectAvailableYears } from '../selectors/reportSelectors'
import type { DashboardState, Filters } from '../types'

/**
 * The filters without agencies and years no report is loaded under any more: their chips could not be
 * unticked in the lists and would hide every report for nothing. An agency still loaded under another
 * name keeps its chip, renamed: removing 沭阳县发展和改革局 shows the 沭阳县发改局 it stood for by its own name.
 */
export function filtersStillLoaded(filters: Filters, remaining: DashboardState): Filters {
  const available = selectAvailableAgencies(remaining)
  const agencies = new Set(available)
  const keyOf = agencyKeyer(remaining.aliases)
  const byKey = new Map(available.map((name) => [keyOf(name), name]))
  const years = new Set(selectAvailableYears(remaining))
  const keptAgencies = [
    ...new Set(
      filters.agencies.flatMap((agency) => {
        const shown = agencies.has(agency) ? agency : byKey.get(keyOf(agency))
        return shown === undefined ? [] : [shown]
      }),
    ),
  ]
  const keptYears = filters.years.filter((year) => years.has(year))
  const unchanged =
    keptAgencies.length === filters.agencies.length &&
    keptAgencies.every((agency, index) => agency === filters.agencies[index]) &&
    keptYears.length === filters.years.length
  return unchanged ? filters : { ...filters, agencies: keptAgencies, years: keptYears }
}
