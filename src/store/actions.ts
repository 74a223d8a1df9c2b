import { useDashboardStore } from './dashboardStore'
import type { AddReportResult, FileEntry, LoadedReport } from './types'

/*
 * Module-level actions for code outside React (the ingestion worker's replies, the sample loader).
 * They read the current state at call time, so they stay valid after resetDashboardStore().
 */

export function addReport(entry: LoadedReport): AddReportResult {
  return useDashboardStore.getState().addReport(entry)
}

export function removeReport(id: string): void {
  useDashboardStore.getState().removeReport(id)
}

export function clearReports(): void {
  useDashboardStore.getState().clearReports()
}

export function enqueueFile(entry: FileEntry): void {
  useDashboardStore.getState().enqueueFile(entry)
}

export function updateFile(id: string, patch: Partial<Omit<FileEntry, 'id'>>): void {
  useDashboardStore.getState().updateFile(id, patch)
}

export function clearFiles(): void {
  useDashboardStore.getState().clearFiles()
}

export function toggleSelected(id: string): void {
  useDashboardStore.getState().toggleSelected(id)
}

export function clearSelection(): void {
  useDashboardStore.getState().clearSelection()
}

export function resetFilters(): void {
  useDashboardStore.getState().resetFilters()
}
