import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'
import {
  gridMoveOf,
  moveInGrid,
  resolveCursor,
  rowsPerPage,
  type GridCursor,
  type GridPosition,
} from './gridNavigation'

/** How the table marks a body cell that takes part in keyboard navigation; its value is the column id. */
const GRID_COLUMN_ATTRIBUTE = 'data-grid-column'

interface GridNavigationOptions {
  /** The <tbody>; its rows carry `data-index` (the row's index among all rows, rendered or not). */
  bodyRef: RefObject<HTMLTableSectionElement | null>
  rowIds: readonly string[]
  /** The navigable columns, in display order. */
  columnIds: readonly string[]
  /** The cell that holds the tab stop before the user has focused one. */
  start: GridPosition
  /** The element the rows scroll in: its height makes a page for PageUp and PageDown. */
  scrollRef: RefObject<HTMLElement | null>
}

/**
 * A cell's own widget (the number's source button, the row checkbox) takes focus, as the Authoring
 * Practices ask; a cell without one (a number with no source) takes it itself.
 */
function focusTargetOf(cell: HTMLElement): HTMLElement {
  return cell.querySelector<HTMLElement>('button, input') ?? cell
}

function cellAt(body: HTMLElement, row: number, columnId: string): HTMLElement | null {
  return body.querySelector<HTMLElement>(`tr[data-index="${row}"] > [${GRID_COLUMN_ATTRIBUTE}="${columnId}"]`)
}

function cellPosition(cell: HTMLElement): { row: number; columnId: string } | null {
  const row = Number(cell.closest('tr')?.dataset.index)
  const columnId = cell.getAttribute(GRID_COLUMN_ATTRIBUTE)
  return Number.isInteger(row) && columnId !== null ? { row, columnId } : null
}

/** Rows wholly visible below the table's header, measured when the key is pressed. */
function pageRowsOf(body: HTMLTableSectionElement, scroller: HTMLElement | null): number {
  const headHeight = body.closest('table')?.tHead?.offsetHeight ?? 0
  const rowHeight = body.querySelector<HTMLElement>('tr[data-index]')?.offsetHeight ?? 0
  return rowsPerPage((scroller?.clientHeight ?? 0) - headHeight, rowHeight)
}

function gridCellOf(target: EventTarget): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`[${GRID_COLUMN_ATTRIBUTE}]`) : null
}

/**
 * A roving tab stop over the table body's cells: one cell is in the tab order, arrow keys (and Home, End,
 * PageUp, PageDown) move focus between cells. Returns the cursor's position, which the caller keeps
 * rendered when its rows are virtualised, and the handlers for the <tbody>.
 */
export function useGridNavigation({ bodyRef, scrollRef, rowIds, columnIds, start }: GridNavigationOptions) {
  const [cursor, setCursor] = useState<GridCursor | null>(null)
  const focusRequested = useRef(false)
  const position = resolveCursor(cursor, rowIds, columnIds, start)

  const remember = (row: number, column: number) => {
    const rowId = rowIds[row]
    const columnId = columnIds[column]
    if (rowId === undefined || columnId === undefined) return
    if (cursor?.rowId === rowId && cursor.columnId === columnId && cursor.row === row) return
    setCursor({ rowId, columnId, row, column })
  }

  // The widgets are rendered by the column definitions, which other tables share and which do not know
  // the cursor, and whether a number has a source button depends on its report: so the tab order is set
  // on the rendered cells after each render, which is also when newly scrolled-in rows appear.
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const current = position ? cellAt(body, position.row, columnIds[position.column] ?? '') : null
    for (const cell of body.querySelectorAll<HTMLElement>(`[${GRID_COLUMN_ATTRIBUTE}]`)) {
      const target = focusTargetOf(cell)
      if (target !== cell) cell.removeAttribute('tabindex')
      target.tabIndex = cell === current ? 0 : -1
    }
    // A request is answered on the render that moved the cursor (its row is kept rendered), or dropped:
    // it must not steal focus on some later render.
    if (focusRequested.current) {
      focusRequested.current = false
      if (!current) return
      // Native scrolling honours the scroller's scroll-padding, which keeps the cell clear of the sticky
      // header and columns (virtualizer.scrollToIndex knows neither); the virtualiser follows the scroll.
      current.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      focusTargetOf(current).focus({ preventScroll: true })
    }
  })

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const cell = gridCellOf(event.target)
    const at = cell ? cellPosition(cell) : null
    if (at) remember(at.row, columnIds.indexOf(at.columnId))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const move = gridMoveOf(event)
    if (!move || !position || !gridCellOf(event.target)) return
    event.preventDefault()
    const next = moveInGrid(position, move, {
      rows: rowIds.length,
      columns: columnIds.length,
      pageRows: pageRowsOf(event.currentTarget, scrollRef.current),
    })
    if (next.row === position.row && next.column === position.column) return
    focusRequested.current = true
    remember(next.row, next.column)
  }

  return { position, onFocus, onKeyDown }
}
