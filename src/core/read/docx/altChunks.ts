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
import { extractZipEntry, type ZipEntry } from '../zipArchive'
import { childElements, parseXml } from './xmlTree'

const RELATIONSHIPS = 'word/_rels/document.xml.rels'
const MIME_HEAD = /^\s*(?:[\w-]+:[^\n]*\r?\n)*MIME-Version:/i

/** Lines of the chunk a relationship id names; empty when it cannot be read. */
export type ChunkLines = (relationshipId: string) => SourceLine[]

/** "afchunk.mht" → "word/afchunk.mht"; "/word/x.htm" → "word/x.htm"; "../a" → "a". */
function partName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `word/${target}`
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/').toLowerCase()
}

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

export function altChunkReader(bytes: Uint8Array, entries: ZipEntry[], maxBytes: number): ChunkLines {
  const byName = new Map(entries.map((entry) => [entry.name.replace(/^\//, '').toLowerCase(), entry]))
  const targets = new Map<string, string>()
  const relationships = byName.get(RELATIONSHIPS)
  const extracted = relationships ? extractZipEntry(bytes, relationships, maxBytes) : undefined
  if (extracted?.ok) {
    const root = parseXml(decodeText(extracted.value).text)
    for (const list of childElements(root))
      for (const relationship of childElements(list)) {
        const id = relationship.attributes.id
        const target = relationship.attributes.target
        if (id !== undefined && target !== undefined && relationship.attributes.targetmode !== 'External')
          targets.set(id, partName(target))
      }
  }
  return (relationshipId) => {
    const target = targets.get(relationshipId)
    const entry = target === undefined ? undefined : byName.get(target)
    if (!entry) return []
    const chunk = extractZipEntry(bytes, entry, maxBytes)
    return chunk.ok ? chunkToLines(entry.name, chunk.value) : []
  }
}
