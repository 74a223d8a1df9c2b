import type { SheetValue } from './sheet'

/** Width in Excel's units (about one digit each): a CJK character takes two. */
function displayWidth(text: string): number {
  let width = 0
  for (const character of text) width += (character.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1.1
  return width
}

const MIN_WIDTH = 6
const MAX_WIDTH = 40
/** Header text wraps, so a long header sets a column's width only up to this. */
const MAX_HEADER_WIDTH = 16
/** Rows looked at: the widths of a sheet of thousands of rows come from its first ones. */
const SAMPLE_ROWS = 500

/** A width for each column from its header and the first rows' values, within bounds. */
export function columnWidths(headers: readonly string[], rows: readonly (readonly SheetValue[])[]): number[] {
  const widths = headers.map((header) => Math.min(displayWidth(header), MAX_HEADER_WIDTH))
  for (const row of rows.slice(0, SAMPLE_ROWS))
    row.forEach((value, column) => {
      if (value === null || value === undefined) return
      const width = displayWidth(typeof value === 'number' ? String(value) : value)
      widths[column] = Math.max(widths[column] ?? 0, width)
    })
  return widths.map((width) => Math.round(Math.min(Math.max(width + 2, MIN_WIDTH), MAX_WIDTH) * 10) / 10)
}
