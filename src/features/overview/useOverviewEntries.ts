import { useMemo } from 'react'
import { useFilteredReports } from '../../store'
import { toOverviewEntries, type OverviewEntry } from './overviewEntries'

/** Overview lines of the filtered reports; a new array only when the filtered reports change. */
export function useOverviewEntries(): OverviewEntry[] {
  const reports = useFilteredReports()
  return useMemo(() => toOverviewEntries(reports), [reports])
}
