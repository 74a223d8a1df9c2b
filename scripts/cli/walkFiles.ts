import { opendir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isSkippedInFolders, isSystemEntry } from '../../src/core/ingest/folderEntries'

/**
 * Every file under `path` (or `path` itself), depth first in name order, one at a time so a folder
 * of thousands of reports is never listed in memory all at once beyond one directory level.
 * Symbolic links to files are followed; links to folders are not (no cycles). `onSkipped` hears
 * each file left out by isSkippedInFolders.
 */
export async function* walkFiles(
  path: string,
  onSkipped: (path: string) => void = () => {},
): AsyncGenerator<string> {
  const info = await stat(path)
  if (!info.isDirectory()) {
    yield path
    return
  }
  const names: { name: string; directory: boolean; link: boolean }[] = []
  for await (const entry of await opendir(path)) {
    if (isSystemEntry(entry.name)) continue
    if (!entry.isDirectory() && isSkippedInFolders(entry.name)) {
      onSkipped(join(path, entry.name))
      continue
    }
    names.push({ name: entry.name, directory: entry.isDirectory(), link: entry.isSymbolicLink() })
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of names) {
    const child = join(path, entry.name)
    if (entry.directory) yield* walkFiles(child, onSkipped)
    else if (!entry.link) yield child
    else if ((await stat(child).catch(() => undefined))?.isFile()) yield child
  }
}
