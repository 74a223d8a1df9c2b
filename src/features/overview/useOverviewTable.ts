import { useTable } from '@tanstack/react-table'
import { overviewColumns, overviewFeatures } from './overviewColumns'
import type { OverviewEntry } from './overviewEntries'

function getRowId(entry: OverviewEntry): string {
  return entry.id
}

export type OverviewTableInstance = ReturnType<typeof useOverviewTable>

/** The overview's table instance: sorting and column visibility live in it. */
export function useOverviewTable(entries: OverviewEntry[]) {
  return useTable({ features: overviewFeatures, columns: overviewColumns, data: entries, getRowId })
}
