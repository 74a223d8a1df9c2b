/** Spreadsheet cell references: column 0 is "A", 25 "Z", 26 "AA"; rows count from 1. */

/** The column letters of a 0-based column index. */
export function columnName(index: number): string {
  let name = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name
  return name
}

/** "B3" for column 1, row 2 (both 0-based). */
export function cellReference(column: number, row: number): string {
  return `${columnName(column)}${row + 1}`
}
