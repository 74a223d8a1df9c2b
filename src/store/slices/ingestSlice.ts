import type { StateCreator } from 'zustand'
import type { DashboardState, IngestSlice } from '../types'

export const createIngestSlice: StateCreator<DashboardState, [], [], IngestSlice> = (set) => ({
  files: [],
  enqueueFile: (entry) => set((state) => ({ files: [...state.files, entry] })),
  updateFile: (id, patch) =>
    set((state) => ({ files: state.files.map((file) => (file.id === id ? { ...file, ...patch } : file)) })),
  clearFiles: () => set({ files: [] }),
})
