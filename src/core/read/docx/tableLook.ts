/**
 * Which parts of its table style's conditional formatting (w:tblStylePr, ECMA-376 Part 1, 17.7.6) a cell
 * takes: its table's w:tblLook turns the header row, total row, first and last column and the bands of rows
 * and columns on or off, and the cell's place in the table says which of those it is in. Word's built-in
 * table styles ("Grid Table 4 - Accent 1") draw the header row in white on the accent colour and shade
 * every other band of rows; which cells are shaded decides whether white text in them is seen.
 */
import { firstChild, type XmlElement } from './xmlTree'

/** The conditional formatting types, in the order Word applies them: a later one overrides an earlier. */
export const CONDITIONAL_PARTS = [
  'band1Vert',
  'band2Vert',
  'band1Horz',
  'band2Horz',
  'firstCol',
  'lastCol',
  'firstRow',
  'lastRow',
  'nwCell',
  'neCell',
  'swCell',
  'seCell',
] as const
export type ConditionalPart = (typeof CONDITIONAL_PARTS)[number]

export interface TableLook {
  firstRow: boolean
  lastRow: boolean
  firstColumn: boolean
  lastColumn: boolean
  /** Bands of rows are formatted (w:noHBand off). */
  rowBands: boolean
  /** Bands of columns are formatted (w:noVBand off). */
  columnBands: boolean
}

/**
 * Without a w:tblLook it is not known which parts Word applies: every part counts, so that the shading any
 * of them may paint is taken as lying behind the text (hiding text a person sees is the worse error).
 */
const EVERY_PART: TableLook = {
  firstRow: true,
  lastRow: true,
  firstColumn: true,
  lastColumn: true,
  rowBands: true,
  columnBands: true,
}

/** The bits of w:tblLook's w:val (ST_ShortHexNumber), the form Word 2007 writes. */
const BITS = {
  firstRow: 0x20,
  lastRow: 0x40,
  firstColumn: 0x80,
  lastColumn: 0x100,
  noHBand: 0x200,
  noVBand: 0x400,
} as const

function onOff(value: string): boolean {
  return value !== '0' && value !== 'false' && value !== 'off'
}

/** A table's w:tblLook (in its w:tblPr): each attribute decides, else the bit of w:val it stands for. */
export function readTableLook(tableProperties: XmlElement | undefined): TableLook {
  const look = tableProperties && firstChild(tableProperties, 'w:tbllook')
  if (look === undefined) return EVERY_PART
  const bits = Number.parseInt(look.attributes['w:val'] ?? '0', 16)
  const flag = (name: keyof typeof BITS): boolean => {
    const attribute = look.attributes[`w:${name.toLowerCase()}`]
    return attribute !== undefined ? onOff(attribute) : Number.isFinite(bits) && (bits & BITS[name]) !== 0
  }
  return {
    firstRow: flag('firstRow'),
    lastRow: flag('lastRow'),
    firstColumn: flag('firstColumn'),
    lastColumn: flag('lastColumn'),
    rowBands: !flag('noHBand'),
    columnBands: !flag('noVBand'),
  }
}

/** A cell's place: its row among the table's rows, and its index among its row's cells (w:tc). */
export interface CellPlace {
  row: number
  rows: number
  cell: number
  cells: number
}

/** How many rows and columns make one band (w:tblStyleRowBandSize, w:tblStyleColBandSize). */
export interface BandSizes {
  rows: number
  columns: number
}

/** The band a line of cells falls in, counted after the header line when it is formatted apart. */
function band(index: number, header: boolean, size: number): 'band1' | 'band2' | undefined {
  const counted = index - (header ? 1 : 0)
  if (counted < 0) return undefined
  return Math.floor(counted / Math.max(1, size)) % 2 === 0 ? 'band1' : 'band2'
}

/** The conditional parts a cell takes, in CONDITIONAL_PARTS order. */
export function conditionalParts(look: TableLook, place: CellPlace, sizes: BandSizes): ConditionalPart[] {
  const firstRow = look.firstRow && place.row === 0
  const lastRow = look.lastRow && place.row === place.rows - 1
  const firstCol = look.firstColumn && place.cell === 0
  const lastCol = look.lastColumn && place.cell === place.cells - 1
  const columnBand = look.columnBands ? band(place.cell, look.firstColumn, sizes.columns) : undefined
  const rowBand = look.rowBands ? band(place.row, look.firstRow, sizes.rows) : undefined
  const applies: Record<ConditionalPart, boolean> = {
    band1Vert: columnBand === 'band1',
    band2Vert: columnBand === 'band2',
    band1Horz: rowBand === 'band1',
    band2Horz: rowBand === 'band2',
    firstCol,
    lastCol,
    firstRow,
    lastRow,
    nwCell: firstRow && firstCol,
    neCell: firstRow && lastCol,
    swCell: lastRow && firstCol,
    seCell: lastRow && lastCol,
  }
  return CONDITIONAL_PARTS.filter((part) => applies[part])
}
