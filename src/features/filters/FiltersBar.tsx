import { AgencyFilter } from './AgencyFilter'
import { FilterChips } from './FilterChips'
import { YearFilter } from './YearFilter'

/** Agency and year filters; they apply to every tab. */
export function FiltersBar() {
  return (
    <section data-testid="filters" className="filters" aria-label="筛选">
      <YearFilter />
      <AgencyFilter />
      <FilterChips />
    </section>
  )
}
