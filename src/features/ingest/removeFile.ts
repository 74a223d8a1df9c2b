import type { DashboardState, FileEntry, FileUpdate } from '../../store'
import { noteRemovedOriginals, removedReportNames } from './removedReports'

type Store = Pick<DashboardState, 'reports' | 'files' | 'removeReports' | 'updateFiles' | 'removeFiles'>

/** A file still being read cannot be removed: its reports would arrive after it was gone. */
export function canRemoveFile(file: FileEntry): boolean {
  return file.status !== 'queued' && file.status !== 'reading'
}

/**
 * Takes a file off the list with the reports read from it (and, through removeReports, their
 * corrections, comparison ticks and filters). A file dropped as a copy of one of them says it was removed,
 * so the user knows to add that copy again if they want it.
 */
export function removeFile(store: () => Store, fileId: string): void {
  const { reports, files } = store()
  const file = files.find((entry) => entry.id === fileId)
  if (!file || !canRemoveFile(file)) return
  const ids = file.reportIds ?? []
  const removedNames = removedReportNames(reports, new Set(ids))
  store().removeReports(ids)
  const updates: FileUpdate[] = []
  for (const other of files) {
    if (other.id === fileId) continue
    const text = noteRemovedOriginals(other, removedNames, '该份已被移除，如需加载请重新添加此文件')
    if (text !== other.message) updates.push({ id: other.id, patch: { message: text } })
  }
  store().updateFiles(updates)
  store().removeFiles([fileId])
}
