import { rangeKeeping, useRowVirtualizer } from './rowVirtualizer'
import { Fragment, useRef } from 'react'
import { NUMERIC_COLUMN_IDS } from './overviewColumns'
import { useGridNavigation } from './useGridNavigation'
import type { OverviewTableInstance } from './useOverviewTable'

const ROW_HEIGHT = 36

/** Agency and year name the row, so a screen reader says which report a number belongs to. */
function isRowHeader(columnId: string): boolean {
  return columnId === 'agency' || columnId === 'year'
}

/** Keeps the table's columns aligned while the rows that are not rendered hold their height. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  )
}

/** The checkbox, agency and year stay in view while the number columns scroll sideways. */
function cellClass(columnId: string): string | undefined {
  if (NUMERIC_COLUMN_IDS.has(columnId)) return 'num'
  if (columnId === 'select') return 'sticky-select'
  if (columnId === 'agency') return 'sticky-agency'
  if (columnId === 'year') return 'sticky-year'
  return undefined
}

type AriaSort = 'ascending' | 'descending' | 'none'

function ariaSortOf(direction: false | 'asc' | 'desc'): AriaSort {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'
}

const SORT_MARK: Record<AriaSort, string> = { ascending: '▲', descending: '▼', none: '' }

/**
 * The overview as a real <table>. Rows are virtualised (1,000 reports stay smooth): only the visible
 * rows are in the DOM, with spacer rows keeping the scroll height, so columns stay aligned with the
 * sticky header.
 *
 * The table is an ARIA grid: its body is one tab stop, and arrow keys move between the checkbox and the
 * numbers (useGridNavigation). role="grid" rather than a plain table because screen readers switch to
 * focus mode inside a grid and pass the arrow keys on; in a plain table they keep the arrows to read by
 * themselves and the rows that are not rendered could not be reached. aria-rowcount and aria-rowindex
 * tell them how many reports there are, rendered or not.
 */
export function OverviewTable({ table }: { table: OverviewTableInstance }) {
  // The virtualizer hands out fresh measurements on every render; compiler memoisation would freeze them.
  'use no memo'
  const scrollRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const rows = table.getRowModel().rows
  // Every cell takes part in the grid, as the Authoring Practices' data grid asks: in a grid a screen
  // reader passes the arrow keys on, so a cell the keys skipped could not be read at all (检查 says what is
  // wrong with a row). The row checkbox is the first cell (as in the data grids of the big libraries): were
  // it a tab stop of its own, every row would still cost a Tab and one Tab could not leave the table. A cell
  // without a widget (agency, year, 检查) takes focus itself.
  const columnIds = table.getVisibleLeafColumns().map((column) => column.id)
  const grid = useGridNavigation({
    bodyRef,
    rowIds: rows.map((row) => row.id),
    columnIds,
    // The first number, not the checkbox: the numbers are what the table is for.
    start: { row: 0, column: columnIds.findIndex((id) => NUMERIC_COLUMN_IDS.has(id)) },
    scrollRef,
  })
  const virtualizer = useRowVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
    rangeExtractor: rangeKeeping(grid.position?.row),
  })
  const items = virtualizer.getVirtualItems()
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  const columnCount = columnIds.length

  return (
    <div ref={scrollRef} className="table-scroll overview-scroll">
      <table
        data-testid="overview-table"
        className="data-table overview-table"
        role="grid"
        aria-label="总览"
        aria-readonly="true"
        aria-rowcount={rows.length + 1}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sort = ariaSortOf(header.column.getIsSorted())
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={header.column.getCanSort() ? sort : undefined}
                    className={cellClass(header.column.id)}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span className="sort-mark" aria-hidden="true">
                          {SORT_MARK[sort]}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={bodyRef} onFocus={grid.onFocus} onKeyDown={grid.onKeyDown} data-focus-list>
          {items.map((item, position) => {
            const row = rows[item.index]
            if (!row) return null
            // The kept cursor row may sit apart from the rows in view, with a gap above it.
            const gap = item.start - (items[position - 1]?.end ?? 0)
            return (
              <Fragment key={row.id}>
                {gap > 0 ? <SpacerRow height={gap} columnCount={columnCount} /> : null}
                <tr
                  data-testid="overview-row"
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  data-focus-item
                >
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={cellClass(cell.column.id)}
                      role={isRowHeader(cell.column.id) ? 'rowheader' : undefined}
                      data-grid-column={cell.column.id}
                      data-focus-control={cell.column.id}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              </Fragment>
            )
          })}
          {paddingBottom > 0 ? <SpacerRow height={paddingBottom} columnCount={columnCount} /> : null}
        </tbody>
      </table>
    </div>
  )
}
