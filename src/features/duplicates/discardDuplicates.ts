import { idsToDiscard, type DuplicateGroup } from '../../core/identity/duplicates'
import type { DashboardState, FileUpdate } from '../../store'
import { noteRemovedOriginals, removedReportNames } from '../ingest/removedReports'

type Store = Pick<DashboardState, 'reports' | 'files' | 'removeReports' | 'updateFiles'>

/**
 * Keeps one copy of a duplicate group and removes the others. A file whose every report was removed
 * says so in the file list (status 重复, naming the copy kept), so nothing disappears without a trace.
 */
export function keepOneCopy(store: () => Store, group: DuplicateGroup, keepId: string): void {
  const discard = idsToDiscard(group, keepId)
  if (discard.length === 0) return
  const removed = new Set(discard)
  const { reports, files } = store()
  const keptName = reports.find((loaded) => loaded.id === keepId)?.fileName ?? keepId
  const removedNames = removedReportNames(reports, removed)
  store().removeReports(discard)
  const message = `与 ${keptName} 是同一机关同一年度的报告，已按您的选择保留后者`
  const updates: FileUpdate[] = []
  for (const file of files) {
    const text = noteRemovedOriginals(file, removedNames, `该份已按您的选择移除，保留的是 ${keptName}`)
    const ids = file.reportIds ?? []
    if (ids.some((id) => removed.has(id))) {
      const remaining = ids.filter((id) => !removed.has(id))
      updates.push({
        id: file.id,
        patch:
          remaining.length === 0
            ? { status: 'duplicate', message, reportIds: [] }
            : { reportIds: remaining, message: `${text ? `${text}；` : ''}其中一份${message}` },
      })
    } else if (text !== file.message) updates.push({ id: file.id, patch: { message: text } })
  }
  store().updateFiles(updates)
}
