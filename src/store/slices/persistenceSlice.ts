import type { StateCreator } from 'zustand'
import type { CellCorrection, DashboardState, FileEntry, Filters, LoadedReport } from '../types'
import type { AgencyAliases } from './aliasesSlice'
import type { IdentityCorrections } from './identitySlice'

/**
 * Where the workspace stands against the browser's storage: 'off' before persistence starts (tests, a
 * browser without IndexedDB), 'failed' when the last save or the restore failed; `message` says why.
 */
export type PersistenceStatus = 'off' | 'restoring' | 'saving' | 'saved' | 'failed'

export interface PersistenceState {
  status: PersistenceStatus
  /** Chinese, for the user: why the last save, restore or 清空 failed. Cleared by the next success. */
  error?: string
  /** True when saving again can help (a failed save), false when the page must not save (see `error`). */
  retryable?: boolean
  /** Chinese, for the user: what a restore could not bring back. Stays until the user dismisses it. */
  notice?: string
  /** ISO time of the last successful save. */
  savedAt?: string
}

/** Everything a workspace is: what IndexedDB keeps and the exported file carries. */
export interface WorkspaceContent {
  reports: LoadedReport[]
  corrections: CellCorrection[]
  identityCorrections: IdentityCorrections
  aliases: AgencyAliases
  filters: Filters
  selectedIds: string[]
  files: FileEntry[]
}

export interface PersistenceSlice {
  persistence: PersistenceState
  /** Merges the patch: a status change keeps an undismissed notice. */
  setPersistence: (patch: Partial<PersistenceState>) => void
  /** Replaces the whole workspace at once (restore, import, 清空), so no view sees half of it. */
  replaceWorkspace: (content: WorkspaceContent) => void
}

export const createPersistenceSlice: StateCreator<DashboardState, [], [], PersistenceSlice> = (set) => ({
  persistence: { status: 'off' },
  setPersistence: (patch) => set((state) => ({ persistence: { ...state.persistence, ...patch } })),
  replaceWorkspace: (content) =>
    set({
      reports: content.reports,
      corrections: content.corrections,
      identityCorrections: content.identityCorrections,
      aliases: content.aliases,
      filters: content.filters,
      selectedIds: content.selectedIds,
      files: content.files,
      inspected: null,
      // A search typed for the old workspace's agencies.
      agencySearch: '',
    }),
})
