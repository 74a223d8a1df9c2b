import type { StateCreator } from 'zustand'
import { filtersStillLoaded } from './filtersStillLoaded'
import { withoutIdentityCorrections } from '../../core/identity/identityCorrection'
import type { AddReportResult, DashboardState, LoadedReport, ReportsSlice } from '../types'

/** The reports after adding the entries, and per entry whether it was new (one pass, not one per entry). */
function withNewReports(
  reports: LoadedReport[],
  entries: readonly LoadedReport[],
): { reports: LoadedReport[]; results: AddReportResult[] } {
  const fingerprints = new Set(reports.map((loaded) => loaded.fingerprint))
  const ids = new Set(reports.map((loaded) => loaded.id))
  const added: LoadedReport[] = []
  const results = entries.map((entry): AddReportResult => {
    if (fingerprints.has(entry.fingerprint) || ids.has(entry.id)) return 'duplicate'
    fingerprints.add(entry.fingerprint)
    ids.add(entry.id)
    added.push(entry)
    return 'added'
  })
  return { reports: added.length > 0 ? [...reports, ...added] : reports, results }
}

/** The state without the reports: their corrections, comparison ticks, inspection and stale filters go too. */
function withoutReports(state: DashboardState, ids: ReadonlySet<string>): Partial<DashboardState> {
  const reports = state.reports.filter((loaded) => !ids.has(loaded.id))
  const corrections = state.corrections.some((correction) => ids.has(correction.reportId))
    ? state.corrections.filter((correction) => !ids.has(correction.reportId))
    : state.corrections
  const identityCorrections = withoutIdentityCorrections(state.identityCorrections, ids)
  return {
    reports,
    identityCorrections,
    selectedIds: state.selectedIds.some((id) => ids.has(id))
      ? state.selectedIds.filter((selected) => !ids.has(selected))
      : state.selectedIds,
    corrections,
    inspected: state.inspected && ids.has(state.inspected.reportId) ? null : state.inspected,
    filters: filtersStillLoaded(state.filters, { ...state, reports, corrections, identityCorrections }),
  }
}

export const createReportsSlice: StateCreator<DashboardState, [], [], ReportsSlice> = (set, get) => ({
  reports: [],
  addReport: (entry) => get().addReports([entry])[0] ?? 'duplicate',
  addReports: (entries) => {
    const { reports, results } = withNewReports(get().reports, entries)
    if (reports !== get().reports) set({ reports })
    return results
  },
  removeReport: (id) => get().removeReports([id]),
  removeReports: (ids) => {
    const removed = new Set(ids)
    // Nothing to remove: no write, so no view or save wakes up for it.
    if (get().reports.some((loaded) => removed.has(loaded.id))) set((state) => withoutReports(state, removed))
  },
  clearReports: () =>
    set({ reports: [], selectedIds: [], corrections: [], identityCorrections: {}, inspected: null }),
})
