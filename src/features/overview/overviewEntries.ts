import { toOverviewRow, type OverviewRow } from '../../core/compare/overviewRow'
import { fileDistinctions } from '../../core/compare/fileDistinctions'
import { withCopiedWarnings, type CopiedTextFindings } from '../../core/copiedText/copiedText'
import { SEVERITY_ORDER, type Report } from '../../core/model/report'
import type { LoadedReport } from '../../store'

/** One line of the overview table: the report's figures plus what identifies it in the store. */
export interface OverviewEntry {
  id: string
  fileName: string
  /** The report as shown (corrections applied), for the provenance of its figures. */
  report: Report
  scope: Report['scope']
  row: OverviewRow
  /** The failed checks, worst first (内容雷同 among the warnings, notices last), for the 检查 cell's tooltip. */
  failedChecks: string[]
  /** Its file, when another row is headed alike (fileDistinctions): said where the row is named. */
  distinction: string | undefined
}

// Reports are immutable once loaded, so a row is built once per report object, even with 1,000 loaded
// and the filters changing.
const rowCache = new WeakMap<Report, OverviewRow>()

function overviewRowOf(report: Report): OverviewRow {
  let row = rowCache.get(report)
  if (!row) {
    row = toOverviewRow(report)
    rowCache.set(report, row)
  }
  return row
}

interface FailedCheckMessages {
  /** Failed errors and warnings, worst first. */
  problems: string[]
  notices: string[]
}

const failedCache = new WeakMap<Report, FailedCheckMessages>()

/** The report's failed checks as the tooltip lists them, split once per report object. */
function failedCheckMessages(report: Report): FailedCheckMessages {
  let failed = failedCache.get(report)
  if (!failed) {
    failed = { problems: [], notices: [] }
    const sorted = report.checks
      .filter((check) => !check.ok)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    for (const check of sorted)
      // Check messages usually start with their rule already ("R-A 自然人列…").
      (check.severity === 'notice' ? failed.notices : failed.problems).push(
        check.message.startsWith(check.rule) ? check.message : `${check.rule} ${check.message}`,
      )
    failedCache.set(report, failed)
  }
  return failed
}

const NO_COPIED_TEXT: ReadonlyMap<string, CopiedTextFindings> = new Map()

/** The row with each copied-text finding counted as a warning, as the 检查 tab counts it. */
function withCopiedText(row: OverviewRow, copied: CopiedTextFindings | undefined): OverviewRow {
  const checks = withCopiedWarnings(row.checks, copied)
  return checks === row.checks ? row : { ...row, checks }
}

/** `copied`: the copied-text findings of the loaded reports (selectCopiedText), by report id. */
export function toOverviewEntries(
  reports: readonly LoadedReport[],
  copied: ReadonlyMap<string, CopiedTextFindings> = NO_COPIED_TEXT,
): OverviewEntry[] {
  const distinctions = fileDistinctions(reports)
  return reports.map((loaded, index) => {
    const copiedText = copied.get(loaded.id)
    const failed = failedCheckMessages(loaded.report)
    return {
      id: loaded.id,
      fileName: loaded.fileName,
      report: loaded.report,
      scope: loaded.report.scope,
      row: withCopiedText(overviewRowOf(loaded.report), copiedText),
      failedChecks: [
        ...failed.problems,
        ...(copiedText?.findings.map((finding) => finding.message) ?? []),
        ...failed.notices,
      ],
      distinction: distinctions[index],
    }
  })
}
