/**
 * <w:altChunk r:id="…"/>: content imported into the document as another file (HTML, MHTML, RTF, text).
 * "Export to Word" features of web systems build .docx this way, so the whole report can be an HTML page
 * inside the package. Word converts chunks when it saves; files straight from such systems keep them.
 */
import { decodeText } from '../../decode/decodeText'
import type { SourceLine } from '../../model/report'
import { readHtmlBytes } from '../html/readHtmlBytes'
import { readMhtmlBytes } from '../mhtml'
import { looksLikeRtf, rtfLines } from '../rtf/rtfLines'
import { textToDocument } from '../text'
import type { PackageParts } from './packageParts'

const MIME_HEAD = /^\s*(?:[\w-]+:[^\n]*\r?\n)*MIME-Version:/i

/** Lines of the chunk a relationship id names; empty when it cannot be read. */
export type ChunkLines = (relationshipId: string) => SourceLine[]

function asciiHead(bytes: Uint8Array): string {
  let head = ''
  for (let index = 0; index < Math.min(bytes.length, 2048); index++)
    head += String.fromCharCode(bytes[index] ?? 0)
  return head
}

function chunkToLines(name: string, bytes: Uint8Array): SourceLine[] {
  if (looksLikeRtf(bytes)) return rtfLines(bytes)
  const head = asciiHead(bytes)
  if (MIME_HEAD.test(head)) {
    const read = readMhtmlBytes(name, bytes)
    return read.ok ? read.doc.lines : []
  }
  if (/<[a-z!]/i.test(head)) return readHtmlBytes(name, bytes).doc.lines
  return textToDocument(name, decodeText(bytes).text).lines
}

export function altChunkReader(parts: PackageParts): ChunkLines {
  return (relationshipId) => {
    const part = parts.related(relationshipId)
    return part ? chunkToLines(part.name, part.bytes) : []
  }
}
