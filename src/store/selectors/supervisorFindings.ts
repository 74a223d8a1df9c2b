import type { SupervisorOptions } from '../../core/supervisor/supervisorReport'
import type { DashboardState } from '../types'
import { selectCopiedText } from './copiedText'
import { selectDuplicateGroups } from './duplicateGroups'

export type SupervisorFindings = Required<
  Pick<SupervisorOptions, 'copied' | 'duplicates' | 'acrossReportsChecked'>
>

/**
 * What the checking report would otherwise work out again, as the page has it: the memoised 文字雷同 and
 * duplicate groups, and R-F/R-G already in the effective reports' checks (selectEffectiveReports).
 */
export function selectSupervisorFindings(state: DashboardState): SupervisorFindings {
  return {
    copied: selectCopiedText(state),
    duplicates: selectDuplicateGroups(state),
    acrossReportsChecked: true,
  }
}
