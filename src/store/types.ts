import type { Correction, CorrectionError } from '../core/corrections'
import type { Report } from '../core/model/report'
import type { AliasesSlice } from './slices/aliasesSlice'
import type { IdentitySlice } from './slices/identitySlice'
import type { PersistenceSlice } from './slices/persistenceSlice'

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
  /**
   * Loaded reports this line names in its message: those its reports were exact copies of (so not loaded
   * again), or the copy kept instead of them (处理重复报告).
   */
  duplicateOf?: string[]
  /**
   * How the message names reports of duplicateOf, by id, where the name may not last: the kept copy of
   * 处理重复报告 is named as the page shows it, and a correction undone, an alias or another spelling of
   * the agency loaded or removed later shows it otherwise. A removal note must find the name written.
   */
  namedAs?: Record<string, string>
  /**
   * The line's reports came in with an imported workspace file, not read from the file it names (or it names
   * that workspace file): importing it again, not adding a file, brings them back.
   */
  imported?: true
}

export interface Filters {
  agencies: string[]
  years: number[]
  /** Show only reports with a failed error or warning check (every view). */
  onlyProblems: boolean
}

export type AddReportResult = 'added' | 'duplicate'

export interface ReportsSlice {
  reports: LoadedReport[]
  addReport: (entry: LoadedReport) => AddReportResult
  /**
   * Adds many reports in one store write (one re-render, selectors run once): one result per entry, in
   * order; an entry repeating a loaded report, or an earlier entry of the batch, is a 'duplicate'.
   */
  addReports: (entries: readonly LoadedReport[]) => AddReportResult[]
  removeReport: (id: string) => void
  /**
   * Removes the reports in one store write, with everything tied to them: their corrections, their ticks
   * in the comparison, the provenance panel open on one, and agency or year filters nothing loaded matches.
   */
  removeReports: (ids: readonly string[]) => void
  clearReports: () => void
}

/** A change to one listed file. */
export interface FileUpdate {
  id: string
  patch: Partial<Omit<FileEntry, 'id'>>
}

export interface IngestSlice {
  files: FileEntry[]
  enqueueFile: (entry: FileEntry) => void
  /** Lists many files in one store write. */
  enqueueFiles: (entries: readonly FileEntry[]) => void
  /** Applies many patches in one store write; later patches of one file win. Unknown ids are ignored. */
  updateFiles: (updates: readonly FileUpdate[]) => void
  /** Takes the files off the list (their reports stay: see removeReports). */
  removeFiles: (ids: readonly string[]) => void
  clearFiles: () => void
}

export interface FiltersSlice {
  filters: Filters
  /**
   * The text in the agency search box. It only narrows the checkbox list until applied (selectAgencies);
   * kept here, not in `filters`, because it filters no report and is not saved with the workspace.
   */
  agencySearch: string
  setAgencySearch: (text: string) => void
  toggleAgency: (agency: string) => void
  /** Adds the agencies to the agency filter (those already in it stay once). */
  selectAgencies: (agencies: readonly string[]) => void
  toggleYear: (year: number) => void
  removeAgency: (agency: string) => void
  removeYear: (year: number) => void
  setOnlyProblems: (onlyProblems: boolean) => void
  /** Every filter off and the agency search box emptied. */
  resetFilters: () => void
}

/** A column the overview is sorted by (TanStack Table's sorting state). */
export interface OverviewSort {
  id: string
  desc: boolean
}

export type OverviewSorting = OverviewSort[]
/** Column id → shown; a column not listed is shown. */
export type OverviewColumnVisibility = Record<string, boolean>

export interface OverviewLayoutSlice {
  overviewSorting: OverviewSorting
  overviewColumnVisibility: OverviewColumnVisibility
  setOverviewSorting: (update: OverviewSorting | ((old: OverviewSorting) => OverviewSorting)) => void
  setOverviewColumnVisibility: (
    update: OverviewColumnVisibility | ((old: OverviewColumnVisibility) => OverviewColumnVisibility),
  ) => void
}

export interface SelectionSlice {
  selectedIds: string[]
  toggleSelected: (id: string) => void
  clearSelection: () => void
}

/** The cells whose source the provenance panel shows: one cell, or the cells behind a sum or a rate. */
export interface InspectedCells {
  reportId: string
  cellIds: string[]
  /** What the user clicked, e.g. "不予公开" or "表三 予以公开·自然人". */
  label: string
  /**
   * What the cells are to what was clicked: the cells behind one number (a cell, or the parts of a sum or a
   * rate), or the cells a check compares, which together make no value.
   */
  kind: 'value' | 'check'
}

export interface InspectionSlice {
  inspected: InspectedCells | null
  inspectCells: (target: InspectedCells) => void
  closeInspection: () => void
}

/**
 * One step of the correction log (core/corrections.ts): the old value (null for a cell the reader could
 * not fill), the new value and the time. The report itself is never overwritten, so undo restores it.
 */
export type CellCorrection = Correction

export interface CorrectionsSlice {
  /** The correction log, oldest first; the effective report replays it. */
  corrections: CellCorrection[]
  /** Returns why the value was refused (Chinese message), or null when it was recorded. */
  correctCell: (reportId: string, cellId: string, value: number) => CorrectionError | null
  /** Undoes the latest correction of the cell; returns why not, or null when undone. */
  undoCorrection: (reportId: string, cellId: string) => CorrectionError | null
}

export type DashboardState = ReportsSlice &
  IngestSlice &
  FiltersSlice &
  SelectionSlice &
  OverviewLayoutSlice &
  InspectionSlice &
  CorrectionsSlice &
  IdentitySlice &
  AliasesSlice &
  PersistenceSlice
