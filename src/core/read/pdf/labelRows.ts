import { APPLICATION_ROW_LABELS } from '../../model/labels'
import { outlineLevel, squeeze } from './cellText'
import { pieceOf, type LabelPiece, type Row } from './groupLabels'
import { lineRight, lineText, type LayoutCell, type LayoutLine } from './layout'
import { isNoteLine } from './tableNotes'

/*
 * Rows that print no digit at all (every cell blank, 0 left empty) have only their label on the page. Such a
 * label starts with its own item number ("2.", "（三）", "四、"), so it is never a wrapped piece of a
 * neighbour's numbered label ("1.属于国家秘密" + "2.其他法律…" read as one label gave 2.'s row's numbers to
 * another row by keyword): inside a table it is a row of its own, which takes the table's columns (blank)
 * and its own wrapped lines, and the table goes on past it. At the foot of a page it has no row below it: it is
 * a row when the table goes on at the top of the next page with a row's own numbered label, and only its own
 * wrapped lines follow it. Digits alone at the next page's top would be a row broken over the page, its label
 * left at this page's foot: that label stays no row. Under a table's last row, where the table ends, only 表三's
 * own last row, 四、结转下年度继续办理, is one (closingRow).
 */

/** A label line belongs to the nearest row within this many of its font sizes. */
export const LABEL_REACH = 1.6

type Extent = Pick<LayoutCell, 'x' | 'right'>

export function overlaps(a: Extent, b: Extent): boolean {
  return a.x < b.right && b.x < a.right
}

export function isNumbered(text: string): boolean {
  return outlineLevel(text) !== undefined
}

/** The row already has a numbered label where one of the line's numbered cells stands: two items. */
export function holdsOtherItem(row: Row, line: LayoutLine): boolean {
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

/** Whether a row's baselines come within a label's reach of the line. */
export function inReach(row: Row, line: LayoutLine): boolean {
  return distance(row, line) <= LABEL_REACH * line.size
}

/** Rows within reach of a label line, nearest first; each row's distance worked out once. */
function rowsInReach(rows: readonly Row[], line: LayoutLine): Row[] {
  return rows
    .map((row) => ({ row, away: distance(row, line) }))
    .filter(({ away }) => away <= LABEL_REACH * line.size)
    .sort((a, b) => a.away - b.away)
    .map(({ row }) => row)
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
  if (isNoteLine(line)) return undefined
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

/** The first row going up (`step` -1) or down (1) from the line at `at`. */
function nearestRow(
  lines: readonly LayoutLine[],
  at: number,
  rowOf: ReadonlyMap<LayoutLine, Row>,
  step: -1 | 1,
): Row | undefined {
  for (let index = at + step; index >= 0 && index < lines.length; index += step) {
    const row = rowOf.get(lines[index] as LayoutLine)
    if (row !== undefined) return row
  }
  return undefined
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
  const above = nearestRow(lines, at, rowOf, -1)
  const below = nearestRow(lines, at, rowOf, 1)
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
 * The lines each row would take as wrapped pieces of its label, before label-only rows are known: a label
 * wrapped around its row's digits (none of it on their baseline) is no piece of the row until then, yet it
 * is what shows the row's label column and where its item starts.
 */
function wrappedLabelLines(
  lines: readonly LayoutLine[],
  rows: readonly Row[],
  rowOf: ReadonlyMap<LayoutLine, Row>,
): Map<Row, LayoutLine[]> {
  // Drafts, so that the rows themselves take their pieces once, when label-only rows are in place.
  const drafts = rows.map((row) => ({ ...row, pieces: [...row.pieces] }))
  const wrapped = new Map<Row, LayoutLine[]>()
  for (const line of lines) {
    if (rowOf.has(line)) continue
    const draft = labelOwner(drafts, line)
    if (draft === undefined) continue
    draft.pieces.push(...line.cells.map((cell) => pieceOf(cell, false)))
    const row = rows[drafts.indexOf(draft)] as Row
    wrapped.set(row, [...(wrapped.get(row) ?? []), line])
  }
  return wrapped
}

/** The line and the unnumbered lines right under it, no row's: the line's label with its wrapped rest. */
function labelWithRest(
  lines: readonly LayoutLine[],
  at: number,
  rowOf: ReadonlyMap<LayoutLine, Row>,
): LayoutLine[] {
  const label = [lines[at] as LayoutLine]
  for (const line of lines.slice(at + 1)) {
    if (rowOf.has(line) || isNoteLine(line) || line.cells.some((cell) => isNumbered(cell.text))) break
    label.push(line)
  }
  return label
}

/** 表三's last row in both templates. */
const CLOSING_ROW_LABEL = squeeze(APPLICATION_ROW_LABELS.carriedForward)

/**
 * The line opens the label of 表三's last row, 四、结转下年度继续办理, printed blank under the table's last row
 * of values: only lines in that row's label area stand between them, and the table has ended under the label
 * (a line follows on the page that is no row: the heading of section 四, a note). Known by the template's
 * words, since a heading numbered like a row ("四、政府信息公开行政复议、行政诉讼情况" right under 表三) may stand
 * just where a row's label would; with nothing under it on the page, its digits may open the next.
 */
function closingRow(
  lines: readonly LayoutLine[],
  at: number,
  rowOf: ReadonlyMap<LayoutLine, Row>,
): Enclosing | undefined {
  const label = labelWithRest(lines, at, rowOf)
  if (squeeze(label.map(lineText).join('')) !== CLOSING_ROW_LABEL) return undefined
  const after = lines[at + label.length]
  if (after === undefined || rowOf.has(after)) return undefined
  const above = nearestRow(lines, at, rowOf, -1)
  if (above === undefined) return undefined
  const between = lines.slice(lines.indexOf(above.line) + 1, at + label.length)
  return between.every((line) => inLabelArea(line, above)) ? { rows: [above], below: undefined } : undefined
}

/** The row with the wrapped lines of its label as pieces, but for the lines of the label in question. */
function withWrappedLabel(
  row: Row,
  wrapped: ReadonlyMap<Row, LayoutLine[]>,
  label: readonly LayoutLine[],
): Row {
  const others = (wrapped.get(row) ?? []).filter((line) => !label.includes(line))
  const pieces = others.flatMap((line) => line.cells.map((cell) => pieceOf(cell, false)))
  return { ...row, pieces: [...row.pieces, ...pieces] }
}

/** The row's label opens in the line's column, below it, with its item number: nothing of it comes before. */
function precedesLabelStart(row: Row, line: LayoutLine): boolean {
  const column = row.pieces.filter((piece) => line.cells.some((cell) => overlaps(piece, cell)))
  const first = column.sort((a, b) => b.y - a.y)[0]
  return first !== undefined && first.y < line.y && isNumbered(first.text)
}

/**
 * Another item of the line's level opens in its column between it and the row below: the row's label starts
 * there at the latest (a label holds one item number), so the line is not its start ("5.要求行政" and
 * "1.申请人无" over "2.申请人逾", whose label, wrapped six characters a line, starts out of its digits' reach).
 */
function itemBetween(lines: readonly LayoutLine[], at: number, below: Row): boolean {
  const item = (lines[at] as LayoutLine).cells.find((cell) => isNumbered(cell.text))
  if (item === undefined) return false
  const level = outlineLevel(item.text)
  return lines
    .slice(at + 1, lines.indexOf(below.line))
    .some((line) => line.cells.some((cell) => outlineLevel(cell.text) === level && overlaps(cell, item)))
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
  const wrapped = wrappedLabelLines(lines, rows, rowOf)
  const found: Row[] = []
  lines.forEach((line, at) => {
    if (rowOf.has(line) || !line.cells.some((cell) => isNumbered(cell.text))) return
    const around = enclosingRows(lines, at, rowOf, edges) ?? closingRow(lines, at, rowOf)
    if (around === undefined) return
    // The rows' labels as they stand once wrapped lines are attached, this label's own lines left out.
    const label = labelWithRest(lines, at, rowOf)
    const labelled = (row: Row) => withWrappedLabel(row, wrapped, label)
    if (!inItemColumn(line, around.rows.map(labelled))) return
    // Not the start of the next row's label (its own line opens with its number, or another item opens between
    // them), nor a piece of another.
    const below = around.below
    if (
      below !== undefined &&
      !precedesItemStart(below, line) &&
      !precedesLabelStart(labelled(below), line) &&
      !itemBetween(lines, at, below)
    )
      return
    const near = rowsInReach(rows, line)[0]
    if (near !== undefined && !holdsOtherItem(labelled(near), line)) return
    const valueStart = Math.min(...around.rows.map((row) => (row.values[0] as LayoutCell).x))
    const pieces = line.cells.map((cell) => pieceOf(cell, true))
    found.push({ line, baselines: [line.y], values: [], pieces, groups: [], valueStart })
  })
  for (const row of found) rowOf.set(row.line, row)
  return [...rows, ...found].sort((a, b) => b.line.y - a.line.y)
}
