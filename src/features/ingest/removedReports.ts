import type { FileEntry, LoadedReport } from '../../store/types'
import { describeLoaded } from './fileOutcome'

/**
 * How the file list names each report about to be removed, by id, as messages name a loaded report (see
 * duplicateOfText and keepOneCopy): first as the page shows it now (`shown`, the effective reports, with
 * the user's agency and year), then as read (`read`, the reader's reports) when that differs: a line
 * written when the file was added, or before the user corrected the report's agency or year, names it so.
 */
export function removedReportNames(
  shown: readonly LoadedReport[],
  read: readonly LoadedReport[],
  removed: ReadonlySet<string>,
): Map<string, string[]> {
  const names = new Map<string, string[]>()
  for (const loaded of shown) if (removed.has(loaded.id)) names.set(loaded.id, [describeLoaded(loaded)])
  for (const loaded of read) {
    const known = names.get(loaded.id)
    const name = describeLoaded(loaded)
    if (!removed.has(loaded.id) || known?.includes(name) === true) continue
    names.set(loaded.id, [...(known ?? []), name])
  }
  return names
}

/**
 * The file's message once reports it names as loaded are removed (those of `duplicateOf`: the report it
 * was dropped as a copy of, or the copy kept instead of its own): a file still naming a removed report as
 * loaded would mislead, so each such name is followed by the note.
 */
export function noteRemovedOriginals(
  file: FileEntry,
  removedNames: ReadonlyMap<string, readonly string[]>,
  note: string,
): string | undefined {
  let text = file.message
  for (const id of file.duplicateOf ?? []) {
    const names = removedNames.get(id)
    if (names === undefined) continue
    // The name written first: the names worked out now may no longer be it.
    const written = file.namedAs?.[id]
    const named = (written === undefined ? names : [written, ...names]).find(
      (name) => text?.includes(name) === true,
    )
    if (named !== undefined && text !== undefined)
      // A function, so a "$&" in a file name is not read as a replacement pattern.
      text = text.replace(named, () => `${named}，${note}`)
  }
  return text
}
