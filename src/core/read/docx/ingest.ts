import type { FileReader } from '../../ingest/fileReader'
import { readZipEntries } from '../zip'
import { listZipEntries } from '../zipArchive'
import { docxToDocument } from './docxToDocument'

/**
 * True when the package has word/document.xml at its root. The sniffer looks for that name anywhere in
 * the bytes, so a plain zip that stores a .docx uncompressed also arrives here.
 */
function hasMainPart(bytes: Uint8Array): boolean {
  const listed = listZipEntries(bytes)
  return !listed.ok || listed.value.some((entry) => entry.name.toLowerCase() === 'word/document.xml')
}

/** The .docx entry of the reader registry (also .wps/.doc files that WPS saved as docx). */
export const readDocxFile: FileReader = (file, options) => {
  if (!hasMainPart(file.bytes)) return Promise.resolve(readZipEntries(file.bytes, options.maxBytes))
  const result = docxToDocument(file.name, file.bytes, options.maxBytes)
  return Promise.resolve(
    result.ok ? { kind: 'document', document: result.doc } : { kind: 'error', error: result.error },
  )
}
