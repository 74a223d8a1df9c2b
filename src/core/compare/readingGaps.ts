/**
 * What the reader could not establish about a report, beside the rules: cells it left unread (and nobody
 * has entered since), an agency or year it had to guess, and a second table it left (a 表三 of 汇总 and
 * 本机关 or of last year, a second set of 表四's numbers). A report with such gaps is not "all clear" even
 * when every rule that could run holds: the rules over an unread cell do not run at all.
 */
import type { Notice, NoticeCode } from '../model/report'

/** What readingGaps looks at: a report, or the batch command's record of one (cells as plain numbers). */
export interface ReadReport {
  notices: readonly Notice[]
  cells: Readonly<Record<string, unknown>>
  year: number
  /** Set when the user corrected the identity (identityCorrection.ts): it is theirs, no longer a guess. */
  identityCorrected?: object
}

/** Notice codes that name cells the reader did not fill. */
export const UNREAD_CODES: ReadonlySet<NoticeCode> = new Set(['cell-unread', 'ambiguous', 'table-missing'])

export interface ReadingGaps {
  /** Cells a notice says were not read and that still have no value. */
  unreadCells: number
  /** The agency or the year did not come from the report's title, or the year is one no report can have. */
  identityGuessed: boolean
  /** The tables the file has twice, one of them left unread. */
  tablesLeft: readonly TableLeft[]
}

export type TableLeft = '表三' | '表四'

/** The table a table-repeated notice is about, by the cells it names (表三's named none in reports saved before). */
function tableOf(notice: Notice): TableLeft {
  return notice.cellIds?.some((id) => id.startsWith('appeals.')) === true ? '表四' : '表三'
}

export function readingGaps(report: ReadReport): ReadingGaps {
  const unread = new Set<string>()
  let identityGuessed = report.year === 0
  const tablesLeft = new Set<TableLeft>()
  for (const notice of report.notices) {
    if (notice.code === 'identity-guessed' && report.identityCorrected === undefined) identityGuessed = true
    if (notice.code === 'table-repeated') tablesLeft.add(tableOf(notice))
    if (!UNREAD_CODES.has(notice.code)) continue
    for (const id of notice.cellIds ?? []) if (report.cells[id] === undefined) unread.add(id)
  }
  return { unreadCells: unread.size, identityGuessed, tablesLeft: [...tablesLeft].sort() }
}

export function hasReadingGaps(gaps: ReadingGaps): boolean {
  return gaps.unreadCells > 0 || gaps.identityGuessed || gaps.tablesLeft.length > 0
}

/** The gaps as the overview's 检查 column and the batch command's CSV say them: "3 格未读取", … */
export function readingGapTexts(gaps: ReadingGaps): string[] {
  const parts: string[] = []
  if (gaps.unreadCells > 0) parts.push(`${gaps.unreadCells} 格未读取`)
  if (gaps.identityGuessed) parts.push('机关或年度存疑')
  for (const table of gaps.tablesLeft)
    parts.push(table === '表三' ? '另有一个表三未读取' : '表四另有一组数值未读取')
  return parts
}

const GAPS = new WeakMap<object, ReadingGaps>()

/**
 * readingGaps of a report, kept per report object: reports never change (a correction makes a new one), and
 * the views ask on every render and every store change.
 */
export function readingGapsOf(report: ReadReport): ReadingGaps {
  let gaps = GAPS.get(report)
  if (gaps === undefined) {
    gaps = readingGaps(report)
    GAPS.set(report, gaps)
  }
  return gaps
}
