import { findCopiedText, type CopiedTextFindings } from '../../core/copiedText/copiedText'
import type { AgencyAliases } from '../../core/identity/agencyName'
import type { DashboardState, LoadedReport } from '../types'
import { selectEffectiveReports } from './effectiveReports'

/**
 * Whether two lists of reports are the same for copied text: the same reports with the same text, agency,
 * year and identity correction. A cell correction gives new report objects but changes none of these, and
 * finding copied text among 1,000 reports takes a fifth of a second or more: it is not redone for one.
 */
function sameTexts(a: readonly LoadedReport[], b: readonly LoadedReport[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index]
      return (
        other !== undefined &&
        entry.id === other.id &&
        entry.report.document === other.report.document &&
        entry.report.agency === other.report.agency &&
        entry.report.year === other.report.year &&
        // A confirmed identity changes neither, but makes a report named after its file comparable.
        entry.report.identityCorrected === other.report.identityCorrected
      )
    })
  )
}

let last:
  { reports: LoadedReport[]; aliases: AgencyAliases; found: Map<string, CopiedTextFindings> } | undefined

/**
 * 内容雷同 among every loaded report (not only the filtered ones: a filter to one agency still shows that
 * its text is another's), by the id of the report each finding is listed under. Derived, never stored.
 */
export function selectCopiedText(state: DashboardState): Map<string, CopiedTextFindings> {
  const reports = selectEffectiveReports(state)
  if (last?.aliases === state.aliases && (last.reports === reports || sameTexts(last.reports, reports))) {
    last.reports = reports
    return last.found
  }
  last = { reports, aliases: state.aliases, found: findCopiedText(reports, state.aliases) }
  return last.found
}

/** How many copied-text findings are listed under the report: each counts as a warning. */
export function copiedTextWarnings(copied: ReadonlyMap<string, CopiedTextFindings>, id: string): number {
  return copied.get(id)?.findings.length ?? 0
}
