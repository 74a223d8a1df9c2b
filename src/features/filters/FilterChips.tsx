import { yearText } from '../../core/model/labels'
import { useDashboardStore } from '../../store'

interface Chip {
  key: string
  kind: string
  label: string
  remove: () => void
}

/** The active filters, each removable on its own, and the reset button. */
export function FilterChips() {
  const filters = useDashboardStore((state) => state.filters)
  const removeYear = useDashboardStore((state) => state.removeYear)
  const removeAgency = useDashboardStore((state) => state.removeAgency)
  const setOnlyProblems = useDashboardStore((state) => state.setOnlyProblems)
  const resetFilters = useDashboardStore((state) => state.resetFilters)
  // 重置筛选 empties the agency search too, so it has work to do while text is in the box.
  const searching = useDashboardStore((state) => state.agencySearch !== '')
  const chips: Chip[] = [
    ...[...filters.years]
      .sort((a, b) => a - b)
      .map((year) => ({
        key: `y${year}`,
        kind: '年份',
        label: yearText(year),
        remove: () => removeYear(year),
      })),
    ...filters.agencies.map((agency) => ({
      key: `a${agency}`,
      kind: '机关',
      label: agency,
      remove: () => removeAgency(agency),
    })),
    ...(filters.onlyProblems
      ? [{ key: 'problems', kind: '检查', label: '只看有问题的报告', remove: () => setOnlyProblems(false) }]
      : []),
  ]
  return (
    <div className="filter-chips" aria-live="polite">
      {chips.map((chip) => (
        <span key={chip.key} className="chip" data-testid="filter-chip">
          <span className="chip-kind">{chip.kind}</span>
          {chip.label}
          <button
            type="button"
            className="chip-remove"
            aria-label={`移除筛选 ${chip.label}`}
            onClick={chip.remove}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" onClick={resetFilters} disabled={chips.length === 0 && !searching}>
        重置筛选
      </button>
    </div>
  )
}
