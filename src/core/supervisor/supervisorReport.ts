/**
 * The supervisor's checking report (what a 政务公开办 sends back to subordinate units): every loaded
 * report with its problems, grouped by agency. A report's own checks come from its `checks` when they are
 * complete (the dashboard's reports) and are run here otherwise (a report as the reader left it), so the
 * checking report is complete either way; findings across reports (R-F/R-G, duplicates, copied text) are
 * taken from the caller when it has them and worked out here otherwise. The time is passed in.
 */
import { checkAcrossReports, type ReportEntry } from '../checks/crossYear'
import { reportStatus, type ReportStatus } from '../checks/reportStatus'
import { messageWithoutRule } from '../checks/ruleMessage'
import { acrossReportChecks, countProblems, ownChecks, type CheckCounts } from '../checks/runChecks'
import { readingGapsOf, UNREAD_CODES, type ReadingGaps } from '../compare/readingGaps'
import { findCopiedText, unlistedMessage, type CopiedTextFindings } from '../copiedText/copiedText'
import { isUserValue } from '../corrections'
import { agencyKeyerOf, agencyNormalizer, type AgencyAliases } from '../identity/agencyName'
import { compareAgencyNames } from '../identity/agencyOrder'
import { findDuplicateGroups, type DuplicateGroup } from '../identity/duplicates'
import { identityCorrectedTexts } from '../identity/identityCorrection'
import {
  SEVERITY_ORDER,
  type CheckResult,
  type NoticeCode,
  type Report,
  type RuleId,
  type Severity,
} from '../model/report'

/** Reading notices a supervisor acts on: blank, unreadable or ambiguous cells, missing or repeated tables. */
const SUPERVISOR_NOTICES: ReadonlySet<NoticeCode> = new Set([
  ...UNREAD_CODES,
  'blank-as-zero',
  'table-repeated',
])

/** What a problem is, beyond the rules of report-model.md: a reader's notice, or 内容雷同. */
export type SupervisorFindingKind = 'reading' | 'copied-text'

/** How the 规则 column (page and CSV) names a problem: a rule's id, or the name of a finding of another kind. */
export function problemRuleName(rule: SupervisorProblem['rule']): string {
  if (rule === 'reading') return '读取'
  if (rule === 'copied-text') return '文字雷同'
  return rule
}

/** 内容雷同 is a fault of the report (a warning, as the 检查 tab counts it); a reading notice asks for a look. */
export const FINDING_KIND_SEVERITY: Record<SupervisorFindingKind, Severity> = {
  reading: 'notice',
  'copied-text': 'warning',
}

export interface SupervisorProblem {
  /** A rule of report-model.md, or a finding of another kind (SupervisorFindingKind). */
  rule: RuleId | SupervisorFindingKind
  severity: Severity
  /** What was found, without the rule id: the 规则 column names it. */
  message: string
  cellIds: string[]
}

export interface SupervisorReportRow {
  reportId: string
  fileName: string
  /** The agency as the report names it (as read, when the user corrected it). */
  agencyAsWritten: string
  year: number
  template: Report['template']
  scope: Report['scope']
  counts: CheckCounts
  /** What the reader could not establish (readingGaps): the rules over it did not run. */
  readingGaps: ReadingGaps
  /** As the 检查 tab counts it: a report with reading gaps is not clean. */
  status: ReportStatus
  problems: SupervisorProblem[]
  /** Cells the user corrected or entered. */
  userValues: number
  /** The agency or year the user corrected, with what the reader had (identityCorrectedTexts); or confirmed. */
  identityCorrected: string[]
  /** Other loaded reports of the same agency and year. */
  duplicateOf: string[]
}

export interface SupervisorAgency {
  /** The agency as its first report names it (on the page, the one display name of the agency). */
  agency: string
  reports: SupervisorReportRow[]
  counts: CheckCounts
}

export interface SupervisorReport {
  generatedAt: string
  agencies: SupervisorAgency[]
  /** Reports by status, as the 检查 tab's summary counts them (selectChecksSummary). */
  totals: {
    reports: number
    withErrors: number
    withWarnings: number
    withReadingGaps: number
    clean: number
  }
}

export interface SupervisorInput extends ReportEntry {
  fileName: string
}

function addCounts(a: CheckCounts, b: CheckCounts): CheckCounts {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, notices: a.notices + b.notices }
}

/** The report's copied-text findings, a warning each; further matches not listed are said in the last. */
function copiedTextProblems(copied: CopiedTextFindings | undefined): SupervisorProblem[] {
  if (copied === undefined) return []
  const last = copied.findings.length - 1
  return copied.findings.map((finding, index) => ({
    rule: 'copied-text',
    severity: FINDING_KIND_SEVERITY['copied-text'],
    message:
      index === last && copied.unlisted > 0
        ? `${finding.message}；${unlistedMessage(copied.unlisted)}`
        : finding.message,
    cellIds: [],
  }))
}

/** Counted in a loop: the checking report visits every cell of every report, and few are the user's. */
function userValueCount(cells: Report['cells']): number {
  let count = 0
  for (const cell of Object.values(cells)) if (isUserValue(cell)) count++
  return count
}

function rowOf(
  entry: SupervisorInput,
  crossReport: SupervisorProblem[],
  duplicateOf: string[],
): SupervisorReportRow {
  const failed = ownChecks(entry.report).filter((check) => !check.ok)
  const gaps = readingGapsOf(entry.report)
  const problems: SupervisorProblem[] = [
    ...failed.map((check) => ({
      rule: check.rule,
      severity: check.severity,
      message: messageWithoutRule(check),
      cellIds: check.cellIds,
    })),
    ...crossReport,
    ...entry.report.notices
      // Why the agency or year is in doubt, while it is (a corrected identity is the user's, not a guess).
      .filter(
        (notice) =>
          SUPERVISOR_NOTICES.has(notice.code) || (notice.code === 'identity-guessed' && gaps.identityGuessed),
      )
      .map((notice): SupervisorProblem => ({
        rule: 'reading',
        severity: FINDING_KIND_SEVERITY.reading,
        message: notice.message,
        cellIds: notice.cellIds ?? [],
      })),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  const counts = countProblems([
    ...failed,
    ...crossReport.map((problem) => ({ ok: false, severity: problem.severity })),
  ])
  return {
    reportId: entry.id,
    fileName: entry.fileName,
    agencyAsWritten: entry.report.identityCorrected?.agency ?? entry.report.agency,
    year: entry.report.year,
    template: entry.report.template,
    scope: entry.report.scope,
    counts,
    readingGaps: gaps,
    status: reportStatus(counts, gaps),
    problems,
    userValues: userValueCount(entry.report.cells),
    identityCorrected: identityCorrectedTexts(entry.report),
    duplicateOf,
  }
}

/**
 * The checking report of `entries`, or only of those whose id is in `listed` (the reports a filter
 * leaves): they are still checked across years, for copied text and for duplicates against every entry,
 * so a filter to one year does not hide that its 上年结转 disagrees with last year's report.
 */
export interface SupervisorOptions {
  /** Only these reports are listed (the ones a filter leaves); every entry is still checked against. */
  listed?: ReadonlySet<string>
  /** findCopiedText of the entries and aliases, when the caller has it already (the page's selector). */
  copied?: ReadonlyMap<string, CopiedTextFindings>
  /** findDuplicateGroups of the entries and aliases, when the caller has them already (the page's selector). */
  duplicates?: readonly DuplicateGroup[]
  /**
   * The entries' `checks` already hold checkAcrossReports' findings for these entries and aliases, as the
   * page's reports (selectEffectiveReports) do: R-F and R-G are taken from there. Said by the caller, as a
   * report without them may have no previous year or may not have been checked across years yet.
   */
  acrossReportsChecked?: boolean
}

/** The failed R-F/R-G checks of each entry, as problems: from its `checks` when they hold them, run otherwise. */
function crossYearProblems(
  entries: readonly SupervisorInput[],
  aliases: AgencyAliases,
  onReports: boolean,
): Map<string, SupervisorProblem[]> {
  const checks: (CheckResult & { reportId: string })[] = onReports
    ? entries.flatMap((entry) =>
        acrossReportChecks(entry.report).map((check) => ({ ...check, reportId: entry.id })),
      )
    : checkAcrossReports(entries, aliases)
  const crossYear = new Map<string, SupervisorProblem[]>()
  for (const check of checks) {
    if (check.ok) continue
    const problem: SupervisorProblem = {
      rule: check.rule,
      severity: check.severity,
      message: messageWithoutRule(check),
      cellIds: check.cellIds,
    }
    const list = crossYear.get(check.reportId)
    if (list) list.push(problem)
    else crossYear.set(check.reportId, [problem])
  }
  return crossYear
}

export function buildSupervisorReport(
  entries: readonly SupervisorInput[],
  aliases: AgencyAliases,
  generatedAt: string,
  {
    listed,
    copied = findCopiedText(entries, aliases),
    duplicates = findDuplicateGroups(entries, aliases),
    acrossReportsChecked = false,
  }: SupervisorOptions = {},
): SupervisorReport {
  const crossYear = crossYearProblems(entries, aliases, acrossReportsChecked)
  const groupOf = new Map<string, DuplicateGroup>()
  for (const group of duplicates) for (const id of group.reportIds) groupOf.set(id, group)
  const normalize = agencyNormalizer(aliases)
  const keyOf = agencyKeyerOf(normalize)
  const byAgency = new Map<string, SupervisorAgency>()
  for (const entry of entries) {
    if (listed !== undefined && !listed.has(entry.id)) continue
    const others = groupOf.get(entry.id)?.reportIds.filter((id) => id !== entry.id) ?? []
    const crossReport = [...(crossYear.get(entry.id) ?? []), ...copiedTextProblems(copied.get(entry.id))]
    const row = rowOf(entry, crossReport, others)
    const key = keyOf(entry.report.agency)
    const agency = byAgency.get(key) ?? {
      // As the caller names it (the page: one display name per agency), not the grouping form, which
      // drops brackets and expands abbreviations into a name nobody wrote.
      agency: entry.report.agency,
      reports: [],
      counts: { errors: 0, warnings: 0, notices: 0 },
    }
    agency.reports.push(row)
    agency.counts = addCounts(agency.counts, row.counts)
    byAgency.set(key, agency)
  }
  const agencies = [...byAgency.values()]
    .map((agency) => ({ ...agency, reports: [...agency.reports].sort((a, b) => a.year - b.year) }))
    .sort((a, b) => compareAgencyNames(a.agency, b.agency))
  const rows = agencies.flatMap((agency) => agency.reports)
  const withStatus = (status: ReportStatus) => rows.filter((row) => row.status === status).length
  return {
    generatedAt,
    agencies,
    totals: {
      reports: rows.length,
      withErrors: withStatus('errors'),
      withWarnings: withStatus('warnings'),
      withReadingGaps: withStatus('reading-gaps'),
      clean: withStatus('clean'),
    },
  }
}
