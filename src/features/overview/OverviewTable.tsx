import { useRowVirtualizer } from './rowVirtualizer'
import { useRef } from 'react'
import { NUMERIC_COLUMN_IDS } from './overviewColumns'
import type { OverviewTableInstance } from './useOverviewTable'

const ROW_HEIGHT = 36

/** The checkbox, agency and year stay in view while the 15 number columns scroll sideways. */
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
 */
export function OverviewTable({ table }: { table: OverviewTableInstance }) {
  // The virtualizer hands out fresh measurements on every render; compiler memoisation would freeze them.
  'use no memo'
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const virtualizer = useRowVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  const columnCount = table.getVisibleLeafColumns().length

  return (
    <div ref={scrollRef} className="table-scroll overview-scroll">
      <table data-testid="overview-table" className="data-table overview-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
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
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <tr key={row.id} data-testid="overview-row" data-index={item.index}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass(cell.column.id)}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            )
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
