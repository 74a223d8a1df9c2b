/**
 * The HTML table model's slot assignment: each cell takes the first grid column its row has free, after
 * the columns still covered by rowspans from rows above. Rowspans stop at the end of their row group.
 */
import type { TableNode } from './flow'

/** Report tables have at most 15 columns; garbage with huge colspans must not allocate millions. */
const MAX_COLUMNS = 1000

export interface TableGrid {
  /** Per row, the starting grid column of each of its own cells. */
  columns: number[][]
  /** Number of grid columns. */
  width: number
}

export function resolveGrid(table: TableNode): TableGrid {
  // covered[c] = how many more rows (after the current one) column c stays occupied from above.
  let covered: number[] = []
  const columns: number[][] = []
  let width = 0
  for (const row of table.rows) {
    if (row.startsGroup) covered = []
    const starts: number[] = []
    const occupiedHere = covered.map((remaining) => remaining > 0)
    let column = 0
    for (const cell of row.cells) {
      while (occupiedHere[column] === true) column++
      starts.push(column)
      const colspan = Math.min(cell.colspan, Math.max(1, MAX_COLUMNS - column))
      for (let offset = 0; offset < colspan; offset++) {
        occupiedHere[column + offset] = true
        // Keep the longest coverage when spans overlap (malformed tables).
        covered[column + offset] = Math.max(covered[column + offset] ?? 0, cell.rowspan)
      }
      column += colspan
    }
    width = Math.max(width, column, occupiedHere.length)
    covered = covered.map((remaining) => Math.max(0, (remaining ?? 0) - 1))
    columns.push(starts)
  }
  return { columns, width }
}
