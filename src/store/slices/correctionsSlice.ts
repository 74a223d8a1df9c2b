import type { StateCreator } from 'zustand'
import type { CellCorrection, CorrectionsSlice, DashboardState } from '../types'

function isFor(correction: CellCorrection, reportId: string, cellId: string): boolean {
  return correction.reportId === reportId && correction.cellId === cellId
}

export const createCorrectionsSlice: StateCreator<DashboardState, [], [], CorrectionsSlice> = (set) => ({
  corrections: [],
  correctCell: (reportId, cellId, value) =>
    set((state) => {
      const cell = state.reports.find((loaded) => loaded.id === reportId)?.report.cells[cellId]
      // Only a number the report gave can be corrected: its original is what undo brings back.
      if (cell === undefined || !Number.isFinite(value)) return {}
      const others = state.corrections.filter((correction) => !isFor(correction, reportId, cellId))
      if (value === cell.value) return { corrections: others }
      const correction: CellCorrection = {
        reportId,
        cellId,
        value,
        original: cell.value,
        at: new Date().toISOString(),
      }
      return { corrections: [...others, correction] }
    }),
  undoCorrection: (reportId, cellId) =>
    set((state) =>
      state.corrections.some((correction) => isFor(correction, reportId, cellId))
        ? { corrections: state.corrections.filter((correction) => !isFor(correction, reportId, cellId)) }
        : {},
    ),
})
