import { hasProblems, selectFilteredReports, useDashboardStore } from '../../store'

/** How many of the shown reports have a failed error or warning check: the 检查 tab's badge. */
export function useProblemCount(): number {
  return useDashboardStore((state) => selectFilteredReports(state).filter(hasProblems).length)
}
