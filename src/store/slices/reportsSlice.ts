import type { StateCreator } from 'zustand'
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

export const createReportsSlice: StateCreator<DashboardState, [], [], ReportsSlice> = (set, get) => ({
  reports: [],
  addReport: (entry) => get().addReports([entry])[0] ?? 'duplicate',
  addReports: (entries) => {
    const { reports, results } = withNewReports(get().reports, entries)
    if (reports !== get().reports) set({ reports })
    return results
  },
  removeReport: (id) =>
    set((state) => ({
      reports: state.reports.filter((loaded) => loaded.id !== id),
      // A removed report cannot stay selected for the comparison.
      selectedIds: state.selectedIds.includes(id)
        ? state.selectedIds.filter((selected) => selected !== id)
        : state.selectedIds,
      // Corrections belong to their report and go with it.
      corrections: state.corrections.some((correction) => correction.reportId === id)
        ? state.corrections.filter((correction) => correction.reportId !== id)
        : state.corrections,
      inspected: state.inspected?.reportId === id ? null : state.inspected,
    })),
  clearReports: () => set({ reports: [], selectedIds: [], corrections: [], inspected: null }),
})
