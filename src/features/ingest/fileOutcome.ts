import type { IngestItem } from '../../core/ingest/ingestFile'
import { fingerprintDocument } from '../../core/ingest/fingerprint'
import type { FileEntry, LoadedReport } from '../../store/types'

/** The store operations a file's outcome needs; injected so the logic is testable without the store. */
export interface ReportSink {
  addReport: (entry: LoadedReport) => 'added' | 'duplicate'
  findByFingerprint: (fingerprint: string) => LoadedReport | undefined
}

export type FilePatch = Partial<Omit<FileEntry, 'id'>>

function describeLoaded(loaded: LoadedReport): string {
  const { agency, year } = loaded.report
  return `${agency || '未识别机关'} ${year || ''}（${loaded.fileName}）`.replace(' （', '（')
}

/**
 * Adds a file's reports to the store and says what the file list shows: 'read' when at least one
 * report was added, 'duplicate' naming the report already loaded, 'failed' with the reason.
 */
export function applyIngestItems(items: IngestItem[], sink: ReportSink, addedAt: string): FilePatch {
  const reportIds: string[] = []
  const duplicates: string[] = []
  const failures: string[] = []
  const several = items.length > 1
  for (const item of items) {
    if (!item.outcome.ok) {
      failures.push(several ? `${item.file}：${item.outcome.error.message}` : item.outcome.error.message)
      continue
    }
    const report = item.outcome.report
    const fingerprint = item.fingerprint ?? fingerprintDocument(report.document)
    const entry: LoadedReport = { id: `r-${fingerprint}`, fileName: item.file, fingerprint, report, addedAt }
    if (sink.addReport(entry) === 'added') {
      reportIds.push(entry.id)
      continue
    }
    const existing = sink.findByFingerprint(fingerprint)
    duplicates.push(
      `与已加载的报告重复：${existing ? describeLoaded(existing) : `${report.agency} ${report.year}`}`,
    )
  }
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
