/**
 * Where a line's cells stand on its table's grid, or a PDF's cells on their page, for reading an order from
 * header cells: only cells whose places line up from one line to the next can say which number stands under
 * which header.
 */
import type { SourceLine } from '../model/report'
import type { DocumentLines } from './documentLines'

const byIndex = (at: number) => at

/**
 * The grid column of each cell of `line`, by index: the index itself in tab-separated text, the resolved
 * column in HTML and Word tables; undefined for PDF and markdown lines and text without tabs, whose pieces
 * do not line up with another line's.
 */
export function gridOf(line: SourceLine): ((at: number) => number) | undefined {
  const { cells, gridColumns } = line
  if (cells === undefined) return line.text.includes('\t') ? byIndex : undefined
  return gridColumns === undefined ? undefined : (at) => gridColumns[at] ?? at
}

/** The grid column of cell `cell` of line `line` (see gridOf). */
export function gridColumnOf(lines: DocumentLines, line: number, cell: number): number | undefined {
  const source = lines.document.lines[line]
  return source === undefined ? undefined : gridOf(source)?.(cell)
}

/** Whether an order read from a header is the template's own. */
export function inTemplateOrder<T>(order: readonly T[], template: readonly T[]): boolean {
  return order.length === template.length && order.every((item, at) => item === template[at])
}

/** Header names whose centres on a PDF page are closer than this (PDF units) stand in one column. */
const SAME_PLACE = 1

/**
 * `items` left to right by where each stands on the page (`placeOf`, a PDF cell's centre), when every two
 * stand apart; undefined when two stand in one column, which gives no order between them.
 */
export function leftToRight<T>(items: readonly T[], placeOf: (item: T) => number): T[] | undefined {
  const order = [...items].sort((a, b) => placeOf(a) - placeOf(b))
  const apart = order.every(
    (item, at) => at === 0 || placeOf(item) - placeOf(order[at - 1] ?? item) >= SAME_PLACE,
  )
  return apart ? order : undefined
}
