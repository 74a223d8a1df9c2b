import type { StateCreator } from 'zustand'
import { readingGaps } from '../../core/compare/readingGaps'
import {
  identityCorrectionOf,
  identityProblem,
  type IdentityCorrection,
  type IdentityCorrections,
  withoutIdentityCorrections,
} from '../../core/identity/identityCorrection'
import type { DashboardState } from '../types'
import { filtersStillLoaded } from './filtersStillLoaded'

export type { IdentityCorrection, IdentityCorrections } from '../../core/identity/identityCorrection'

export interface IdentitySlice {
  /** The user's agency and year of each report they corrected, by report id; the effective report applies it. */
  identityCorrections: IdentityCorrections
  /**
   * Sets the report's agency and year (only what differs from the reader's is kept; the reader's own, for a
   * report whose identity the reader guessed, is recorded as confirmed). Returns why they were refused
   * (Chinese), or null when recorded or nothing was to record.
   */
  correctIdentity: (reportId: string, agency: string, year: number) => string | null
  /** Back to the agency and year the reader found. */
  undoIdentityCorrection: (reportId: string) => void
}

function sameCorrection(a: IdentityCorrection | undefined, b: IdentityCorrection | undefined): boolean {
  return a?.agency === b?.agency && a?.year === b?.year && (a === undefined) === (b === undefined)
}

/**
 * The state with these identity corrections, and without the filters they leave matching no report (a
 * year filter on 未识别 once the last such report has its year).
 */
function withIdentityCorrections(
  state: DashboardState,
  identityCorrections: IdentityCorrections,
): Partial<DashboardState> {
  return {
    identityCorrections,
    filters: filtersStillLoaded(state.filters, { ...state, identityCorrections }),
  }
}

export const createIdentitySlice: StateCreator<DashboardState, [], [], IdentitySlice> = (set, get) => ({
  identityCorrections: {},
  correctIdentity: (reportId, agency, year) => {
    const state = get()
    // The reader's identity, not the corrected one: a correction replaces the last, it does not stack.
    const read = state.reports.find((entry) => entry.id === reportId)?.report
    if (!read) return '该报告已不在工作区中'
    const problem = identityProblem(agency, year, new Date().getFullYear())
    if (problem !== undefined) return problem
    const at = new Date().toISOString()
    const correction =
      identityCorrectionOf(read, agency, year, at) ?? (readingGaps(read).identityGuessed ? { at } : undefined)
    const previous = state.identityCorrections[reportId]
    if (sameCorrection(previous, correction)) return null
    set(
      withIdentityCorrections(
        state,
        correction === undefined
          ? withoutIdentityCorrections(state.identityCorrections, new Set([reportId]))
          : { ...state.identityCorrections, [reportId]: correction },
      ),
    )
    return null
  },
  undoIdentityCorrection: (reportId) =>
    set((state) =>
      reportId in state.identityCorrections
        ? withIdentityCorrections(
            state,
            withoutIdentityCorrections(state.identityCorrections, new Set([reportId])),
          )
        : {},
    ),
})
