import type { Row } from './groupLabels'
import { holdsOtherItem, inLabelArea, isNumbered, LABEL_REACH, overlaps } from './labelRows'
import type { LayoutLine } from './layout'
import { isNoteLine } from './tableNotes'

/*
 * A label wrapped over four lines or more around its row's digits ("1.申请人无正当理由 / 逾期不补正、行政机关 /
 * 不再处理其政府信息公 / 开申请", the digits between the second and third) has its first and last lines out of
 * the row's reach (LABEL_REACH). Left alone, the first line stood as text of its own and the last was read
 * into the next row's label. They chain on to the wrapped lines the row took: a line right above or below
 * one of them, within a label's reach of it, in its column and in the row's label area, is the label's
 * too — above, only the label's numbered first line, while the row has no item number in its column; below, only an
 * unnumbered rest.
 */

function chains(line: LayoutLine, wrapped: LayoutLine, row: Row): boolean {
  return (
    Math.abs(line.y - wrapped.y) <= LABEL_REACH * line.size &&
    line.cells.some((cell) => wrapped.cells.some((other) => overlaps(cell, other))) &&
    inLabelArea(line, row)
  )
}

function opensLabel(line: LayoutLine, row: Row): boolean {
  const first = line.cells[0]
  return first !== undefined && isNumbered(first.text) && !holdsOtherItem(row, line)
}

/**
 * The next line no row took that chains on to a wrapped label line of `ownerOf` (wrapped line → its row),
 * with the row it belongs to.
 */
export function farLabelLine(
  lines: readonly LayoutLine[],
  rowOf: ReadonlyMap<LayoutLine, Row>,
  ownerOf: ReadonlyMap<LayoutLine, Row>,
): [LayoutLine, Row] | undefined {
  for (const [index, line] of lines.entries()) {
    if (rowOf.has(line) || ownerOf.has(line) || isNoteLine(line)) continue
    const above = lines[index - 1]
    const below = lines[index + 1]
    const upper = above && ownerOf.get(above)
    if (above && upper && !line.cells.some((cell) => isNumbered(cell.text)) && chains(line, above, upper))
      return [line, upper]
    const lower = below && ownerOf.get(below)
    if (below && lower && opensLabel(line, lower) && chains(line, below, lower)) return [line, lower]
  }
  return undefined
}
