import { reportTitle } from '../../core/model/labels'
import type { IngestItem } from '../../core/ingest/ingestFile'
import { fingerprintDocument } from '../../core/ingest/fingerprint'
import type { AddReportResult, FileEntry, LoadedReport } from '../../store/types'

export type FilePatch = Partial<Omit<FileEntry, 'id'>>

/** A parsed file's reports ready for the store, and the reasons its other items were not reports. */
export interface ParsedFile {
  entries: LoadedReport[]
  failures: string[]
}

/** A loaded report's agency and year as the file list and its dialogs name it. */
export function loadedTitle(loaded: LoadedReport): string {
  return reportTitle(loaded.report.agency || '未识别机关', loaded.report.year)
}

/** How the file list names a loaded report: agency, year and its file. */
export function describeLoaded(loaded: LoadedReport): string {
  return `${loadedTitle(loaded)}（${loaded.fileName}）`
}

/**
 * What the file list says of a file whose report was already loaded, before naming that report. It says
 * why (the same text): another file of the same agency and year with other text is loaded, and the
 * 重复报告 notice asks which to keep.
 */
const DUPLICATE_OF = '内容与已加载的报告相同，未再次加载：'

/** A file's message when it was dropped as an exact copy of `loaded`. */
export function duplicateOfText(loaded: LoadedReport): string {
  return `${DUPLICATE_OF}${describeLoaded(loaded)}`
}

/** Turns the worker's items for one file into store entries (id from the content's fingerprint). */
export function parsedFile(items: readonly IngestItem[], addedAt: string): ParsedFile {
  const entries: LoadedReport[] = []
  const failures: string[] = []
  const several = items.length > 1
  for (const item of items) {
    if (!item.outcome.ok) {
      failures.push(several ? `${item.file}：${item.outcome.error.message}` : item.outcome.error.message)
      continue
    }
    const report = item.outcome.report
    const fingerprint = item.fingerprint ?? fingerprintDocument(report.document)
    entries.push({ id: `r-${fingerprint}`, fileName: item.file, fingerprint, report, addedAt })
  }
  return { entries, failures }
}

/**
 * What the file list shows once the store has answered for each entry: 'read' when at least one
 * report was added, 'duplicate' naming the report already loaded, 'failed' with the reason.
 */
export function fileOutcome(
  parsed: ParsedFile,
  results: readonly AddReportResult[],
  findByFingerprint: (fingerprint: string) => LoadedReport | undefined,
): FilePatch {
  const reportIds: string[] = []
  const duplicates: string[] = []
  const duplicateOf: string[] = []
  // An archive's line names which of its files was a copy, as it names the ones that failed.
  const several = parsed.entries.length + parsed.failures.length > 1
  parsed.entries.forEach((entry, index) => {
    if (results[index] === 'added') {
      reportIds.push(entry.id)
      return
    }
    const existing = findByFingerprint(entry.fingerprint)
    const { agency, year } = entry.report
    const text = existing ? duplicateOfText(existing) : `${DUPLICATE_OF}${reportTitle(agency, year)}`
    duplicates.push(several ? `${entry.fileName}：${text}` : text)
    if (existing) duplicateOf.push(existing.id)
  })
  const patch = statusOf(reportIds, duplicates, parsed.failures)
  return duplicateOf.length > 0 ? { ...patch, duplicateOf } : patch
}

/** The file's status and message from what became of its reports. */
function statusOf(
  reportIds: string[],
  duplicates: readonly string[],
  failures: readonly string[],
): FilePatch {
  if (reportIds.length > 0) {
    const problems = [...duplicates, ...failures]
    return problems.length > 0
      ? { status: 'read', reportIds, message: `读取 ${reportIds.length} 份报告；${problems.join('；')}` }
      : { status: 'read', reportIds, message: undefined }
  }
  if (duplicates.length > 0 && failures.length === 0)
    return { status: 'duplicate', message: duplicates.join('；') }
  return { status: 'failed', message: failures.concat(duplicates).join('；') || '没有读到报告' }
}
