import { useMemo } from 'react'
import { useCopiedText, useFilteredReports } from '../../store'
import { toOverviewEntries, type OverviewEntry } from './overviewEntries'

/** Overview lines of the filtered reports; a new array only when the filtered reports or copied text change. */
export function useOverviewEntries(): OverviewEntry[] {
  const reports = useFilteredReports()
  const copied = useCopiedText()
  return useMemo(() => toOverviewEntries(reports, copied), [reports, copied])
}
