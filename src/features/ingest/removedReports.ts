import type { FileEntry, LoadedReport } from '../../store/types'
import { describeLoaded } from './fileOutcome'

/**
 * How the file list names each report about to be removed, by id: as messages name a loaded report (see
 * duplicateOfText and keepOneCopy).
 */
export function removedReportNames(
  reports: readonly LoadedReport[],
  removed: ReadonlySet<string>,
): Map<string, string> {
  return new Map(
    reports.filter((loaded) => removed.has(loaded.id)).map((loaded) => [loaded.id, describeLoaded(loaded)]),
  )
}

/**
 * The file's message once reports it names as loaded are removed (those of `duplicateOf`: the report it
 * was dropped as a copy of, or the copy kept instead of its own): a file still naming a removed report as
 * loaded would mislead, so each such name is followed by the note.
 */
export function noteRemovedOriginals(
  file: FileEntry,
  removedNames: ReadonlyMap<string, string>,
  note: string,
): string | undefined {
  let text = file.message
  for (const id of file.duplicateOf ?? []) {
    const named = removedNames.get(id)
    if (named !== undefined && text !== undefined)
      // A function, so a "$&" in a file name is not read as a replacement pattern.
      text = text.replace(named, () => `${named}，${note}`)
  }
  return text
}
