import { useDashboardStore } from './dashboardStore'
import type { AddReportResult, FileEntry, FileUpdate, LoadedReport } from './types'

/*
 * Module-level actions for code outside React (the ingestion worker's replies, the sample loader).
 * They read the current state at call time, so they stay valid after resetDashboardStore().
 */

export function addReport(entry: LoadedReport): AddReportResult {
  return useDashboardStore.getState().addReport(entry)
}

export function addReports(entries: readonly LoadedReport[]): AddReportResult[] {
  return useDashboardStore.getState().addReports(entries)
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

export function enqueueFiles(entries: readonly FileEntry[]): void {
  useDashboardStore.getState().enqueueFiles(entries)
}

export function updateFiles(updates: readonly FileUpdate[]): void {
  useDashboardStore.getState().updateFiles(updates)
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
