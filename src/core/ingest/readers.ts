import type { FileKind } from './fileKind'
import type { FileReader } from './fileReader'
import { readHtmlFile, readMhtmlFile } from '../read/html/ingest'
import { readMarkdownFile, readTextFile } from './textReader'

/*
 * Heavy readers (PDF, Word, zip, RTF) load through import() on first use so they stay out of the first
 * bundle. Each loader is named once: the reader calls it, and loadDeferredReaders can call it ahead.
 */
const loadPdfReader = () => import('../read/pdf/ingest')
const loadDocxReader = () => import('../read/docx/ingest')
const loadDocReader = () => import('../read/doc/ingest')
const loadZipReader = () => import('../read/zip')
const loadRtfReader = () => import('../read/rtf/ingest')

/**
 * The reader of each file kind: the one place a new reader is registered, with one line.
 * A kind without a reader yields an 'unsupported' error naming the format.
 */
export const READERS: Partial<Record<FileKind, FileReader>> = {
  text: readTextFile,
  markdown: readMarkdownFile,
  html: readHtmlFile,
  mhtml: readMhtmlFile,
  pdf: (file, options) => loadPdfReader().then((m) => m.readPdfFile(file, options)),
  docx: (file, options) => loadDocxReader().then((m) => m.readDocxFile(file, options)),
  doc: (file, options) => loadDocReader().then((m) => m.readDocFile(file, options)),
  zip: (file, options) => loadZipReader().then((m) => m.readZipFile(file, options)),
  rtf: (file, options) => loadRtfReader().then((m) => m.readRtfFile(file, options)),
}

export function hasReader(kind: FileKind): boolean {
  return READERS[kind] !== undefined
}

/**
 * Loads every reader that READERS loads on first use. The browser calls it while the page is idle, so
 * a file dropped after the network went away (or after the site was redeployed) is still read.
 */
export async function loadDeferredReaders(): Promise<void> {
  await Promise.all([loadPdfReader(), loadDocxReader(), loadDocReader(), loadZipReader(), loadRtfReader()])
}
