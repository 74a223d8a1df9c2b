import type { StateCreator } from 'zustand'
import {
  identityCorrectionOf,
  identityProblem,
  type IdentityCorrections,
} from '../../core/identity/identityCorrection'
import type { DashboardState } from '../types'

export type { IdentityCorrection, IdentityCorrections } from '../../core/identity/identityCorrection'

export interface IdentitySlice {
  /** The user's agency and year of each report they corrected, by report id; the effective report applies it. */
  identityCorrections: IdentityCorrections
  /**
   * Sets the report's agency and year (only what differs from the reader's is kept). Returns why they were
   * refused (Chinese), or null when recorded.
   */
  correctIdentity: (reportId: string, agency: string, year: number) => string | null
  /** Back to the agency and year the reader found. */
  undoIdentityCorrection: (reportId: string) => void
}

function without(corrections: IdentityCorrections, reportId: string): IdentityCorrections {
  const rest = { ...corrections }
  delete rest[reportId]
  return rest
}

export const createIdentitySlice: StateCreator<DashboardState, [], [], IdentitySlice> = (set, get) => ({
  identityCorrections: {},
  correctIdentity: (reportId, agency, year) => {
    const state = get()
    // The reader's identity, not the corrected one: a correction replaces the last, it does not stack.
    const loaded = state.reports.find((entry) => entry.id === reportId)
    if (!loaded) return '该报告已不在工作区中'
    const problem = identityProblem(agency, year, new Date().getFullYear())
    if (problem !== undefined) return problem
    const correction = identityCorrectionOf(loaded.report, agency, year, new Date().toISOString())
    const previous = state.identityCorrections[reportId]
    if (correction === undefined) {
      if (previous !== undefined) set({ identityCorrections: without(state.identityCorrections, reportId) })
      return null
    }
    if (previous?.agency === correction.agency && previous?.year === correction.year) return null
    set({ identityCorrections: { ...state.identityCorrections, [reportId]: correction } })
    return null
  },
  undoIdentityCorrection: (reportId) =>
    set((state) =>
      reportId in state.identityCorrections
        ? { identityCorrections: without(state.identityCorrections, reportId) }
        : {},
    ),
})
