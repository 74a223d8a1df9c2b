import { useDeferredValue, useMemo, useState } from 'react'
import { compactSearchText } from './searchText'
import { useAvailableAgencies, useDashboardStore } from '../../store'

/** Multi-select of the loaded agencies, narrowed by a search box (30+ agencies stay findable). */
export function AgencyFilter() {
  const agencies = useAvailableAgencies()
  const selected = useDashboardStore((state) => state.filters.agencies)
  const toggleAgency = useDashboardStore((state) => state.toggleAgency)
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const matching = useMemo(() => {
    const needle = compactSearchText(deferredQuery)
    return needle === '' ? agencies : agencies.filter((agency) => compactSearchText(agency).includes(needle))
  }, [agencies, deferredQuery])

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
        {matching.map((agency) => (
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
        {matching.length === 0 ? (
          <li className="muted">{agencies.length === 0 ? '尚无报告' : '无匹配的机关'}</li>
        ) : null}
      </ul>
    </div>
  )
}
