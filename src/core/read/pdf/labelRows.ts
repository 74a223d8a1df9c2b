import { outlineLevel } from './cellText'
import type { LabelPiece, Row } from './groupLabels'
import { lineRight, type LayoutCell, type LayoutLine } from './layout'

/*
 * Rows that print no digit at all (every cell blank, 0 left empty) have only their label on the page. Such a
 * label starts with its own item number ("2.", "（三）", "四、"), so it is never a wrapped piece of a
 * neighbour's numbered label ("1.属于国家秘密" + "2.其他法律…" read as one label gave 2.'s row's numbers to
 * another row by keyword): inside a table it is a row of its own, which takes the table's columns (blank)
 * and its own wrapped lines, and the table goes on past it. At the foot of a page it has no row below it: it is
 * a row when the table goes on at the top of the next page with a row's own numbered label, and only its own
 * wrapped lines follow it. Digits alone at the next page's top would be a row broken over the page, its label
 * left at this page's foot: that label stays no row.
 */

/** A label line belongs to the nearest row within this many of its font sizes. */
export const LABEL_REACH = 1.6

type Extent = Pick<LayoutCell, 'x' | 'right'>

function overlaps(a: Extent, b: Extent): boolean {
  return a.x < b.right && b.x < a.right
}

function isNumbered(text: string): boolean {
  return outlineLevel(text) !== undefined
}

/** The row already has a numbered label where one of the line's numbered cells stands: two items. */
function holdsOtherItem(row: Row, line: LayoutLine): boolean {
  const numbered = line.cells.filter((cell) => isNumbered(cell.text))
  return row.pieces.some((piece) => isNumbered(piece.text) && numbered.some((cell) => overlaps(piece, cell)))
}

/** The line stands above the row's own label, which opens with its item number: nothing comes before it. */
function precedesItemStart(row: Row, line: LayoutLine): boolean {
  if (line.y <= row.line.y) return false
  return row.pieces.some(
    (piece) => piece.own && isNumbered(piece.text) && line.cells.some((cell) => overlaps(piece, cell)),
  )
}

function distance(row: Row, line: LayoutLine): number {
  return Math.min(...row.baselines.map((y) => Math.abs(y - line.y)))
}

/** Rows within reach of a label line, nearest first. */
function rowsInReach(rows: readonly Row[], line: LayoutLine): Row[] {
  return rows
    .filter((row) => distance(row, line) <= LABEL_REACH * line.size)
    .sort((a, b) => distance(a, line) - distance(b, line))
}

/** The label area of a row is left of its first value (of its table's, for a row without values). */
export function inLabelArea(line: LayoutLine, row: Row): boolean {
  const valueStart = row.values[0]?.x ?? row.valueStart
  return valueStart !== undefined && lineRight(line) <= valueStart
}

/**
 * The row a label line is a piece of: the nearest in reach, passing over one it cannot belong to (another
 * item's label, or above a label that opens with its number); none when the nearest it may join has its
 * values left of the line (a header or prose, not a label).
 */
export function labelOwner(rows: readonly Row[], line: LayoutLine): Row | undefined {
  for (const row of rowsInReach(rows, line)) {
    if (holdsOtherItem(row, line) || precedesItemStart(row, line)) continue
    return inLabelArea(line, row) ? row : undefined
  }
  return undefined
}

/** Where a page stands in a table: it starts inside one, or one runs on from its foot to the next page. */
export interface TableEdges {
  /** The page starts inside the previous page's table. */
  continuesTable: boolean
  /** The next page starts inside this page's last table, with a row's own numbered label. */
  continuedOnNext: boolean
}

/** The value rows around a label line, and the one below it if any (the row whose label it may precede). */
interface Enclosing {
  rows: Row[]
  below: Row | undefined
}

/**
 * The value rows just above and below the line, when every line between them stays in their label area; at
 * the top of a page that continues a table, the row below alone, when every line above it does; at the foot
 * of a page whose table goes on, the row above alone, when every line below it stays in its label area.
 */
function enclosingRows(
  lines: readonly LayoutLine[],
  at: number,
  rowOf: ReadonlyMap<LayoutLine, Row>,
  edges: TableEdges,
): Enclosing | undefined {
  let above: Row | undefined
  let below: Row | undefined
  for (let index = at - 1; index >= 0 && above === undefined; index--)
    above = rowOf.get(lines[index] as LayoutLine)
  for (let index = at + 1; index < lines.length && below === undefined; index++)
    below = rowOf.get(lines[index] as LayoutLine)
  if (below === undefined) {
    if (above === undefined || !edges.continuedOnNext) return undefined
    const after = lines.slice(lines.indexOf(above.line) + 1)
    return after.every((line) => inLabelArea(line, above)) ? { rows: [above], below } : undefined
  }
  if (above === undefined) {
    const before = lines.slice(0, lines.indexOf(below.line))
    return edges.continuesTable && before.every((line) => inLabelArea(line, below))
      ? { rows: [below], below }
      : undefined
  }
  return onlyLabelsBetween(lines, above, below, rowOf) ? { rows: [above, below], below } : undefined
}

/** Every line between two rows is a row or stays in both rows' label area: no header or prose parts them. */
export function onlyLabelsBetween(
  lines: readonly LayoutLine[],
  above: Row,
  below: Row,
  rowOf: ReadonlyMap<LayoutLine, Row>,
): boolean {
  return lines
    .slice(lines.indexOf(above.line) + 1, lines.indexOf(below.line))
    .every((line) => rowOf.has(line) || (inLabelArea(line, above) && inLabelArea(line, below)))
}

/**
 * Its numbered cell stands in the column of the labels of the rows around it: an item of theirs, not a
 * merged group label in a column further out ("（六）其他处理" between its rows).
 */
function inItemColumn(line: LayoutLine, around: readonly Row[]): boolean {
  const pieces: LabelPiece[] = around.flatMap((row) => row.pieces)
  return line.cells.some((cell) => isNumbered(cell.text) && pieces.some((piece) => overlaps(piece, cell)))
}

/**
 * Label-only rows of a page's tables, added to `rowOf` and to the rows (kept top to bottom): a line inside
 * a table with a numbered label in its rows' label column that no row in reach can take as a piece of its
 * own label. `edges`: whether the page starts inside a table, and whether its last table goes on at the next page.
 */
export function addLabelRows(
  lines: readonly LayoutLine[],
  rows: Row[],
  rowOf: Map<LayoutLine, Row>,
  edges: TableEdges,
): Row[] {
  const found: Row[] = []
  lines.forEach((line, at) => {
    if (rowOf.has(line) || !line.cells.some((cell) => isNumbered(cell.text))) return
    const around = enclosingRows(lines, at, rowOf, edges)
    if (around === undefined || !inItemColumn(line, around.rows)) return
    // Not the start of the next row's label (its own line opens with its number), nor a piece of another.
    if (around.below !== undefined && !precedesItemStart(around.below, line)) return
    const near = rowsInReach(rows, line)[0]
    if (near !== undefined && !holdsOtherItem(near, line)) return
    const valueStart = Math.min(...around.rows.map((row) => (row.values[0] as LayoutCell).x))
    const pieces = line.cells.map((cell) => ({ ...cell, own: true }))
    found.push({ line, baselines: [line.y], values: [], pieces, groups: [], valueStart })
  })
  for (const row of found) rowOf.set(row.line, row)
  return [...rows, ...found].sort((a, b) => b.line.y - a.line.y)
}
