/**
 * R-F and R-G: rules between two consecutive years of one agency, run whenever both are loaded.
 * R-F (warning): 上年结转 of year Y = 结转下年度 of year Y-1, per 表三 column.
 * R-G (notice): 现行有效件数(Y) = 现行有效件数(Y-1) + 本年制发(Y) − 本年废止(Y); clean-ups and 自然失效 break
 * it legitimately, hence only a notice. Agencies are matched by agencyKey, so 沭阳县发改局 2022 pairs
 * with 沭阳县发展和改革局 2023; a 汇总 pairs only with the 汇总 of the year before, not with the agency's own
 * report (their applications are different counts).
 */
import { agencyIsFileName } from '../identity/agencyFromFileName'
import { agencyKeyer, type AgencyAliases } from '../identity/agencyName'
import { APPLICANT_COLUMNS, applicationCellId } from '../model/ids'
import type { Cell, CheckResult, Report } from '../model/report'
import { APPLICANT_COLUMN_NAMES } from '../model/labels'
import { comparedSides, countText } from './comparedSides'
import { RULE_SEVERITY } from './ruleSeverity'

/** A loaded report with the id the store gives it (LoadedReport fits). */
export interface ReportEntry {
  id: string
  report: Report
}

export interface CellRef {
  reportId: string
  cellId: string
}

export interface CrossReportCheck extends CheckResult {
  rule: 'R-F' | 'R-G'
  /** The later year's report: the finding is listed under it; `cellIds` are its cells. */
  reportId: string
  previousReportId: string
  /** Every cell of the equation, in both reports. */
  cells: CellRef[]
}

const DOCUMENT_ROWS = [
  ['rules', '规章'],
  ['normativeDocs', '行政规范性文件'],
] as const

function value(report: Report, id: string): number | undefined {
  const cell: Cell | undefined = report.cells[id]
  return cell?.value
}

function carryOverChecks(current: ReportEntry, previous: ReportEntry): CrossReportCheck[] {
  const year = current.report.year
  return APPLICANT_COLUMNS.flatMap((column) => {
    const carriedOverId = applicationCellId('carriedOver', column)
    const carriedForwardId = applicationCellId('carriedForward', column)
    const carriedOver = value(current.report, carriedOverId)
    const carriedForward = value(previous.report, carriedForwardId)
    if (carriedOver === undefined || carriedForward === undefined) return []
    const ok = carriedOver === carriedForward
    const check: CrossReportCheck = {
      rule: 'R-F',
      severity: RULE_SEVERITY['R-F'],
      ok,
      message: `R-F ${APPLICANT_COLUMN_NAMES[column]}列：${comparedSides(
        `${year} 年上年结转 ${countText(carriedOver)}`,
        `${year - 1} 年结转下年度 ${countText(carriedForward)}`,
        ok,
      )}`,
      cellIds: [carriedOverId],
      lhs: carriedOver,
      rhs: carriedForward,
      reportId: current.id,
      previousReportId: previous.id,
      cells: [
        { reportId: current.id, cellId: carriedOverId },
        { reportId: previous.id, cellId: carriedForwardId },
      ],
    }
    return [check]
  })
}

function inForceChecks(current: ReportEntry, previous: ReportEntry): CrossReportCheck[] {
  const year = current.report.year
  return DOCUMENT_ROWS.flatMap(([row, name]) => {
    const ids = {
      inForce: `proactive.${row}.inForce`,
      issued: `proactive.${row}.issued`,
      repealed: `proactive.${row}.repealed`,
    }
    const inForce = value(current.report, ids.inForce)
    const issued = value(current.report, ids.issued)
    const repealed = value(current.report, ids.repealed)
    const before = value(previous.report, ids.inForce)
    if (inForce === undefined || issued === undefined || repealed === undefined || before === undefined)
      return []
    const expected = before + issued - repealed
    const ok = inForce === expected
    const check: CrossReportCheck = {
      rule: 'R-G',
      severity: RULE_SEVERITY['R-G'],
      ok,
      message: `R-G ${name}：${comparedSides(
        `${year - 1} 年现行有效 ${countText(before)}，加 ${year} 年制发 ${countText(issued)}、减废止 ${countText(repealed)}，应为 ${countText(expected)}`,
        `${year} 年现行有效 ${countText(inForce)}`,
        ok,
      )}`,
      cellIds: [ids.inForce, ids.issued, ids.repealed],
      // As the sentence reads: last year's figure carried forward on the left, this year's on the right.
      lhs: expected,
      rhs: inForce,
      reportId: current.id,
      previousReportId: previous.id,
      cells: [
        { reportId: current.id, cellId: ids.inForce },
        { reportId: current.id, cellId: ids.issued },
        { reportId: current.id, cellId: ids.repealed },
        { reportId: previous.id, cellId: ids.inForce },
      ],
    }
    return [check]
  })
}

/**
 * Findings across years for the loaded set. Every pair (Y-1, Y) of one agency is checked; while a
 * duplicate of a year is unresolved, each copy is paired, so a difference between copies shows up.
 */
export function checkAcrossReports(
  entries: readonly ReportEntry[],
  aliases: AgencyAliases = {},
): CrossReportCheck[] {
  const keyOf = agencyKeyer(aliases)
  // A report named after its file would be paired with other agencies' reports of the same file name.
  const pairable = (entry: ReportEntry) =>
    entry.report.template !== 'legacy' && entry.report.year > 0 && !agencyIsFileName(entry.report)
  const keyAt = ({ agency, scope }: Report, year: number) => `${keyOf(agency)}|${scope}|${year}`
  const byAgencyYear = new Map<string, ReportEntry[]>()
  for (const entry of entries) {
    if (!pairable(entry)) continue
    const key = keyAt(entry.report, entry.report.year)
    byAgencyYear.set(key, [...(byAgencyYear.get(key) ?? []), entry])
  }
  return entries.flatMap((current) => {
    if (!pairable(current)) return []
    const previousKey = keyAt(current.report, current.report.year - 1)
    return (byAgencyYear.get(previousKey) ?? []).flatMap((previous) => [
      ...carryOverChecks(current, previous),
      ...inForceChecks(current, previous),
    ])
  })
}
