export { useDashboardStore, resetDashboardStore } from './dashboardStore'
export * from './actions'
export { correctionCount } from './correctionCount'
export * from './hooks'
export { selectEffectiveReports } from './selectors/effectiveReports'
export { copiedTextWarnings, selectCopiedText } from './selectors/copiedText'
export { selectSupervisorFindings } from './selectors/supervisorFindings'
export {
  hasProblems,
  reportStatusOf,
  selectProblemCount,
  selectChecksSummary,
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
