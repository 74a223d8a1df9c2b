/**
 * document.xml body → SourceLines, the way the HTML reader renders a page: each paragraph is a line
 * (soft line breaks start new lines; tab stops separate cells, as in tab-separated text), and each row
 * of a data table is a line whose cells are the row's own cells, with their grid columns. Whether shading
 * lies behind a paragraph (of its cell, row or table, or a text box's fill) goes with it, for white text.
 * A cell's background is the topmost layer that fills it (shading.ts): its own w:shd, else its table
 * style's for the parts of the style it takes (tableLook.ts), else its row's or table's w:shd, else its
 * table style's table-wide shading, else what lies behind the table.
 */
import type { SourceLine } from '../../model/report'
import { collapseSpaces } from '../../text/normalize'
import type { ChunkLines } from './altChunks'
import { paragraphText } from './paragraphText'
import { propertiesFill } from './shading'
import { NO_STYLES, type RunContext, type StyleSheet } from './styleSheet'
import { conditionalParts, readTableLook, type BandSizes, type TableLook } from './tableLook'
import { bandSizesOf, cellFill, type TableStyleFormat } from './tableStyleFormat'
import { hasNestedTable, readWordTable, type WordCell, type WordRow } from './wordTable'
import { childElements, firstChild, type XmlElement } from './xmlTree'

/** Block-level elements that hold no text of the document body. */
const NOT_CONTENT = new Set(['w:sectpr', 'w:del', 'w:movefrom', 'mc:fallback', 'w:tblpr', 'w:tblgrid'])

/** A cell longer than this is prose (a page column), not a table value or label. */
const LAYOUT_CELL_LENGTH = 400

/** The table being read: its style, its w:tblLook, its bands' sizes, and what its own w:tblPr/w:shd fills. */
interface TableContext {
  style?: string
  format: TableStyleFormat
  look: TableLook
  sizes: BandSizes
  fill?: boolean
}

/** A cell's text: its paragraphs (and text boxes) in order, on one line. `painted`: shading lies behind it. */
function cellText(cell: WordCell, styles: StyleSheet, table: RunContext['table'], painted: boolean): string {
  const parts: string[] = []
  const visit = (element: XmlElement, behind: boolean): void => {
    for (const child of childElements(element)) {
      if (child.name === 'w:p') {
        const { text, textBoxes } = paragraphText(child, styles, table, behind)
        parts.push(text)
        // A text box without a fill of its own shows what lies behind it.
        for (const box of textBoxes) visit(box.content, box.fill ?? behind)
      } else if (!NOT_CONTENT.has(child.name)) visit(child, behind)
    }
  }
  visit(cell.content, painted)
  // A cell's paragraphs, tabs and breaks are one line of text: "商业" ¶ "企业" still reads 商业企业 after compaction.
  return collapseSpaces(parts.join(' '))
}

class LineWriter {
  readonly lines: SourceLine[] = []

  /** The table cell whose content is being read, for its table's style. */
  private currentTable: RunContext['table']

  constructor(
    private readonly chunkLines: ChunkLines,
    private readonly styles: StyleSheet,
    /** Shading lies behind the blocks being read (the page's background, a cell's, a text box's). */
    private painted: boolean,
  ) {}

  /** Reads `read` with shading behind it or not, as `painted` says of what is behind the blocks inside. */
  private over(painted: boolean, read: () => void): void {
    const outer = this.painted
    this.painted = painted
    read()
    this.painted = outer
  }

  blocks(element: XmlElement): void {
    for (const child of childElements(element)) {
      if (child.name === 'w:p') this.paragraph(child)
      else if (child.name === 'w:tbl') this.table(child)
      else if (child.name === 'w:altchunk')
        for (const line of this.chunkLines(child.attributes['r:id'] ?? '')) this.lines.push(line)
      else if (!NOT_CONTENT.has(child.name)) this.blocks(child)
    }
  }

  private paragraph(paragraph: XmlElement): void {
    const { text, textBoxes } = paragraphText(paragraph, this.styles, this.currentTable, this.painted)
    for (const line of text.split('\n')) {
      const cells = line
        .split('\t')
        .map(collapseSpaces)
        .filter((cell) => cell !== '')
      if (cells.length > 0) this.lines.push({ text: cells.join('\t'), cells })
    }
    for (const box of textBoxes) this.over(box.fill ?? this.painted, () => this.blocks(box.content))
  }

  private table(table: XmlElement): void {
    const properties = firstChild(table, 'w:tblpr')
    const style = properties && firstChild(properties, 'w:tblstyle')?.attributes['w:val']
    const format = this.styles.tableStyle(style)
    const look = readTableLook(properties)
    const bands = { ...format.bands, ...bandSizesOf(properties) }
    const sizes = { rows: bands.rows ?? 1, columns: bands.columns ?? 1 }
    this.rows(table, { style, format, look, sizes, fill: propertiesFill(properties) ?? format.tableFill })
  }

  private rows(table: XmlElement, context: TableContext): void {
    const rows = readWordTable(table)
    const cellContext = (row: WordRow, index: number, cell: WordCell) => {
      const place = { row: index, rows: rows.length, cell: cell.index, cells: row.cellCount }
      const parts = conditionalParts(context.look, place, context.sizes)
      const fill =
        propertiesFill(firstChild(cell.content, 'w:tcpr')) ??
        cellFill(context.format, parts) ??
        propertiesFill(row.exceptions) ??
        context.fill
      return { table: { style: context.style, parts }, painted: fill ?? this.painted }
    }
    const cells = rows.map((row, index) =>
      row.cells.map((cell) => ({ cell, ...cellContext(row, index, cell) })),
    )
    const texts = cells.map((row) =>
      row.map(({ cell, table, painted }) => cellText(cell, this.styles, table, painted)),
    )
    // One cell per row is a frame around text; a cell holding a table or an essay is page layout.
    const framed = rows.every((row) => row.cells.length <= 1)
    const layout =
      framed ||
      rows.some((row, index) =>
        row.cells.some(
          (cell, column) =>
            hasNestedTable(cell) || (texts[index]?.[column] ?? '').length > LAYOUT_CELL_LENGTH,
        ),
      )
    if (layout) {
      const outer = this.currentTable
      for (const { cell, table, painted } of cells.flat()) {
        this.currentTable = table
        this.over(painted, () => this.blocks(cell.content))
      }
      this.currentTable = outer
      return
    }
    rows.forEach((row, index) => {
      const cells = texts[index]
      if (cells === undefined || cells.length === 0) return
      this.lines.push({
        text: cells.join('\t'),
        cells,
        gridColumns: row.cells.map((cell) => cell.gridColumn),
      })
    })
  }
}

/**
 * The lines of a parsed document.xml body; `chunkLines` reads the parts <w:altChunk> elements import,
 * `styles` is the package's style sheet (word/styles.xml) and `painted` says that the page has a
 * background colour (w:background) other than white.
 */
export function bodyLines(
  document: XmlElement,
  chunkLines: ChunkLines = () => [],
  styles: StyleSheet = NO_STYLES,
  painted = false,
): SourceLine[] {
  const writer = new LineWriter(chunkLines, styles, painted)
  writer.blocks(document)
  return writer.lines
}
