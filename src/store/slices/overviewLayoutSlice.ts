import type { StateCreator } from 'zustand'
import type { DashboardState, OverviewLayoutSlice } from '../types'

/** A new value, or a function of the old one (how TanStack Table reports state changes). */
function next<T>(update: T | ((old: T) => T), old: T): T {
  return typeof update === 'function' ? (update as (old: T) => T)(old) : update
}

/** The overview's sorting and hidden columns, kept while the user looks at another tab. */
export const createOverviewLayoutSlice: StateCreator<DashboardState, [], [], OverviewLayoutSlice> = (
  set,
) => ({
  overviewSorting: [],
  overviewColumnVisibility: {},
  setOverviewSorting: (update) => set((state) => ({ overviewSorting: next(update, state.overviewSorting) })),
  setOverviewColumnVisibility: (update) =>
    set((state) => ({ overviewColumnVisibility: next(update, state.overviewColumnVisibility) })),
})
