export { useDashboardStore, resetDashboardStore } from './dashboardStore'
export * from './actions'
export * from './hooks'
export {
  matchesFilters,
  selectAvailableAgencies,
  selectAvailableYears,
  selectFilteredReports,
  selectSelectedReports,
} from './selectors/reportSelectors'
export type * from './types'
