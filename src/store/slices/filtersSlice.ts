import type { StateCreator } from 'zustand'
import type { DashboardState, Filters, FiltersSlice } from '../types'

export const EMPTY_FILTERS: Filters = { agencies: [], years: [], onlyProblems: false }

function toggled<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((existing) => existing !== item) : [...list, item]
}

export const createFiltersSlice: StateCreator<DashboardState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  agencySearch: '',
  setAgencySearch: (text) => set({ agencySearch: text }),
  toggleAgency: (agency) =>
    set((state) => ({ filters: { ...state.filters, agencies: toggled(state.filters.agencies, agency) } })),
  selectAgencies: (agencies) =>
    set((state) => {
      const added = agencies.filter((agency) => !state.filters.agencies.includes(agency))
      return added.length === 0
        ? {}
        : { filters: { ...state.filters, agencies: [...state.filters.agencies, ...new Set(added)] } }
    }),
  toggleYear: (year) =>
    set((state) => ({ filters: { ...state.filters, years: toggled(state.filters.years, year) } })),
  removeAgency: (agency) =>
    set((state) =>
      state.filters.agencies.includes(agency)
        ? { filters: { ...state.filters, agencies: state.filters.agencies.filter((a) => a !== agency) } }
        : {},
    ),
  removeYear: (year) =>
    set((state) =>
      state.filters.years.includes(year)
        ? { filters: { ...state.filters, years: state.filters.years.filter((y) => y !== year) } }
        : {},
    ),
  setOnlyProblems: (onlyProblems) => set((state) => ({ filters: { ...state.filters, onlyProblems } })),
  resetFilters: () => set({ filters: EMPTY_FILTERS, agencySearch: '' }),
})
