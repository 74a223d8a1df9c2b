import type { FileReader } from '../../ingest/fileReader'
import { readMhtmlBytes } from '../mhtml'
import { readHtmlBytes } from './readHtmlBytes'

/** MIME headers before any markup: a single-part .mht the sniffer took for HTML. */
const MIME_HEAD = /^(?:[\w-]+:[^\n]*\r?\n)*MIME-Version:\s*1\.0/i

function startsAsMime(bytes: Uint8Array): boolean {
  let head = ''
  for (let index = 0; index < Math.min(bytes.length, 1024); index++)
    head += String.fromCharCode(bytes[index] ?? 0)
  return MIME_HEAD.test(head)
}

/** The MHTML entry of the reader registry. */
export const readMhtmlFile: FileReader = (file) => {
  const result = readMhtmlBytes(file.name, file.bytes)
  return Promise.resolve(
    result.ok ? { kind: 'document', document: result.doc } : { kind: 'error', error: result.error },
  )
}

/** The HTML entry of the reader registry: saved pages, and text/html pasted from a browser. */
export const readHtmlFile: FileReader = (file, options) => {
  if (startsAsMime(file.bytes)) return readMhtmlFile(file, options)
  const { doc } = readHtmlBytes(file.name, file.bytes, options.origin === 'paste' ? 'paste' : 'html')
  return Promise.resolve({ kind: 'document', document: doc })
}
