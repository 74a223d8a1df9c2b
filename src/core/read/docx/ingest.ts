import type { FileReader } from '../../ingest/fileReader'
import { MAX_FILE_BYTES } from '../../ingest/limits'
import { readZipEntries } from '../zip'
import { listZipEntries } from '../zipArchive'
import { docxToDocument } from './docxToDocument'
import { mainPartName, partReader } from './mainPart'

/**
 * True when the package has a Word main document (word/document.xml, or the part its relationships name).
 * The sniffer looks for that name anywhere in the bytes, so a plain zip that stores a .docx uncompressed
 * also arrives here.
 */
function hasMainPart(bytes: Uint8Array, maxBytes: number): boolean {
  const listed = listZipEntries(bytes)
  if (!listed.ok || listed.value.some((entry) => entry.name.toLowerCase() === 'word/document.xml'))
    return true
  return mainPartName(listed.value, partReader(bytes, listed.value, maxBytes)) !== undefined
}

/** The .docx entry of the reader registry (also .wps/.doc files that WPS saved as docx). */
export const readDocxFile: FileReader = (file, options) => {
  if (!hasMainPart(file.bytes, options.maxBytes ?? MAX_FILE_BYTES))
    return Promise.resolve(readZipEntries(file.bytes, options.maxBytes))
  const result = docxToDocument(file.name, file.bytes, options.maxBytes)
  return Promise.resolve(
    result.ok ? { kind: 'document', document: result.doc } : { kind: 'error', error: result.error },
  )
}
