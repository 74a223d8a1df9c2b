import { yearText } from '../../core/model/labels'
import { useAvailableYears, useDashboardStore } from '../../store'

/** One toggle button per loaded year. */
export function YearFilter() {
  const years = useAvailableYears()
  const selected = useDashboardStore((state) => state.filters.years)
  const toggleYear = useDashboardStore((state) => state.toggleYear)
  return (
    <div role="group" aria-label="年份筛选" className="year-filter">
      <span className="filter-label" aria-hidden="true">
        年份
      </span>
      {years.length === 0 ? <span className="muted">—</span> : null}
      {years.map((year) => (
        <button
          key={year}
          type="button"
          className="toggle"
          aria-pressed={selected.includes(year)}
          onClick={() => toggleYear(year)}
        >
          {yearText(year)}
        </button>
      ))}
    </div>
  )
}
