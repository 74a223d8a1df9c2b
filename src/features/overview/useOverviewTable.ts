import { useTable } from '@tanstack/react-table'
import { useDashboardStore } from '../../store'
import { overviewColumns, overviewFeatures } from './overviewColumns'
import type { OverviewEntry } from './overviewEntries'

function getRowId(entry: OverviewEntry): string {
  return entry.id
}

export type OverviewTableInstance = ReturnType<typeof useOverviewTable>

/**
 * The overview's table instance. Its sorting and column visibility live in the store, so they survive a
 * visit to another tab.
 */
export function useOverviewTable(entries: OverviewEntry[]) {
  const sorting = useDashboardStore((state) => state.overviewSorting)
  const columnVisibility = useDashboardStore((state) => state.overviewColumnVisibility)
  const onSortingChange = useDashboardStore((state) => state.setOverviewSorting)
  const onColumnVisibilityChange = useDashboardStore((state) => state.setOverviewColumnVisibility)
  return useTable({
    features: overviewFeatures,
    columns: overviewColumns,
    data: entries,
    getRowId,
    state: { sorting, columnVisibility },
    onSortingChange,
    onColumnVisibilityChange,
  })
}
