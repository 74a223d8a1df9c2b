import { reportSchema } from '../../core/workspace/reportSchema'
import { identityCorrectionsSchema } from '../../core/workspace/workspace'
import type {
  AgencyAliases,
  CellCorrection,
  FileEntry,
  Filters,
  IdentityCorrections,
  LoadedReport,
} from '../../store'

/** Bumped when the stored shape changes; an unknown version is reported, never half-read. */
export const STORED_VERSION = 1

/** The small record beside the reports: their order and every other part of the workspace. */
export interface StoredMeta {
  version: typeof STORED_VERSION
  reportIds: string[]
  corrections: CellCorrection[]
  /** Absent in what versions before identity corrections wrote: read as none. */
  identityCorrections: IdentityCorrections
  aliases: AgencyAliases
  filters: Filters
  selectedIds: string[]
  files: FileEntry[]
  savedAt: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function isCorrection(value: unknown): value is CellCorrection {
  return (
    isRecord(value) &&
    typeof value.reportId === 'string' &&
    typeof value.cellId === 'string' &&
    (value.old === null || typeof value.old === 'number') &&
    typeof value.new === 'number' &&
    typeof value.at === 'string'
  )
}

function isAliases(value: unknown): value is AgencyAliases {
  return isRecord(value) && Object.values(value).every((canonical) => typeof canonical === 'string')
}

function isIdentityCorrections(value: unknown): value is IdentityCorrections {
  return identityCorrectionsSchema(value, '') === undefined
}

function isFilters(value: unknown): value is Filters {
  return (
    isRecord(value) &&
    isStringArray(value.agencies) &&
    Array.isArray(value.years) &&
    value.years.every((year) => typeof year === 'number')
  )
}

function isFileEntry(value: unknown): value is FileEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.status === 'string'
  )
}

/** The stored meta record, or undefined when it is not one this version wrote. */
export function readStoredMeta(value: unknown): StoredMeta | undefined {
  if (!isRecord(value) || value.version !== STORED_VERSION) return undefined
  const { reportIds, corrections, aliases, filters, selectedIds, files, savedAt } = value
  const identityCorrections = value.identityCorrections ?? {}
  if (!isStringArray(reportIds) || !isStringArray(selectedIds) || typeof savedAt !== 'string')
    return undefined
  if (!Array.isArray(corrections) || !corrections.every(isCorrection)) return undefined
  if (!isAliases(aliases)) return undefined
  if (!isIdentityCorrections(identityCorrections)) return undefined
  if (!Array.isArray(files) || !files.every(isFileEntry) || !isFilters(filters)) return undefined
  return {
    version: STORED_VERSION,
    reportIds,
    corrections,
    identityCorrections,
    aliases,
    filters,
    selectedIds,
    files,
    savedAt,
  }
}

/** The ids a stored meta record lists, read before the record is fully checked (to fetch the reports). */
export function storedReportIds(value: unknown): string[] {
  return isRecord(value) && isStringArray(value.reportIds) ? value.reportIds : []
}

/** A stored report record: identity as the store keeps it, the report in the workspace file's format. */
export function isStoredReport(value: unknown): value is LoadedReport {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.fileName === 'string' &&
    typeof value.fingerprint === 'string' &&
    typeof value.addedAt === 'string' &&
    reportSchema(value.report, '报告') === undefined
  )
}
