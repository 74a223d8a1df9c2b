import { opendir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Entries in report folders that are never reports (OS metadata, archive residue). */
function isSystemEntry(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX' || name === 'Thumbs.db' || name === 'desktop.ini'
}

/**
 * Data and program files that sit next to reports in research folders (ground-truth JSON, exported
 * CSV, scripts). Skipped in folder walks only; a file named on the command line is always read.
 */
const NOT_REPORT_EXTENSIONS = new Set([
  'json',
  'csv',
  'tsv',
  'js',
  'mjs',
  'ts',
  'py',
  'css',
  'map',
  'log',
  'db',
  'ini',
])

export function isSkippedInFolders(name: string): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && NOT_REPORT_EXTENSIONS.has(name.slice(dot + 1).toLowerCase())
}

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
