import { isNumberCell, isValueCell } from './cellText'
import {
  COLUMN_STEP,
  groupStart,
  isGroupLabel,
  labelLevel,
  pieceOf,
  type LabelPiece,
  type Row,
} from './groupLabels'
import { alignValues, tableColumns, type ColumnGuide, type PlacedCell } from './columns'
import { farLabelLine } from './farLabelLines'
import {
  addLabelRows,
  inLabelArea,
  isNumbered,
  LABEL_REACH,
  labelOwner,
  onlyLabelsBetween,
  overlaps,
} from './labelRows'
import { cellCenter, lineRight, type LayoutCell, type LayoutLine } from './layout'
import { isNoteLine } from './tableNotes'
import { addUnnumberedRows } from './unnumberedRows'

/*
 * Table rows out of a page's lines. A row is a line ending in value cells. Its label may be
 * wrapped over lines just above and below it (the digits are centred in the row, the label is
 * not); a merged label spanning several rows ("（三）不予公开", "三、本年度办理结果") sits at the
 * middle of its span and is moved to the first row it covers, as a cell before the row's own
 * label, the way a text or HTML copy of the table has it.
 */

/** A label-less line of values this close (in font sizes) to a row is the rest of that row. */
const SPLIT_ROW_REACH = 1.2
/** …and a line of values with an unnumbered label this close is a wrapped line of that row. */
const WRAPPED_ROW_REACH = 1.7
/** Blank marks a line needs, without a label or a number, to be a table row rather than prose ("——"). */
const MIN_LABELLESS_BLANKS = 3
/** Header lines are looked for this many row font sizes above a table's first row. */
const HEADER_REACH = 6

export interface PageRow {
  y: number
  cells: string[]
  /** The horizontal centre of each cell on the page (see SourceLine.cellCenters). */
  centers: number[]
}

function splitValues(line: LayoutLine): { labels: LayoutCell[]; values: LayoutCell[] } | undefined {
  if (isNoteLine(line)) return undefined
  let start = line.cells.length
  while (start > 0 && isValueCell((line.cells[start - 1] as LayoutCell).text)) start--
  const values = line.cells.slice(start)
  const numbers = values.filter((cell) => isNumberCell(cell.text)).length
  const labels = line.cells.slice(0, start)
  // A row of blank marks ("— — —") is a row without a label of its own when its label is wrapped over an
  // even number of lines, none on the marks' baseline.
  const blankRow = labels.length > 0 ? values.length >= 2 : values.length >= MIN_LABELLESS_BLANKS
  if (numbers === 0 && !blankRow) return undefined
  return { labels, values }
}

/** Pieces in reading order; a piece on a new text line continues the cell of its column. */
function labelCells(pieces: readonly LabelPiece[]): PlacedCell[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)
  const cells: { text: string; x: number; right: number }[] = []
  let lastY: number | undefined
  for (const piece of sorted) {
    const newLine = lastY !== undefined && Math.abs(lastY - piece.y) > 0.45 * piece.size
    const column = newLine
      ? ([...cells].reverse().find((cell) => cell.x <= piece.x + COLUMN_STEP * piece.size) ?? cells[0])
      : undefined
    if (column) {
      column.text += piece.text
      column.right = Math.max(column.right, piece.right)
    } else cells.push({ text: piece.text, x: piece.x, right: piece.right })
    lastY = piece.y
  }
  return cells.sort((a, b) => a.x - b.x).map((cell) => ({ text: cell.text, center: cellCenter(cell) }))
}

/** Rows of one page cut into tables at lines no row took: headers, prose, a label line out of every row's reach. */
function cutTables(
  lines: readonly LayoutLine[],
  rowOf: Map<LayoutLine, Row>,
  attached: Set<LayoutLine>,
): Row[][] {
  const tables: Row[][] = []
  let current: Row[] = []
  for (const line of lines) {
    const row = rowOf.get(line)
    if (row) current.push(row)
    else if (!attached.has(line) && current.length > 0) {
      tables.push(current)
      current = []
    }
  }
  if (current.length > 0) tables.push(current)
  return tables
}

function headerCells(lines: readonly LayoutLine[], rowOf: Map<LayoutLine, Row>, first: Row): LayoutCell[] {
  const reach = first.line.y + HEADER_REACH * first.line.size
  const start = lines.indexOf(first.line)
  const cells: LayoutCell[] = []
  for (let index = start - 1; index >= 0; index--) {
    const line = lines[index] as LayoutLine
    if (line.y > reach || rowOf.has(line)) break
    cells.push(...line.cells)
  }
  return cells
}

export interface PageTables {
  /** Every line of the page in order; table rows replaced by their assembled cells. */
  rows: PageRow[]
  /** The columns of the page's last table, for a table that continues on the next page. */
  lastColumns: ColumnGuide | undefined
}

function valuesCollide(a: readonly LayoutCell[], b: readonly LayoutCell[]): boolean {
  return a.some((cell) => b.some((other) => overlaps(cell, other)))
}

/** The label of a row continues another's when it has no outline marker and theirs has one. */
function continuesLabel(row: Row, other: Row): boolean {
  const own = row.pieces[0]
  const theirs = other.pieces[0]
  if (!own) return true
  if (!theirs || !isNumbered(theirs.text) || isNumbered(own.text)) return false
  return own.x >= theirs.x - COLUMN_STEP * own.size
}

/**
 * Table cells are aligned independently (top, centre), so one row's values can land on two
 * baselines: a line of values within reach of a row whose values sit in other columns is the
 * rest of that row when it has no label, or only a wrapped piece of that row's numbered label.
 */
function mergeSplitRows(rows: Row[], rowOf: Map<LayoutLine, Row>, attached: Set<LayoutLine>): Row[] {
  for (const row of [...rows]) {
    const index = rows.indexOf(row)
    const reach = (row.pieces.length === 0 ? SPLIT_ROW_REACH : WRAPPED_ROW_REACH) * row.line.size
    const partner = [rows[index - 1], rows[index + 1]]
      .filter((other): other is Row => other !== undefined && continuesLabel(row, other))
      .filter(
        (other) => Math.abs(other.line.y - row.line.y) <= reach && !valuesCollide(other.values, row.values),
      )
      .sort((a, b) => Math.abs(a.line.y - row.line.y) - Math.abs(b.line.y - row.line.y))[0]
    if (!partner) continue
    partner.values = [...partner.values, ...row.values].sort((a, b) => a.x - b.x)
    partner.baselines.push(...row.baselines)
    partner.pieces.push(...row.pieces.map((piece) => ({ ...piece, own: false })))
    rows.splice(index, 1)
    rowOf.delete(row.line)
    attached.add(row.line)
  }
  return rows
}

/**
 * The page's rows. `inherited`: the columns of the previous page's last table; `continuedOnNext`: the next
 * page opens inside this page's last table (opensWithItem).
 */
export function buildPageRows(
  lines: readonly LayoutLine[],
  inherited: ColumnGuide | undefined,
  continuedOnNext: boolean,
): PageTables {
  const rowOf = new Map<LayoutLine, Row>()
  for (const line of lines) {
    const split = splitValues(line)
    if (!split) continue
    const pieces = split.labels.map((cell) => pieceOf(cell, true))
    rowOf.set(line, { line, baselines: [line.y], values: split.values, pieces, groups: [] })
  }
  const attached = new Set<LayoutLine>()
  const split = mergeSplitRows([...rowOf.values()], rowOf, attached)
  const numbered = addLabelRows(lines, split, rowOf, {
    continuesTable: inherited !== undefined,
    continuedOnNext,
  })
  const rows = addUnnumberedRows(lines, numbered, rowOf)

  const ownerOf = new Map<LayoutLine, Row>()
  const attach = (line: LayoutLine, row: Row) => {
    row.pieces.push(...line.cells.map((cell) => pieceOf(cell, false)))
    // A label-only row's wrapped lines reach as far as its label does.
    if (row.values.length === 0) row.baselines.push(line.y)
    attached.add(line)
    ownerOf.set(line, row)
  }
  for (const line of lines) {
    const row = rowOf.has(line) ? undefined : labelOwner(rows, line)
    if (row) attach(line, row)
  }
  for (let far = farLabelLine(lines, rowOf, ownerOf); far; far = farLabelLine(lines, rowOf, ownerOf))
    attach(...far)

  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Row
    const groups = row.pieces.filter((piece) => isGroupLabel(piece, row))
    row.pieces = row.pieces.filter((piece) => !groups.includes(piece))
    for (const group of groups.sort((a, b) => (labelLevel(b) ?? 0) - (labelLevel(a) ?? 0))) {
      groupStart(rows, index, group).groups.push(group)
    }
  }

  const columnsOf = new Map<Row, ColumnGuide | undefined>()
  let lastColumns = inherited
  let previous: Row | undefined
  for (const table of cutTables(lines, rowOf, attached)) {
    const first = table[0] as Row
    // Cut only at label lines no row took (a label wrapped far from its digits): the table goes on, and
    // keeps its columns where its values fit them (else a row after the cut lost its blank cells).
    const continues =
      previous === undefined
        ? startsPage(lines, first, attached)
        : onlyLabelsBetween(lines, previous, first, rowOf)
    const columns = tableColumns(
      table.map((row) => row.values),
      headerCells(lines, rowOf, first),
      continues ? lastColumns : undefined,
      labelsRight(table),
      shownWhole(lines, table),
    )
    table.forEach((row) => columnsOf.set(row, columns))
    lastColumns = columns
    previous = table[table.length - 1]
  }

  const out: PageRow[] = []
  for (const line of lines) {
    if (attached.has(line)) continue
    const row = rowOf.get(line)
    if (!row) {
      out.push({ y: line.y, cells: line.cells.map((cell) => cell.text), centers: line.cells.map(cellCenter) })
      continue
    }
    const groups = [...row.groups]
      .sort((a, b) => a.x - b.x)
      .map((piece) => ({
        text: piece.text,
        center: cellCenter(piece),
      }))
    const cells = [...groups, ...labelCells(row.pieces), ...alignValues(row.values, columnsOf.get(row))]
    out.push({ y: line.y, cells: cells.map((cell) => cell.text), centers: cells.map((cell) => cell.center) })
  }
  return { rows: out, lastColumns }
}

/** Where the labels of a table's rows end, if they have any. */
function labelsRight(table: readonly Row[]): number | undefined {
  const rights = table.flatMap((row) => [...row.pieces, ...row.groups].map((piece) => piece.right))
  return rights.length > 0 ? Math.max(...rights) : undefined
}

/**
 * The table is one row of values without a label, and a line follows it on its page (表四's row under its
 * header): the row is all there. Values wrapped over lines (eight, then seven under fifteen leaves) are rows
 * of one table, and a row at a page's foot may go on at the next: there a column with no value may hold the
 * next line's number, not a blank.
 */
function shownWhole(lines: readonly LayoutLine[], table: readonly Row[]): boolean {
  const row = table[0]
  if (row === undefined || table.length !== 1 || labelsRight(table) !== undefined) return false
  return lines.indexOf(row.line) < lines.length - 1
}

/**
 * The page opens inside a table with a row's own numbered label: its first line of values has an item number
 * among the labels on its line ("3.其他", "（四）无法提供 1.本机关…"), or its label, wrapped around its digits,
 * opens above them with one ("4.保护第三方合法权" over "3 1 4", "益" under them); and every line above it
 * stays left of its values (labels of rows that print no digit, wrapped pieces). Digits alone, or under an
 * unnumbered piece of label, may be the rest of a row broken over the page.
 */
export function opensWithItem(lines: readonly LayoutLine[]): boolean {
  for (const [index, line] of lines.entries()) {
    const split = splitValues(line)
    if (split === undefined) continue
    const valueStart = (split.values[0] as LayoutCell).x
    const above = lines.slice(0, index)
    return (
      (split.labels.some((cell) => isNumbered(cell.text)) || opensAbove(above, line)) &&
      above.every((other) => lineRight(other) <= valueStart)
    )
  }
  return false
}

/**
 * The lines just above a line of values, each within a label's reach of the one below it (its label wrapped
 * over them), start with a numbered line: the row's label opens with its item number.
 */
function opensAbove(above: readonly LayoutLine[], values: LayoutLine): boolean {
  let first: LayoutLine | undefined
  let below = values
  for (const line of [...above].reverse()) {
    if (line.y - below.y > LABEL_REACH * values.size) break
    first = line
    below = line
  }
  return first !== undefined && isNumbered((first.cells[first.cells.length - 1] as LayoutCell).text)
}

/**
 * Only label pieces precede the table on its page: it may continue the previous page's. A line no row took
 * may be the first line of a label wrapped far above its digits ("1.申请人无正当理由" over three more lines).
 */
function startsPage(lines: readonly LayoutLine[], first: Row, attached: Set<LayoutLine>): boolean {
  return lines
    .slice(0, lines.indexOf(first.line))
    .every((line) => attached.has(line) || inLabelArea(line, first))
}
