import { COLUMN_STEP, pieceOf, type Row } from './groupLabels'
import { inReach, isNumbered } from './labelRows'
import { cellCenter, lineRight, type LayoutCell, type LayoutLine } from './layout'
import { isNoteLine } from './tableNotes'

/*
 * A row of a table whose labels carry no item number (表二's 规章, 行政规范性文件) printed blank, every 0 left
 * empty, is its label alone on the line. In a numbered table an unnumbered line is a wrapped piece of a
 * label, so such a line is a row only where nothing else can read it: out of every row's reach (no wrapped
 * piece), every label around it unnumbered, its own centred in their column and left of their values, right
 * under the table's header or one of its rows (or another such line), and right over another row or a
 * heading left of the values (the table has ended).
 */

type Extent = Pick<LayoutCell, 'x' | 'right'>

function centredOver(cell: LayoutCell, other: Extent): boolean {
  return Math.abs(cellCenter(cell) - cellCenter(other)) <= COLUMN_STEP * cell.size
}

/** The row's label when it is one unnumbered cell on the row's own line. */
function unnumberedLabel(row: Row): Extent | undefined {
  const own = row.pieces.filter((piece) => piece.own)
  if (own.length !== 1 || row.pieces.some((piece) => isNumbered(piece.text))) return undefined
  return own[0]
}

/** Where the values start under the line above: a row of the table, or its header over label and values. */
function valuesBelow(
  above: LayoutLine | undefined,
  label: LayoutCell,
  rowOf: ReadonlyMap<LayoutLine, Row>,
): number | undefined {
  if (above === undefined) return undefined
  const row = rowOf.get(above)
  if (row !== undefined) {
    const theirs = unnumberedLabel(row)
    return theirs && centredOver(label, theirs) ? (row.values[0]?.x ?? row.valueStart) : undefined
  }
  const [first, second] = above.cells
  return first && second && centredOver(label, first) ? second.x : undefined
}

/**
 * The line below is a row of the table with its label in the column, or a line left of the values and out
 * of that column: the table has ended at a heading ("第二十条第（五）项"). A line under a heading-like lone
 * line that spans the values is a header: the lone line is that table's title, not a row.
 */
function endsOrGoesOn(
  below: LayoutLine | undefined,
  label: LayoutCell,
  valueStart: number,
  rowOf: ReadonlyMap<LayoutLine, Row>,
): boolean {
  if (below === undefined) return false
  const row = rowOf.get(below)
  if (row !== undefined) {
    const theirs = unnumberedLabel(row)
    return theirs !== undefined && centredOver(label, theirs)
  }
  const first = below.cells[0]
  return first !== undefined && !centredOver(label, first) && lineRight(below) <= valueStart
}

/** A lone unnumbered label, out of every row's reach: no wrapped piece of a row's label. */
function loneLabel(line: LayoutLine, rows: readonly Row[], rowOf: ReadonlyMap<LayoutLine, Row>): boolean {
  const label = line.cells[0]
  return (
    !rowOf.has(line) &&
    !isNoteLine(line) &&
    line.cells.length === 1 &&
    label !== undefined &&
    !isNumbered(label.text) &&
    !rows.some((row) => inReach(row, line))
  )
}

/**
 * Label-only rows of unnumbered tables, added to `rowOf` and the rows (kept top to bottom): each run of lone
 * labels in one column right under a header or row of the table (several rows printed blank, one under the
 * other), when the line after the run goes on with the table or leaves its label column.
 */
export function addUnnumberedRows(
  lines: readonly LayoutLine[],
  rows: Row[],
  rowOf: Map<LayoutLine, Row>,
): Row[] {
  const found: Row[] = []
  for (let at = 0; at < lines.length; at++) {
    const first = lines[at] as LayoutLine
    if (!loneLabel(first, rows, rowOf)) continue
    const label = first.cells[0] as LayoutCell
    const valueStart = valuesBelow(lines[at - 1], label, rowOf)
    if (valueStart === undefined) continue
    let end = at
    while (end < lines.length && loneLabel(lines[end] as LayoutLine, rows, rowOf)) {
      const next = lines[end] as LayoutLine
      if (!centredOver(label, next.cells[0] as LayoutCell) || lineRight(next) > valueStart) break
      end++
    }
    if (end === at || !endsOrGoesOn(lines[end], label, valueStart, rowOf)) continue
    for (const line of lines.slice(at, end)) {
      const row: Row = {
        line,
        baselines: [line.y],
        values: [],
        pieces: [pieceOf(line.cells[0] as LayoutCell, true)],
        groups: [],
        valueStart,
      }
      rowOf.set(line, row)
      found.push(row)
    }
    at = end - 1
  }
  return [...rows, ...found].sort((a, b) => b.line.y - a.line.y)
}
