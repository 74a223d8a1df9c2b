import { create } from 'zustand'
import { createAliasesSlice } from './slices/aliasesSlice'
import { createCorrectionsSlice } from './slices/correctionsSlice'
import { createIdentitySlice } from './slices/identitySlice'
import { createFiltersSlice } from './slices/filtersSlice'
import { createIngestSlice } from './slices/ingestSlice'
import { createInspectionSlice } from './slices/inspectionSlice'
import { createOverviewLayoutSlice } from './slices/overviewLayoutSlice'
import { createPersistenceSlice } from './slices/persistenceSlice'
import { createReportsSlice } from './slices/reportsSlice'
import { createSelectionSlice } from './slices/selectionSlice'
import type { DashboardState } from './types'

export const useDashboardStore = create<DashboardState>()((...args) => ({
  ...createReportsSlice(...args),
  ...createIngestSlice(...args),
  ...createFiltersSlice(...args),
  ...createSelectionSlice(...args),
  ...createOverviewLayoutSlice(...args),
  ...createInspectionSlice(...args),
  ...createCorrectionsSlice(...args),
  ...createIdentitySlice(...args),
  ...createAliasesSlice(...args),
  ...createPersistenceSlice(...args),
}))

const initialState = useDashboardStore.getState()

/** Back to the empty dashboard; tests call it after each case. */
export function resetDashboardStore(): void {
  useDashboardStore.setState(initialState, true)
}
