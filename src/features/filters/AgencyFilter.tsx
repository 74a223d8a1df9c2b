import { useDeferredValue, useId, useMemo } from 'react'
import { useAvailableAgencies, useDashboardStore } from '../../store'
import { agencyOptions, matchingAgencies } from './agencyOptions'

/**
 * Multi-select of the loaded agencies, narrowed by a search box. With hundreds loaded only the first
 * matches are drawn (and the ticked ones): 1,000 checkboxes would slow every render and help nobody.
 * The search itself filters no report: Enter or the button selects every match, which does.
 */
export function AgencyFilter() {
  const agencies = useAvailableAgencies()
  const selected = useDashboardStore((state) => state.filters.agencies)
  const toggleAgency = useDashboardStore((state) => state.toggleAgency)
  const selectAgencies = useDashboardStore((state) => state.selectAgencies)
  const query = useDashboardStore((state) => state.agencySearch)
  const setQuery = useDashboardStore((state) => state.setAgencySearch)
  const hintId = useId()
  const deferredQuery = useDeferredValue(query)
  const options = useMemo(
    () => agencyOptions(agencies, selected, deferredQuery),
    [agencies, selected, deferredQuery],
  )
  const searching = query.trim() !== ''
  // Counted from the text as typed, not the deferred list, so the button always says what Enter does.
  const matches = useMemo(
    () => (searching ? matchingAgencies(agencies, query) : []),
    [agencies, query, searching],
  )
  const unselected = matches.filter((agency) => !selected.includes(agency)).length

  function applySearch() {
    if (matches.length === 0) return
    selectAgencies(matches)
    setQuery('')
  }

  return (
    <div className="agency-filter">
      <label className="filter-label" htmlFor="agency-search">
        机关
      </label>
      <input
        id="agency-search"
        type="search"
        aria-label="搜索机关"
        aria-describedby={searching ? hintId : undefined}
        placeholder="搜索机关名称"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            applySearch()
          }
        }}
      />
      {searching ? (
        <>
          <button type="button" onClick={applySearch} disabled={unselected === 0}>
            {matches.length > 0 && unselected === 0
              ? `匹配的 ${matches.length} 个机关均已选中`
              : `选中匹配的 ${matches.length} 个机关`}
          </button>
          <p id={hintId} className="agency-search-hint muted">
            搜索只缩小下方列表，不筛选报告；请勾选机关，或按回车选中全部匹配的机关。
          </p>
        </>
      ) : null}
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
