/**
 * Page flow → SourceLines. Running text becomes one line per block; a data table becomes one line per
 * <tr> whose cells are that row's own cells (like tab-separated text). A layout table — one that holds
 * other tables or whole articles — is not data: its cells are read as running text. A table of one column
 * that is all a cell holds (a number wrapped in a table of its own, as some editors write a cell) is that
 * cell's text, its rows one after another as the page stacks them, so the outer table stays a data table. A table the page hides
 * (kept because it holds a table) is left out when the page shows a copy of it: an older version kept
 * hidden before the current one must not be read in its place.
 */
import type { SourceLine } from '../../model/report'
import { collapseSpaces } from '../../text/normalize'
import type { CellNode, FlowItem, TableNode } from './flow'
import { resolveGrid } from './tableGrid'

/** A cell longer than this is prose (a page column), not a table value or label. */
const LAYOUT_CELL_LENGTH = 400
/** Longer cells in a table of one column make it no cell's content but text of its own. */
const SHORT_CELL_LENGTH = 40

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
/**
 * A source line break between two CJK characters is not a space (CSS Text segment-break rule); Word
 * wraps its HTML mid-sentence, so "信息\r\n公开" must read "信息公开".
 */
const CJK_SEGMENT_BREAK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n[ \\t\\r\\n]*(?=[${CJK}])`, 'g')

/** The visible text of a run: segment breaks resolved, whitespace collapsed, NFKC-normalised. */
export function finishText(raw: string): string {
  return collapseSpaces(raw.includes('\n') ? raw.replace(CJK_SEGMENT_BREAK, '$1') : raw)
}

/** A cell's text content on one line: its paragraphs, <br>s and the rows of a table of one column in it become spaces. */
function cellText(cell: CellNode): string {
  let raw = ''
  for (const item of cell.content) {
    if (item.kind === 'text') raw += item.text
    else if (item.kind === 'break') raw += ' '
    else if (holdsOnlyColumn(cell)) raw += ` ${columnText(item.table)} `
  }
  return finishText(raw)
}

/** Whether the cell holds nothing but one table of one column (and blank text around it). */
function holdsOnlyColumn(cell: CellNode): boolean {
  const tables = cell.content.filter((item) => item.kind === 'table')
  const table = tables[0]?.table
  if (tables.length !== 1 || table === undefined || !isColumnInCell(table)) return false
  return cell.content.every((item) => item.kind !== 'text' || item.text.trim() === '')
}

/** A shown table of one column holding no table, of short cells: a cell's content drawn in a table. */
function isColumnInCell(table: TableNode): boolean {
  if (table.hidden === true || table.before.length > 0) return false
  return table.rows.every(
    (row) =>
      row.cells.length <= 1 &&
      row.cells.every(
        (cell) =>
          cell.colspan === 1 &&
          cell.content.every((item) => item.kind !== 'table') &&
          cellText(cell).length <= SHORT_CELL_LENGTH,
      ),
  )
}

/** The text of a table of one column in a cell, its rows apart. */
function columnText(table: TableNode): string {
  return table.rows.flatMap((row) => row.cells.map(cellText)).join(' ')
}

/**
 * Layout, not data: it holds another table, has a single column, or at least half its rows carry a
 * page-sized cell (a data table with one long footnote row stays a data table).
 */
function isLayoutTable(table: TableNode, width: number): boolean {
  if (width <= 1) return true
  let proseRows = 0
  for (const row of table.rows) {
    const holdsTable = (cell: CellNode) =>
      !holdsOnlyColumn(cell) && cell.content.some((item) => item.kind === 'table')
    if (row.cells.some(holdsTable)) return true
    if (row.cells.some((cell) => cellText(cell).length > LAYOUT_CELL_LENGTH)) proseRows++
  }
  return proseRows > 0 && proseRows * 2 >= table.rows.length
}

/** A table's text with every number masked: a copy with other numbers has the same one. */
function copySignature(table: TableNode): string {
  return table.rows
    .map((row) => row.cells.map((cell) => cellText(cell).replace(/\d+(?:[.,]\d+)*/g, '#')).join('\t'))
    .join('\n')
}

/** Signatures of the tables the page shows, at any depth. */
function visibleSignatures(items: FlowItem[], into = new Set<string>()): Set<string> {
  for (const item of items) {
    if (item.kind !== 'table') continue
    const { table } = item
    if (table.hidden !== true) into.add(copySignature(table))
    visibleSignatures(table.before, into)
    for (const row of table.rows) for (const cell of row.cells) visibleSignatures(cell.content, into)
  }
  return into
}

/** A table with words in it, not only numbers: an all-number table is no evidence of a copy. */
const HAS_WORDS = /\p{L}/u

class LineWriter {
  readonly lines: SourceLine[] = []
  private pending = ''

  /** The shown tables' signatures, worked out when a hidden table asks: most pages have none. */
  private visibleCopies: Set<string> | undefined

  constructor(private readonly body: FlowItem[]) {}

  flush(): void {
    const text = finishText(this.pending)
    this.pending = ''
    if (text !== '') this.lines.push({ text, cells: [text] })
  }

  flow(items: FlowItem[]): void {
    for (const item of items) {
      if (item.kind === 'text') this.pending += item.text
      else if (item.kind === 'break') this.flush()
      else {
        this.flush()
        this.table(item.table)
      }
    }
    this.flush()
  }

  private table(table: TableNode): void {
    if (table.hidden === true) {
      const signature = copySignature(table)
      this.visibleCopies ??= visibleSignatures(this.body)
      if (HAS_WORDS.test(signature) && this.visibleCopies.has(signature)) return
    }
    this.flow(table.before)
    const grid = resolveGrid(table)
    if (isLayoutTable(table, grid.width)) {
      for (const row of table.rows) for (const cell of row.cells) this.flow(cell.content)
      return
    }
    table.rows.forEach((row, index) => {
      if (row.cells.length === 0) return
      const cells = row.cells.map(cellText)
      this.lines.push({ text: cells.join('\t'), cells, gridColumns: grid.columns[index] ?? [] })
    })
  }
}

export function renderLines(body: FlowItem[]): SourceLine[] {
  const writer = new LineWriter(body)
  writer.flow(body)
  return writer.lines
}
