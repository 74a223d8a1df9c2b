/**
 * The zip entry of the reader registry: an archive of reports becomes its entries, each read again by
 * the dispatcher (which names them "archive.zip/<path>"). Sizes are checked before anything is inflated.
 */
import type { NamedBytes } from '../ingest/fileKind'
import type { FileReader, ReaderOutput } from '../ingest/fileReader'
import { formatByteSize, MAX_FILE_BYTES } from '../ingest/limits'
import { extractZipEntry, listZipEntries, type ZipEntry } from './zipArchive'

/** All entries together may inflate to this many times the single-file limit. */
const ARCHIVE_TOTAL_FACTOR = 4

/** Files that archivers and desktops add next to the real ones: never reports, never worth an error. */
const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini'])

function isSystemEntry(name: string): boolean {
  if (name.startsWith('__MACOSX/') || name.includes('/__MACOSX/')) return true
  const base = name.slice(name.lastIndexOf('/') + 1)
  return base.startsWith('._') || SYSTEM_FILES.has(base.toLowerCase())
}

function isReadable(entry: ZipEntry): boolean {
  return !entry.directory && !isSystemEntry(entry.name)
}

/** Entry paths as the user will see them: no leading "./" or "/". */
function displayName(name: string): string {
  return name.replace(/^(?:\.\/|\/)+/, '')
}

/** An archive's report entries, or the error that stops the whole archive from being read. */
export function readZipEntries(bytes: Uint8Array, maxBytes: number = MAX_FILE_BYTES): ReaderOutput {
  const listed = listZipEntries(bytes)
  if (!listed.ok) return { kind: 'error', error: listed.error }
  const wanted = listed.value.filter(isReadable)
  const total = wanted.reduce((sum, entry) => sum + entry.size, 0)
  const totalLimit = maxBytes * ARCHIVE_TOTAL_FACTOR
  if (total > totalLimit) {
    return {
      kind: 'error',
      error: {
        code: 'too-large',
        message: `压缩包解压后共 ${formatByteSize(total)}，超过 ${formatByteSize(totalLimit)} 的上限（可能是压缩炸弹），未读取`,
      },
    }
  }
  const entries: NamedBytes[] = []
  for (const entry of wanted) {
    const extracted = extractZipEntry(bytes, entry, maxBytes)
    if (!extracted.ok) return { kind: 'error', error: extracted.error }
    entries.push({ name: displayName(entry.name), bytes: extracted.value })
  }
  return { kind: 'archive', entries }
}

export const readZipFile: FileReader = (file, options) =>
  Promise.resolve(readZipEntries(file.bytes, options.maxBytes))
