/**
 * Whether a report's year can be right: 政府信息公开工作年度报告 exist from 2008, when the 条例 took effect,
 * and a report covers a year that has ended or is ending, never a later one. A year outside that range is
 * a typo in the title ("2032" for "2023") or a misread; the report keeps the year it gives, with a notice.
 */
import type { Notice } from '../model/report'

/** The 条例 took effect on 1 May 2008; the first annual reports covered 2008. */
export const FIRST_REPORT_YEAR = 2008

/**
 * The notice for a year no report can have, or undefined. `currentYear` is the calendar year now (the core
 * has no clock: the caller passes it); without it only the lower bound is checked. Year 0 is "unknown",
 * which the reader has already said.
 */
export function implausibleYearNotice(year: number, currentYear: number | undefined): Notice | undefined {
  if (year === 0) return undefined
  if (year < FIRST_REPORT_YEAR)
    return {
      code: 'identity-guessed',
      message: `报告年度 ${year} 早于《政府信息公开条例》施行的 ${FIRST_REPORT_YEAR} 年，可能有误，请核对标题`,
    }
  if (currentYear !== undefined && year > currentYear)
    return {
      code: 'identity-guessed',
      message: `报告年度 ${year} 晚于今年（${currentYear} 年），可能有误，请核对标题`,
    }
  return undefined
}
