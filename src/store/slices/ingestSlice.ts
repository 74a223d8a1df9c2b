import type { StateCreator } from 'zustand'
import type { DashboardState, FileEntry, FileUpdate, IngestSlice } from '../types'

function patchedFiles(files: FileEntry[], updates: readonly FileUpdate[]): FileEntry[] {
  const patches = new Map<string, FileUpdate['patch']>()
  for (const { id, patch } of updates) patches.set(id, { ...patches.get(id), ...patch })
  if (!files.some((file) => patches.has(file.id))) return files
  return files.map((file) => {
    const patch = patches.get(file.id)
    return patch ? { ...file, ...patch } : file
  })
}

export const createIngestSlice: StateCreator<DashboardState, [], [], IngestSlice> = (set) => ({
  files: [],
  enqueueFile: (entry) => set((state) => ({ files: [...state.files, entry] })),
  enqueueFiles: (entries) => {
    if (entries.length > 0) set((state) => ({ files: [...state.files, ...entries] }))
  },
  updateFiles: (updates) => {
    if (updates.length > 0) set((state) => ({ files: patchedFiles(state.files, updates) }))
  },
  removeFiles: (ids) => {
    const removed = new Set(ids)
    set((state) =>
      state.files.some((file) => removed.has(file.id))
        ? { files: state.files.filter((file) => !removed.has(file.id)) }
        : {},
    )
  },
  clearFiles: () => set({ files: [] }),
})
