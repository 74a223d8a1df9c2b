import type { StateCreator } from 'zustand'
import type { DashboardState, InspectionSlice } from '../types'

export const createInspectionSlice: StateCreator<DashboardState, [], [], InspectionSlice> = (set) => ({
  inspected: null,
  inspectCells: (target) => set({ inspected: target }),
  closeInspection: () => set({ inspected: null }),
})
