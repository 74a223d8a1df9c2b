/**
 * The year a table's caption names ("2018年度情况", "（二）2019年"), for files that print last year's table
 * beside this year's: a report never prints a later year's table than its own, so of two the later is read.
 */
import type { DocumentLines } from './documentLines'

/** A caption naming the year a table covers. */
const YEAR_CAPTION = /((?:19|20)\d{2})年/
/** A caption is a short line: a sentence naming a year is prose. */
const CAPTION_LENGTH = 60
/** How far above a table's first line its caption may stand (a header takes four lines). */
const CAPTION_LINES = 8

/**
 * The first thing `read` finds in the short lines above line `start` (from `after` on), nearest first:
 * where a table's caption stands.
 */
export function captionAbove<T>(
  lines: DocumentLines,
  start: number,
  after: number,
  read: (compact: string) => T | undefined,
): T | undefined {
  for (let index = start - 1; index >= Math.max(after, start - CAPTION_LINES); index--) {
    const text = lines.compact(index)
    if (text.length > CAPTION_LENGTH) continue
    const found = read(text)
    if (found !== undefined) return found
  }
  return undefined
}

/** The year the nearest short line naming one above line `start` (from `after` on) names. */
export function captionYear(lines: DocumentLines, start: number, after: number): number | undefined {
  return captionAbove(lines, start, after, (text) => {
    const year = YEAR_CAPTION.exec(text)?.[1]
    return year === undefined ? undefined : Number(year)
  })
}
