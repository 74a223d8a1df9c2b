import { idsToDiscard, type DuplicateGroup } from '../../core/identity/duplicates'
import type { DashboardState, FileEntry } from '../../store'
import { DUPLICATE_OF, describeLoaded } from '../ingest/fileOutcome'

type Store = Pick<DashboardState, 'reports' | 'files' | 'removeReport' | 'updateFile'>

/**
 * Keeps one copy of a duplicate group and removes the others. A file whose every report was removed
 * says so in the file list (status 重复, naming the copy kept), so nothing disappears without a trace.
 */
export function keepOneCopy(store: () => Store, group: DuplicateGroup, keepId: string): void {
  const discard = idsToDiscard(group, keepId)
  if (discard.length === 0) return
  const kept = store().reports.find((loaded) => loaded.id === keepId)
  const keptName = kept ? kept.fileName : keepId
  const removedNames = store()
    .reports.filter((loaded) => discard.includes(loaded.id))
    .map((loaded) => `${DUPLICATE_OF}${describeLoaded(loaded)}`)
  for (const id of discard) store().removeReport(id)
  // Files dropped earlier as copies of a report now removed would still name it as loaded.
  for (const file of store().files) {
    const named = removedNames.find((name) => file.message?.includes(name) === true)
    if (named !== undefined && file.message !== undefined)
      store().updateFile(file.id, {
        message: file.message.replace(named, `${named}，该份已按您的选择移除，保留的是 ${keptName}`),
      })
  }
  const removed = new Set(discard)
  const affected = store().files.filter(
    (file: FileEntry) =>
      file.reportIds !== undefined &&
      file.reportIds.length > 0 &&
      file.reportIds.some((id) => removed.has(id)),
  )
  for (const file of affected) {
    const remaining = (file.reportIds ?? []).filter((id) => !removed.has(id))
    const message = `与 ${keptName} 是同一机关同一年度的报告，已按您的选择保留后者`
    store().updateFile(
      file.id,
      remaining.length === 0
        ? { status: 'duplicate', message, reportIds: [] }
        : { reportIds: remaining, message: `${file.message ? `${file.message}；` : ''}其中一份${message}` },
    )
  }
}
