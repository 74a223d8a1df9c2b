import { isSkippedInFolders, isSystemEntry } from '../../core/ingest/folderEntries'
import { compareNatural } from '../../core/text/naturalOrder'
import { sourceFromFile, type IngestSource } from './ingestSource'

/*
 * The File and Directory Entries API as far as a drop needs it. Structural, so tests can build a
 * dropped folder without a browser; the DOM's FileSystemEntry types fit these shapes.
 */
interface EntryLike {
  name: string
  fullPath: string
  isFile: boolean
  isDirectory: boolean
}

interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure?: (error: DOMException) => void): void
}

interface DirectoryEntryLike extends EntryLike {
  createReader(): {
    readEntries(success: (entries: EntryLike[]) => void, failure?: (error: DOMException) => void): void
  }
}

export interface DroppedItem {
  kind: string
  getAsFile(): File | null
  webkitGetAsEntry?: () => EntryLike | null
}

export interface DroppedData {
  items: ArrayLike<DroppedItem>
  files: ArrayLike<File>
}

/** An entry of a walked folder that is no report: system metadata, or a data or program file. */
function isLeftOutOfFolders(entry: EntryLike): boolean {
  return isSystemEntry(entry.name) || (!entry.isDirectory && isSkippedInFolders(entry.name))
}

function isDirectory(entry: EntryLike): entry is DirectoryEntryLike {
  return entry.isDirectory
}

function isFile(entry: EntryLike): entry is FileEntryLike {
  return entry.isFile
}

function readEntries(reader: ReturnType<DirectoryEntryLike['createReader']>): Promise<EntryLike[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

function entryFile(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/**
 * Every file under a dropped folder, depth first, in name order with numbers by value (附件2 before 附件10;
 * readEntries returns batches of ~100).
 */
async function walkDirectory(directory: DirectoryEntryLike): Promise<IngestSource[]> {
  const reader = directory.createReader()
  const entries: EntryLike[] = []
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    entries.push(...batch)
  }
  entries.sort((a, b) => compareNatural(a.name, b.name))
  const sources: IngestSource[] = []
  for (const entry of entries) {
    if (isLeftOutOfFolders(entry)) continue
    if (isDirectory(entry)) sources.push(...(await walkDirectory(entry)))
    else if (isFile(entry))
      sources.push(sourceFromFile(await entryFile(entry), entry.fullPath.replace(/^\//, '')))
  }
  return sources
}

/**
 * The files of a drop, folders walked recursively. Must be called synchronously in the drop handler:
 * DataTransfer items are only readable during the event, so entries and files are taken first and
 * the folders walked afterwards.
 */
export function collectDroppedFiles(transfer: DroppedData): Promise<IngestSource[]> {
  const direct: IngestSource[] = []
  const directories: DirectoryEntryLike[] = []
  const items = Array.from(transfer.items).filter((item) => item.kind === 'file')
  if (items.length === 0) {
    return Promise.resolve(Array.from(transfer.files).map((file) => sourceFromFile(file)))
  }
  for (const item of items) {
    // Script-built DataTransfers (and some browsers) have no entries: then the item is a plain file.
    const entry = item.webkitGetAsEntry?.() ?? null
    if (entry && isDirectory(entry)) {
      directories.push(entry)
      continue
    }
    const file = item.getAsFile()
    if (file) direct.push(sourceFromFile(file))
  }
  if (directories.length === 0) return Promise.resolve(direct)
  return Promise.all(directories.map((directory) => walkDirectory(directory))).then((walked) => [
    ...direct,
    ...walked.flat(),
  ])
}

/**
 * Files chosen with the file or folder picker. Of a picked folder (its files have a relative path), system,
 * data and program files are skipped, as in a dropped folder; a file picked by itself is always read.
 */
export function sourcesFromFileList(files: FileList | null): IngestSource[] {
  if (!files) return []
  return [...files]
    .filter((file) => {
      // Empty for a file picked by itself (and absent where the browser does not set it).
      if (!file.webkitRelativePath) return true
      return !file.webkitRelativePath.split('/').some(isSystemEntry) && !isSkippedInFolders(file.name)
    })
    .map((file) => sourceFromFile(file))
}
