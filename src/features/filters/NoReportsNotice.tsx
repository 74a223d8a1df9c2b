import { useDashboardStore } from '../../store'

/**
 * What a view says when it has no report to show: that none is loaded, or that the filters hide every
 * loaded one, with the way back. Telling a user with reports loaded to load some would send them looking
 * in the wrong place.
 */
export function NoReportsNotice({ className, none }: { className: string; none: string }) {
  const loaded = useDashboardStore((state) => state.reports.length)
  const resetFilters = useDashboardStore((state) => state.resetFilters)
  if (loaded === 0) return <p className={className}>{none}</p>
  return (
    <p className={className} data-testid="filtered-empty">
      当前筛选条件下没有报告（已载入 {loaded} 份）。{' '}
      <button type="button" onClick={resetFilters}>
        重置筛选
      </button>
    </p>
  )
}
