import { OnlyProblemsToggle } from '../checks/OnlyProblemsToggle'
import { AgencyFilter } from './AgencyFilter'
import { FilterChips } from './FilterChips'
import { YearFilter } from './YearFilter'

/** Agency, year and 只看有问题的报告 filters; they apply to every tab. */
export function FiltersBar() {
  return (
    <section data-testid="filters" className="filters" aria-label="筛选">
      <YearFilter />
      <AgencyFilter />
      <OnlyProblemsToggle />
      <FilterChips />
    </section>
  )
}
