import type { Report } from '../core/model/report'

/** A report read from a file and kept in the dashboard. */
export interface LoadedReport {
  id: string
  fileName: string
  /** Content hash of the source; two entries with the same fingerprint are the same report. */
  fingerprint: string
  report: Report
  addedAt: string
}

export type FileStatus = 'queued' | 'reading' | 'read' | 'failed' | 'duplicate'

/** One file the user dropped, as the ingest list shows it. */
export interface FileEntry {
  id: string
  name: string
  size: number
  status: FileStatus
  /** Chinese reason, shown for failed / duplicate files. */
  message?: string
  reportIds?: string[]
}

export interface Filters {
  agencies: string[]
  years: number[]
}

export type AddReportResult = 'added' | 'duplicate'

export interface ReportsSlice {
  reports: LoadedReport[]
  addReport: (entry: LoadedReport) => AddReportResult
  removeReport: (id: string) => void
  clearReports: () => void
}

export interface IngestSlice {
  files: FileEntry[]
  enqueueFile: (entry: FileEntry) => void
  updateFile: (id: string, patch: Partial<Omit<FileEntry, 'id'>>) => void
  clearFiles: () => void
}

export interface FiltersSlice {
  filters: Filters
  toggleAgency: (agency: string) => void
  toggleYear: (year: number) => void
  removeAgency: (agency: string) => void
  removeYear: (year: number) => void
  resetFilters: () => void
}

export interface SelectionSlice {
  selectedIds: string[]
  toggleSelected: (id: string) => void
  clearSelection: () => void
}

export type DashboardState = ReportsSlice & IngestSlice & FiltersSlice & SelectionSlice
