import type { FileReader } from '../../ingest/fileReader'
import { docToDocument } from './docToDocument'

/** The .doc/.wps entry of the reader registry (every OLE compound file arrives here). */
export const readDocFile: FileReader = (file) => {
  const result = docToDocument(file.name, file.bytes)
  return Promise.resolve(
    result.ok ? { kind: 'document', document: result.doc } : { kind: 'error', error: result.error },
  )
}
