import type { StateCreator } from 'zustand'
import type { DashboardState, SelectionSlice } from '../types'

export const createSelectionSlice: StateCreator<DashboardState, [], [], SelectionSlice> = (set) => ({
  selectedIds: [],
  toggleSelected: (id) =>
    set((state) => ({
      selectedIds: state.selectedIds.includes(id)
        ? state.selectedIds.filter((selected) => selected !== id)
        : [...state.selectedIds, id],
    })),
  clearSelection: () => set({ selectedIds: [] }),
})
