import type { FileEntry, LoadedReport, WorkspaceContent } from '../../store'
import { isStoredReport, readStoredMeta } from './storedMeta'
import type { StoredRecords } from './workspaceStorage'

export type RestoreResult =
  | { ok: true; content: WorkspaceContent; reports: Map<string, LoadedReport>; lost: string[] }
  | { ok: false; message: string }

/**
 * A file still being read when the page went away has no report to come back to, nor has a file whose
 * stored report was lost: the list says so instead of claiming 已读取, and names only the reports that
 * came back (an exported workspace whose list names a report it lacks does not import).
 */
function settledFile(file: FileEntry, lost: ReadonlySet<string>): FileEntry {
  if (file.status === 'queued' || file.status === 'reading') {
    return { ...file, status: 'failed', message: '页面关闭时此文件尚未读完，请重新添加' }
  }
  if (file.reportIds?.some((id) => lost.has(id))) {
    return {
      ...file,
      status: 'failed',
      message: '此文件的报告（部分或全部）未能从本机存储恢复，请重新添加',
      reportIds: file.reportIds.filter((id) => !lost.has(id)),
    }
  }
  return file
}

/**
 * The workspace a previous visit saved. Reports whose record is missing or unreadable are named in
 * `lost` (the caller tells the user), never skipped silently; their corrections and selection go with them.
 */
export function restoreWorkspace(records: StoredRecords): RestoreResult {
  const meta = readStoredMeta(records.meta)
  if (!meta) return { ok: false, message: '本机保存的工作区格式无法识别，未能恢复。' }
  const reports = new Map<string, LoadedReport>()
  const lost: string[] = []
  for (const id of meta.reportIds) {
    const record = records.reports.get(id)
    if (isStoredReport(record) && record.id === id) reports.set(id, record)
    else lost.push(id)
  }
  const lostIds = new Set(lost)
  const content: WorkspaceContent = {
    reports: [...reports.values()],
    corrections: meta.corrections.filter((correction) => reports.has(correction.reportId)),
    identityCorrections: Object.fromEntries(
      Object.entries(meta.identityCorrections).filter(([id]) => reports.has(id)),
    ),
    aliases: meta.aliases,
    filters: meta.filters,
    selectedIds: meta.selectedIds.filter((id) => reports.has(id)),
    // New drops number their files from file-0 again, so restored entries get ids of their own.
    files: meta.files.map((file, index) => ({ ...settledFile(file, lostIds), id: `saved-${index}` })),
  }
  return { ok: true, content, reports, lost }
}
