import type { StateCreator } from 'zustand'
import { applyCorrection, undoCorrection, type CorrectionError } from '../../core/corrections'
import { selectEffectiveReports } from '../selectors/effectiveReports'
import type { CorrectionsSlice, DashboardState } from '../types'

const REPORT_GONE: CorrectionError = { code: 'unknown-cell', message: '该报告已不在工作区中' }
const NOTHING_TO_UNDO: CorrectionError = { code: 'not-latest', message: '该单元格没有可撤销的更正' }

export const createCorrectionsSlice: StateCreator<DashboardState, [], [], CorrectionsSlice> = (set, get) => ({
  corrections: [],
  correctCell: (reportId, cellId, value) => {
    const state = get()
    // Corrections stack: a second correction of a cell starts from the value the user sees now.
    const loaded = selectEffectiveReports(state).find((entry) => entry.id === reportId)
    if (!loaded) return REPORT_GONE
    const outcome = applyCorrection(reportId, loaded.report, cellId, value, new Date().toISOString())
    if (!outcome.ok) return outcome.error
    set({ corrections: [...state.corrections, outcome.correction] })
    return null
  },
  undoCorrection: (reportId, cellId) => {
    const state = get()
    const loaded = selectEffectiveReports(state).find((entry) => entry.id === reportId)
    if (!loaded) return REPORT_GONE
    const latest = state.corrections.findLast(
      (correction) => correction.reportId === reportId && correction.cellId === cellId,
    )
    if (!latest) return NOTHING_TO_UNDO
    const outcome = undoCorrection(loaded.report, latest, state.corrections)
    if (!outcome.ok) return outcome.error
    set({ corrections: state.corrections.filter((correction) => correction !== latest) })
    return null
  },
})
