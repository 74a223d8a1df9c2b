import { findDuplicateGroups, type DuplicateGroup } from '../../core/identity/duplicates'
import type { AgencyAliases } from '../../core/identity/agencyName'
import type { DashboardState, LoadedReport } from '../types'
import { selectEffectiveReports } from './effectiveReports'
import { memoizeByReference } from './memoizeByReference'

const groupDuplicates = memoizeByReference(
  (reports: LoadedReport[], aliases: AgencyAliases): DuplicateGroup[] =>
    findDuplicateGroups(reports, aliases),
)

/**
 * Every agency and year loaded more than once (aliases applied), with the cells whose values differ as
 * the user sees them (corrections applied). Derived, never stored: removing a copy dissolves its group.
 */
export function selectDuplicateGroups(state: DashboardState): DuplicateGroup[] {
  return groupDuplicates(selectEffectiveReports(state), state.aliases)
}
