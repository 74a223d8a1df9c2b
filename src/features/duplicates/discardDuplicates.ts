import { idsToDiscard, type DuplicateGroup } from '../../core/identity/duplicates'
import { selectEffectiveReports, type DashboardState, type FileUpdate } from '../../store'
import { describeLoaded } from '../ingest/fileOutcome'
import { noteRemovedOriginals, removedReportNames } from '../ingest/removedReports'

type Store = Pick<
  DashboardState,
  'reports' | 'corrections' | 'identityCorrections' | 'aliases' | 'files' | 'removeReports' | 'updateFiles'
>

/**
 * Keeps one copy of a duplicate group and removes the others. A file whose every report was removed
 * says so in the file list (status 重复, naming the copy kept as the page shows it: under the agency and
 * year the user gave, which may be what made the copies one group), so nothing disappears without a trace.
 * Each line naming the kept copy lists it in `duplicateOf`, with the name written in `namedAs`, so removing
 * that copy later says so there too, whatever the page calls it by then.
 */
export function keepOneCopy(store: () => Store, group: DuplicateGroup, keepId: string): void {
  const discard = idsToDiscard(group, keepId)
  if (discard.length === 0) return
  const removed = new Set(discard)
  const { reports, files } = store()
  const shown = selectEffectiveReports(store())
  const kept = shown.find((loaded) => loaded.id === keepId)
  const keptName = kept === undefined ? keepId : describeLoaded(kept)
  const removedNames = removedReportNames(shown, reports, removed)
  store().removeReports(discard)
  const message = `已按您的选择移除，保留的是同一机关同一年度的另一份：${keptName}`
  const updates: FileUpdate[] = []
  for (const file of files) {
    const text = noteRemovedOriginals(file, removedNames, `该份已按您的选择移除，保留的是 ${keptName}`)
    const duplicateOf = [...(file.duplicateOf ?? []), keepId]
    const namedAs = { ...file.namedAs, [keepId]: keptName }
    const ids = file.reportIds ?? []
    if (ids.some((id) => removed.has(id))) {
      const remaining = ids.filter((id) => !removed.has(id))
      const patch =
        remaining.length === 0
          ? { status: 'duplicate' as const, message, reportIds: [] }
          : { reportIds: remaining, message: `${text ? `${text}；` : ''}其中一份${message}` }
      updates.push({ id: file.id, patch: { ...patch, duplicateOf, namedAs } })
    } else if (text !== file.message)
      // The note names the kept copy.
      updates.push({ id: file.id, patch: { message: text, duplicateOf, namedAs } })
  }
  store().updateFiles(updates)
}
