import type { StateCreator } from 'zustand'
import type { DashboardState, ReportsSlice } from '../types'

export const createReportsSlice: StateCreator<DashboardState, [], [], ReportsSlice> = (set, get) => ({
  reports: [],
  addReport: (entry) => {
    if (get().reports.some((loaded) => loaded.fingerprint === entry.fingerprint || loaded.id === entry.id)) {
      return 'duplicate'
    }
    set((state) => ({ reports: [...state.reports, entry] }))
    return 'added'
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
