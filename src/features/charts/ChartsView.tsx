import { useMemo } from 'react'
import { useDashboardStore, useFilteredReports } from '../../store'
import { ChartsPanel } from './ChartsPanel'

/** The 图表 tab: charts of the reports that pass the dashboard filters. */
export function ChartsView() {
  const loaded = useFilteredReports()
  const activeYears = useDashboardStore((state) => state.filters.years)
  const activeAgencies = useDashboardStore((state) => state.filters.agencies)
  const onlyProblems = useDashboardStore((state) => state.filters.onlyProblems)
  const reports = useMemo(() => loaded.map((entry) => entry.report), [loaded])
  return (
    <ChartsPanel
      reports={reports}
      activeYears={activeYears}
      activeAgencies={activeAgencies}
      onlyProblems={onlyProblems}
      staged
    />
  )
}
