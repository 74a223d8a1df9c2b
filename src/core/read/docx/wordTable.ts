/**
 * A <w:tbl> as rows of cells on the table grid. Horizontal merges are one cell with w:gridSpan (or, in
 * old files, w:hMerge continuation cells); vertical merges repeat an empty cell marked
 * <w:vMerge/> (continue) under the <w:vMerge w:val="restart"/> cell that holds the text. Continuation
 * cells are not cells of their row, as in an HTML table with rowspan/colspan.
 */
import { childElements, firstChild, type XmlElement } from './xmlTree'

export interface WordCell {
  /** 0-based grid column the cell starts at. */
  gridColumn: number
  gridSpan: number
  /** The cell's index among its row's w:tc, continuation cells counted: its place for table style parts. */
  index: number
  /** The block content of the cell: paragraphs and nested tables. */
  content: XmlElement
}

export interface WordRow {
  cells: WordCell[]
  /** How many w:tc the row has, continuation cells counted. */
  cellCount: number
  /** The row's table property exceptions (w:tblPrEx), which may shade it. */
  exceptions?: XmlElement
}

/** Report tables have at most 15 grid columns; a malformed span must not make the grid huge. */
const MAX_SPAN = 1000

/** Elements that only wrap rows or cells (content controls, custom XML, tracked insertions). */
const WRAPPERS = new Set(['w:sdt', 'w:sdtcontent', 'w:customxml', 'w:ins', 'w:moveto', 'w:smarttag'])

function positiveInteger(element: XmlElement | undefined, fallback: number): number {
  const value = Number.parseInt(element?.attributes['w:val'] ?? '', 10)
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_SPAN) : fallback
}

/** Direct children named `name`, looking through wrapper elements (never into nested tables). */
function unwrapped(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child)
    else if (WRAPPERS.has(child.name)) found.push(...unwrapped(child, name))
  }
  return found
}

function isContinuation(properties: XmlElement | undefined): boolean {
  if (!properties) return false
  const vMerge = firstChild(properties, 'w:vmerge')
  if (vMerge && vMerge.attributes['w:val'] !== 'restart') return true
  const hMerge = firstChild(properties, 'w:hmerge')
  return hMerge !== undefined && hMerge.attributes['w:val'] !== 'restart'
}

function readRow(row: XmlElement): WordRow {
  const rowProperties = firstChild(row, 'w:trpr')
  let column = positiveInteger(rowProperties && firstChild(rowProperties, 'w:gridbefore'), 0)
  const cells: WordCell[] = []
  let index = 0
  for (const cell of unwrapped(row, 'w:tc')) {
    const properties = firstChild(cell, 'w:tcpr')
    // A cell deleted with tracked changes leaves its row when the change is accepted, as a deleted row does.
    if (properties && firstChild(properties, 'w:celldel')) continue
    const gridSpan = positiveInteger(properties && firstChild(properties, 'w:gridspan'), 1)
    if (!isContinuation(properties)) cells.push({ gridColumn: column, gridSpan, index, content: cell })
    column += gridSpan
    index++
  }
  return { cells, cellCount: index, exceptions: firstChild(row, 'w:tblprex') }
}

/**
 * A row deleted with tracked changes: Word keeps it, struck through, until the change is accepted. The
 * reader takes the document with its changes accepted, as it drops deleted text.
 */
function isDeleted(row: XmlElement): boolean {
  const properties = firstChild(row, 'w:trpr')
  return properties !== undefined && firstChild(properties, 'w:del') !== undefined
}

export function readWordTable(table: XmlElement): WordRow[] {
  return unwrapped(table, 'w:tr')
    .filter((row) => !isDeleted(row))
    .map(readRow)
}

/** A cell holding another table is page layout, not a data cell. */
export function hasNestedTable(cell: WordCell): boolean {
  const search = (element: XmlElement): boolean =>
    childElements(element).some((child) => child.name === 'w:tbl' || (child.name !== 'w:p' && search(child)))
  return search(cell.content)
}
