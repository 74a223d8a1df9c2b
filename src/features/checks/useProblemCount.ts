import { selectProblemCount, useDashboardStore } from '../../store'

/** How many of the shown reports have a failed error or warning check or copied text: the 检查 tab's badge. */
export function useProblemCount(): number {
  return useDashboardStore(selectProblemCount)
}
