import type { FileEntry, LoadedReport } from '../../store/types'
import { duplicateOfText } from './fileOutcome'

/** How the file list names each report about to be removed, by id (see duplicateOfText). */
export function removedReportNames(
  reports: readonly LoadedReport[],
  removed: ReadonlySet<string>,
): Map<string, string> {
  return new Map(
    reports.filter((loaded) => removed.has(loaded.id)).map((loaded) => [loaded.id, duplicateOfText(loaded)]),
  )
}

/**
 * The file's message once the reports it was dropped as a copy of are removed: a file still naming a
 * removed report as loaded would mislead, so each such name is followed by the note.
 */
export function noteRemovedOriginals(
  file: FileEntry,
  removedNames: ReadonlyMap<string, string>,
  note: string,
): string | undefined {
  let text = file.message
  for (const id of file.duplicateOf ?? []) {
    const named = removedNames.get(id)
    if (named !== undefined && text !== undefined) text = text.replace(named, `${named}，${note}`)
  }
  return text
}
