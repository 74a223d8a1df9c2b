import { useDeferredValue, useMemo, useState } from 'react'
import { useAvailableAgencies, useDashboardStore } from '../../store'
import { agencyOptions } from './agencyOptions'

/**
 * Multi-select of the loaded agencies, narrowed by a search box. With hundreds loaded only the first
 * matches are drawn (and the ticked ones): 1,000 checkboxes would slow every render and help nobody.
 */
export function AgencyFilter() {
  const agencies = useAvailableAgencies()
  const selected = useDashboardStore((state) => state.filters.agencies)
  const toggleAgency = useDashboardStore((state) => state.toggleAgency)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const options = useMemo(
    () => agencyOptions(agencies, selected, deferredQuery),
    [agencies, selected, deferredQuery],
  )

  return (
    <div className="agency-filter">
      <label className="filter-label" htmlFor="agency-search">
        机关
      </label>
      <input
        id="agency-search"
        type="search"
        aria-label="搜索机关"
        placeholder="搜索机关名称"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="agency-options" aria-label="机关列表">
        {options.shown.map((agency) => (
          <li key={agency}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(agency)}
                onChange={() => toggleAgency(agency)}
              />
              {agency}
            </label>
          </li>
        ))}
        {options.matching === 0 ? (
          <li className="muted">{agencies.length === 0 ? '尚无报告' : '无匹配的机关'}</li>
        ) : null}
        {options.hidden > 0 ? (
          <li className="muted" data-testid="agency-options-more">
            还有 {options.hidden} 个，请输入关键字搜索
          </li>
        ) : null}
      </ul>
    </div>
  )
}
