import type { CsvValue } from '../csv'

/** A cell of a sheet: a number stays a number; null and undefined leave the cell empty, never 0. */
export type SheetValue = CsvValue

/** One worksheet: a header row, then the rows as given. */
export interface Sheet {
  name: string
  headers: readonly string[]
  rows: readonly (readonly SheetValue[])[]
  /** How many columns on the left stay in view when scrolling sideways (the header row always does). */
  frozenColumns?: number
}

/** How many columns the sheet uses: its header's or its widest row's. A loop: spreading 100,000 rows into Math.max overflows the stack. */
export function sheetWidth(sheet: Sheet): number {
  let width = sheet.headers.length
  for (const row of sheet.rows) if (row.length > width) width = row.length
  return width
}

/** What Excel takes at most; a longer cell makes it refuse the file. */
export const MAX_CELL_TEXT = 32_767
export const MAX_ROWS = 1_048_576
export const MAX_COLUMNS = 16_384

/** Thrown for a table a spreadsheet cannot hold; the message is for the user. */
export class WorkbookTooLarge extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkbookTooLarge'
  }
}
