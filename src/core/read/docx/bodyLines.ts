/**
 * document.xml body → SourceLines, the way the HTML reader renders a page: each paragraph is a line
 * (soft line breaks start new lines; tab stops separate cells, as in tab-separated text), and each row
 * of a data table is a line whose cells are the row's own cells, with their grid columns.
 */
import type { SourceLine } from '../../model/report'
import { collapseSpaces } from '../../text/normalize'
import type { ChunkLines } from './altChunks'
import { paragraphText } from './paragraphText'
import { NO_STYLES, type RunContext, type StyleSheet } from './styleSheet'
import { hasNestedTable, readWordTable, type WordCell } from './wordTable'
import { childElements, firstChild, type XmlElement } from './xmlTree'

/** Block-level elements that hold no text of the document body. */
const NOT_CONTENT = new Set(['w:sectpr', 'w:del', 'w:movefrom', 'mc:fallback', 'w:tblpr', 'w:tblgrid'])

/** A cell longer than this is prose (a page column), not a table value or label. */
const LAYOUT_CELL_LENGTH = 400

/** A cell's text: its paragraphs (and text boxes) in order, on one line. */
function cellText(cell: WordCell, styles: StyleSheet, table: RunContext['table']): string {
  const parts: string[] = []
  const visit = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (child.name === 'w:p') {
        const { text, textBoxes } = paragraphText(child, styles, table)
        parts.push(text)
        for (const box of textBoxes) visit(box)
      } else if (!NOT_CONTENT.has(child.name)) visit(child)
    }
  }
  visit(cell.content)
  // A cell's paragraphs, tabs and breaks are one line of text: "商业" ¶ "企业" still reads 商业企业 after compaction.
  return collapseSpaces(parts.join(' '))
}

class LineWriter {
  readonly lines: SourceLine[] = []

  /** The table whose cells are being read, for its style. */
  private currentTable: RunContext['table']

  constructor(
    private readonly chunkLines: ChunkLines,
    private readonly styles: StyleSheet,
  ) {}

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
    const { text, textBoxes } = paragraphText(paragraph, this.styles, this.currentTable)
    for (const line of text.split('\n')) {
      const cells = line
        .split('\t')
        .map(collapseSpaces)
        .filter((cell) => cell !== '')
      if (cells.length > 0) this.lines.push({ text: cells.join('\t'), cells })
    }
    for (const box of textBoxes) this.blocks(box)
  }

  private table(table: XmlElement): void {
    const outer = this.currentTable
    const properties = firstChild(table, 'w:tblpr')
    this.currentTable = { style: properties && firstChild(properties, 'w:tblstyle')?.attributes['w:val'] }
    this.rows(table)
    this.currentTable = outer
  }

  private rows(table: XmlElement): void {
    const rows = readWordTable(table)
    const texts = rows.map((row) => row.cells.map((cell) => cellText(cell, this.styles, this.currentTable)))
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
      for (const row of rows) for (const cell of row.cells) this.blocks(cell.content)
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
 * The lines of a parsed document.xml body; `chunkLines` reads the parts <w:altChunk> elements import and
 * `styles` is the package's style sheet (word/styles.xml).
 */
export function bodyLines(
  document: XmlElement,
  chunkLines: ChunkLines = () => [],
  styles: StyleSheet = NO_STYLES,
): SourceLine[] {
  const writer = new LineWriter(chunkLines, styles)
  writer.blocks(document)
  return writer.lines
}
