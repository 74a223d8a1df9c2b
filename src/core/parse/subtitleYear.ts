/**
 * The year a subtitle gives a title without one: "XX局政府信息公开工作年度报告" over "（2023年度）", "2023年"
 * or "——二〇二三年度" on the next line, as covers and front pages set it. A line of years under a title is a
 * page's list of years (2024年度 / 2023年度 / 2022年度), not a subtitle.
 */
import type { DocumentLines } from './documentLines'
import { YEAR, yearOfMatch } from './titleYear'

const SUBTITLE = new RegExp(`^[(（【\\[〔—–\\-]*(${YEAR})年度?[)）】\\]〕]*$`)

/** The next line with text after `index`, at most two lines down. */
const lineBelow = (lines: DocumentLines, index: number) => lines.nearestWithText(index, 1, 2)

/** The year of the subtitle right under the title line at `index`, if it has one. */
export function subtitleYear(lines: DocumentLines, index: number): number | undefined {
  const subtitle = lineBelow(lines, index)
  if (subtitle === undefined) return undefined
  const year = SUBTITLE.exec(lines.compact(subtitle))?.[1]
  if (year === undefined) return undefined
  const next = lineBelow(lines, subtitle)
  return next !== undefined && SUBTITLE.test(lines.compact(next)) ? undefined : yearOfMatch(year)
}
