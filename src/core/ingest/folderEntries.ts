/**
 * What a walk through a folder of reports leaves out, in the batch command and on the page alike: system
 * entries, and data or program files that sit next to reports in research folders (ground-truth JSON,
 * exported CSV, scripts). A file named on its own (on the command line, picked or dropped) is always read.
 */
import { fileExtension } from './fileExtension'

/** Entries in report folders that are never reports (OS metadata, archive residue). */
export function isSystemEntry(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX' || name === 'Thumbs.db' || name === 'desktop.ini'
}

const NOT_REPORT_EXTENSIONS: ReadonlySet<string> = new Set([
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

/** A data or program file, skipped in folder walks only. */
export function isSkippedInFolders(name: string): boolean {
  return NOT_REPORT_EXTENSIONS.has(fileExtension(name))
}
