import { findCopiedText, type CopiedTextFindings } from '../../core/copiedText/copiedText'
import type { AgencyAliases } from '../../core/identity/agencyName'
import type { DashboardState, LoadedReport } from '../types'
import { selectEffectiveReports } from './effectiveReports'
import { memoizeByReference } from './memoizeByReference'

const findAll = memoizeByReference(
  (reports: LoadedReport[], aliases: AgencyAliases): Map<string, CopiedTextFindings> =>
    findCopiedText(reports, aliases),
)

/**
 * 内容雷同 among every loaded report (not only the filtered ones: a filter to one agency still shows that
 * its text is another's), by the id of the report each finding is listed under. Derived, never stored.
 */
export function selectCopiedText(state: DashboardState): Map<string, CopiedTextFindings> {
  return findAll(selectEffectiveReports(state), state.aliases)
}

/** How many copied-text findings are listed under the report: each counts as a warning. */
export function copiedTextWarnings(copied: ReadonlyMap<string, CopiedTextFindings>, id: string): number {
  return copied.get(id)?.findings.length ?? 0
}
