export { useDashboardStore, resetDashboardStore } from './dashboardStore'
export * from './actions'
export * from './hooks'
export { selectEffectiveReports } from './selectors/effectiveReports'
export { copiedTextWarnings, selectCopiedText } from './selectors/copiedText'
export {
  hasProblems,
  matchesFilters,
  selectAvailableAgencies,
  selectAvailableYears,
  selectFilteredReports,
  selectHiddenSelectedReports,
  selectSelectedReports,
} from './selectors/reportSelectors'
export type * from './types'
export type * from './slices/aliasesSlice'
export type * from './slices/identitySlice'
export type * from './slices/persistenceSlice'
