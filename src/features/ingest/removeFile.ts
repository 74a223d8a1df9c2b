import { selectEffectiveReports, type DashboardState, type FileEntry, type FileUpdate } from '../../store'
import { noteRemovedOriginals, removedReportNames } from './removedReports'

type Store = Pick<
  DashboardState,
  | 'reports'
  | 'corrections'
  | 'identityCorrections'
  | 'aliases'
  | 'files'
  | 'removeReports'
  | 'updateFiles'
  | 'removeFiles'
>

/** Said on a line naming a removed report as loaded, so the user knows to add that copy again if wanted. */
const REMOVED_NOTE = '该份已被移除，如需加载请重新添加此文件'

/** A file still being read cannot be removed: its reports would arrive after it was gone. */
export function canRemoveFile(file: FileEntry): boolean {
  return file.status !== 'queued' && file.status !== 'reading'
}

/**
 * Takes the reports out of the workspace (and, through removeReports, their corrections, comparison ticks
 * and filters) and brings the file list along: a file left without reports goes from the list, a file
 * that keeps some (a zip) names the one removed, and a file dropped as a copy of one of them says it was
 * removed.
 */
function removeReportsListed(store: () => Store, ids: ReadonlySet<string>): void {
  const { reports, files } = store()
  const removedNames = removedReportNames(selectEffectiveReports(store()), reports, ids)
  store().removeReports([...ids])
  const updates: FileUpdate[] = []
  const emptied: string[] = []
  for (const file of files) {
    const own = file.reportIds ?? []
    const remaining = own.filter((id) => !ids.has(id))
    const text = noteRemovedOriginals(file, removedNames, REMOVED_NOTE)
    if (own.length > 0 && remaining.length === 0) emptied.push(file.id)
    else if (remaining.length < own.length) {
      const named = own.flatMap((id) => (ids.has(id) ? [removedNames.get(id)?.[0] ?? id] : []))
      const message = `${text ? `${text}；` : ''}已移除其中的 ${named.join('、')}`
      updates.push({ id: file.id, patch: { reportIds: remaining, message } })
    } else if (text !== file.message) updates.push({ id: file.id, patch: { message: text } })
  }
  store().updateFiles(updates)
  if (emptied.length > 0) store().removeFiles(emptied)
}

/** Takes a file off the list with the reports read from it (see removeReportsListed). */
export function removeFile(store: () => Store, fileId: string): void {
  const file = store().files.find((entry) => entry.id === fileId)
  if (!file || !canRemoveFile(file)) return
  const ids = file.reportIds ?? []
  if (ids.length === 0) store().removeFiles([fileId])
  else removeReportsListed(store, new Set(ids))
}

/**
 * Takes one report out of the workspace: one of several a zip brought in, or the only one of its file,
 * which then leaves the list too.
 */
export function removeReport(store: () => Store, reportId: string): void {
  if (store().reports.some((loaded) => loaded.id === reportId))
    removeReportsListed(store, new Set([reportId]))
}
