/**
 * Where a key moves focus in a data grid (WAI-ARIA Authoring Practices, "Data Grid"): pure index
 * arithmetic, so the rules can be tested without a DOM.
 */

export interface GridPosition {
  row: number
  column: number
}

export interface GridSize {
  rows: number
  columns: number
  /** How many rows PageUp and PageDown move: one screenful. */
  pageRows: number
}

export type GridMove =
  'left' | 'right' | 'up' | 'down' | 'rowStart' | 'rowEnd' | 'gridStart' | 'gridEnd' | 'pageUp' | 'pageDown'

interface PressedKey {
  key: string
  ctrlKey: boolean
  shiftKey: boolean
  altKey: boolean
  metaKey: boolean
}

const PLAIN_MOVES: Record<string, GridMove> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'rowStart',
  End: 'rowEnd',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
}

const CTRL_MOVES: Record<string, GridMove> = { Home: 'gridStart', End: 'gridEnd' }

/** The move a key asks for; none for keys with Shift, Alt or Meta, which belong to the browser or the system. */
export function gridMoveOf({ key, ctrlKey, shiftKey, altKey, metaKey }: PressedKey): GridMove | undefined {
  if (shiftKey || altKey || metaKey) return undefined
  return ctrlKey ? CTRL_MOVES[key] : PLAIN_MOVES[key]
}

function clamp(value: number, last: number): number {
  return Math.max(0, Math.min(value, last))
}

/** The cell a move lands on; moves stop at the grid's edges rather than wrap. */
export function moveInGrid(from: GridPosition, move: GridMove, size: GridSize): GridPosition {
  const lastRow = Math.max(0, size.rows - 1)
  const lastColumn = Math.max(0, size.columns - 1)
  const page = Math.max(1, size.pageRows)
  const { row, column } = from
  switch (move) {
    case 'left':
      return { row, column: clamp(column - 1, lastColumn) }
    case 'right':
      return { row, column: clamp(column + 1, lastColumn) }
    case 'up':
      return { row: clamp(row - 1, lastRow), column }
    case 'down':
      return { row: clamp(row + 1, lastRow), column }
    case 'rowStart':
      return { row, column: 0 }
    case 'rowEnd':
      return { row, column: lastColumn }
    case 'gridStart':
      return { row: 0, column: 0 }
    case 'gridEnd':
      return { row: lastRow, column: lastColumn }
    case 'pageUp':
      return { row: clamp(row - page, lastRow), column }
    case 'pageDown':
      return { row: clamp(row + page, lastRow), column }
  }
}

/** The cell the grid remembers, by identity (it follows its report through sorting) and by last index. */
export interface GridCursor extends GridPosition {
  rowId: string
  columnId: string
}

/**
 * Where the remembered cell is now. A report filtered away or a column hidden leaves the cursor at the
 * same index, clamped, so the grid always keeps a tab stop; with no cursor yet it is `start`.
 */
export function resolveCursor(
  cursor: GridCursor | null,
  rowIds: readonly string[],
  columnIds: readonly string[],
  start: GridPosition,
): GridPosition | null {
  if (rowIds.length === 0 || columnIds.length === 0) return null
  if (cursor === null) {
    return { row: clamp(start.row, rowIds.length - 1), column: clamp(start.column, columnIds.length - 1) }
  }
  const row = rowIds.indexOf(cursor.rowId)
  const column = columnIds.indexOf(cursor.columnId)
  return {
    row: row >= 0 ? row : clamp(cursor.row, rowIds.length - 1),
    column: column >= 0 ? column : clamp(cursor.column, columnIds.length - 1),
  }
}

/** Rows wholly visible in a viewport of that height: what PageUp and PageDown move by. */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  // Unmeasured (not laid out yet), a page is a row.
  if (rowHeight <= 0) return 1
  return Math.max(1, Math.floor(viewportHeight / rowHeight))
}
