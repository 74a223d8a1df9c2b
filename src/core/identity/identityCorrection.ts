/**
 * The user's correction of a report's agency or year, for a title the reader could not read or read wrong
 * (a yearless title, a scan's garbled heading, a department's report filed under its parent). Like a cell
 * correction it never overwrites what the reader found: the report keeps the original in
 * `identityCorrected`, every view flags it, and undoing it brings the reader's identity back. The time is
 * passed in (core never reads the clock).
 */
import { runChecks } from '../checks/runChecks'
import { agencyText, yearText } from '../model/labels'
import type { Report } from '../model/report'
import { MAX_AGENCY_LENGTH } from '../parse/identity'
import { FIRST_REPORT_YEAR } from './reportYear'

/**
 * The agency and/or year the user gave. With neither, the user confirmed the reader's guess (a year taken
 * from the file name, an agency from a line near the title): the report is then no longer in doubt.
 */
export interface IdentityCorrection {
  /** The agency the user gave; absent when the reader's stands. */
  agency?: string
  /** The year the user gave; absent when the reader's stands. */
  year?: number
  /** ISO 8601 time, supplied by the caller. */
  at: string
}

/** The user's identity correction of each report that has one, by report id. */
export type IdentityCorrections = Record<string, IdentityCorrection>

/** The corrections without those of the reports `ids` names; the same object when it holds none of them. */
export function withoutIdentityCorrections(
  corrections: IdentityCorrections,
  ids: ReadonlySet<string>,
): IdentityCorrections {
  return Object.keys(corrections).some((id) => ids.has(id))
    ? Object.fromEntries(Object.entries(corrections).filter(([id]) => !ids.has(id)))
    : corrections
}

/**
 * What is wrong with the agency and year a user typed, in Chinese, or undefined. `currentYear` bounds the
 * year from above as the reader's notice does (no report covers a year that has not begun).
 */
export function identityProblem(agency: string, year: number, currentYear: number): string | undefined {
  return agencyProblem(agency) ?? yearProblem(year, currentYear)
}

function agencyProblem(agency: string): string | undefined {
  const name = agency.trim()
  if (name === '') return '请填写机关名称'
  if (name.length > MAX_AGENCY_LENGTH) return `机关名称不应超过 ${MAX_AGENCY_LENGTH} 个字`
  return undefined
}

function yearProblem(year: number, currentYear: number): string | undefined {
  if (!Number.isInteger(year)) return '年度应为四位数字，如 2023'
  if (year < FIRST_REPORT_YEAR || year > currentYear)
    return `年度应在 ${FIRST_REPORT_YEAR} 至 ${currentYear} 之间`
  return undefined
}

/**
 * What is wrong with a stored correction (an edited workspace file), or undefined. The year's upper bound
 * is `latestYear`: the file has no clock to say which year it is now.
 */
export function storedIdentityProblem(
  correction: IdentityCorrection,
  latestYear: number,
): string | undefined {
  return (
    (correction.agency === undefined ? undefined : agencyProblem(correction.agency)) ??
    (correction.year === undefined ? undefined : yearProblem(correction.year, latestYear))
  )
}

/**
 * The correction that sets the report to `agency` and `year`: only what differs from the reader's identity
 * (`original`, the report as read), so a field set back to the reader's value is no longer corrected.
 * Undefined when nothing differs.
 */
export function identityCorrectionOf(
  original: Pick<Report, 'agency' | 'year'>,
  agency: string,
  year: number,
  at: string,
): IdentityCorrection | undefined {
  const name = agency.trim()
  const correction: IdentityCorrection = { at }
  if (name !== original.agency) correction.agency = name
  if (year !== original.year) correction.year = year
  return correction.agency === undefined && correction.year === undefined ? undefined : correction
}

/**
 * The report under the corrected (or confirmed) identity, the reader's values kept in `identityCorrected`.
 * A new year re-runs the report's checks: the template rule (R-T) depends on it.
 */
export function applyIdentityCorrection(report: Report, correction: IdentityCorrection): Report {
  const { agency, year } = correction
  const next: Report = {
    ...report,
    agency: agency ?? report.agency,
    year: year ?? report.year,
    identityCorrected: {
      ...(agency === undefined ? {} : { agency: report.agency }),
      ...(year === undefined ? {} : { year: report.year }),
      at: correction.at,
    },
  }
  return year === undefined ? next : { ...next, checks: runChecks(next) }
}

/** Whether the user changed the report's agency or year: a confirmation leaves both as the reader found them. */
export function identityChanged(report: Pick<Report, 'identityCorrected'>): boolean {
  const original = report.identityCorrected
  return original?.agency !== undefined || original?.year !== undefined
}

/** Said of a report whose agency and year the user confirmed as read. */
export const IDENTITY_CONFIRMED_TEXT = '机关和年度经用户确认'

/**
 * "年度 原为 未识别", "机关 原为 某局": what the correction replaced, as the flags and exports say it; for a
 * confirmation, that it was confirmed.
 */
export function identityCorrectedTexts(report: Pick<Report, 'identityCorrected'>): string[] {
  const original = report.identityCorrected
  if (original === undefined) return []
  const parts: string[] = []
  if (original.agency !== undefined) parts.push(`机关 原为 ${agencyText(original.agency)}`)
  if (original.year !== undefined) parts.push(`年度 原为 ${yearText(original.year)}`)
  return parts.length > 0 ? parts : [IDENTITY_CONFIRMED_TEXT]
}
