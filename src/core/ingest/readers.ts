import type { FileKind } from './fileKind'
import type { FileReader } from './fileReader'
import { readHtmlFile, readMhtmlFile } from '../read/html/ingest'
import { readMarkdownFile, readTextFile } from './textReader'

/**
 * The reader of each file kind: the one place a new reader is registered, with one line. Heavy
 * readers (PDF, Word, zip) load through import() on first use so they stay out of the first bundle:
 *   pdf: (file, options) => import('../read/pdf/ingest').then((m) => m.readPdfFile(file, options)),
 * A kind without a reader yields an 'unsupported' error naming the format.
 */
export const READERS: Partial<Record<FileKind, FileReader>> = {
  text: readTextFile,
  markdown: readMarkdownFile,
  html: readHtmlFile,
  mhtml: readMhtmlFile,
  pdf: (file, options) => import('../read/pdf/ingest').then((m) => m.readPdfFile(file, options)),
  docx: (file, options) => import('../read/docx/ingest').then((m) => m.readDocxFile(file, options)),
  doc: (file, options) => import('../read/doc/ingest').then((m) => m.readDocFile(file, options)),
  zip: (file, options) => import('../read/zip').then((m) => m.readZipFile(file, options)),
  rtf: (file, options) => import('../read/rtf/ingest').then((m) => m.readRtfFile(file, options)),
}

export function hasReader(kind: FileKind): boolean {
  return READERS[kind] !== undefined
}
