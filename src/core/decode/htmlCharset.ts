/**
 * Character set of a saved web page: the byte-order mark, else the page's own <meta charset> /
 * <meta http-equiv=Content-Type> found in an ASCII sniff of its first bytes. Government sites still
 * serve gb2312/gbk pages, and a saved page keeps those bytes.
 */
import { firstNonAscii, legacyChineseText, type DecodedText } from './decodeText'
import { createTextDecoder } from './textDecoder'

/** How far into the file the meta is looked for; heads full of scripts push it past the spec's 1 KB. */
export const CHARSET_SNIFF_BYTES = 4096

const META_TAG = /<meta\b[^>]*>/gi
const CHARSET_IN_META = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i

/** Decoder labels: the GB family all read with the gb18030 decoder (a superset of gb2312 and gbk). */
const CANONICAL_LABELS: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  csgb2312: 'gb18030',
  chinese: 'gb18030',
  'iso-ir-58': 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  csiso58gb231280: 'gb18030',
  // Not WHATWG labels, but Windows tools write them for the same code page.
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  ms936: 'gb18030',
  'euc-cn': 'gb18030',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // A meta cannot truly declare UTF-16 (it would not be readable as ASCII); browsers treat it as UTF-8.
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
}

/** Byte view as Latin-1, one character per byte: ASCII markup stays readable whatever the encoding. */
export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  // Plain-array chunks: spreading a typed array directly is several times slower in V8.
  const CHUNK = 4096
  const parts: string[] = []
  for (let offset = start; offset < end; offset += CHUNK) {
    const chunkEnd = Math.min(offset + CHUNK, end)
    const codes = new Array<number>(chunkEnd - offset)
    for (let index = offset; index < chunkEnd; index++) codes[index - offset] = bytes[index] ?? 0
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

/** A charset label as the decoder should get it ('gb2312' → 'gb18030'), lower-cased. */
export function canonicalCharset(label: string): string {
  const lower = label.trim().toLowerCase()
  return CANONICAL_LABELS[lower] ?? lower
}

/** The encoding a byte-order mark announces, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** The charset a page declares in a <meta> within its first CHARSET_SNIFF_BYTES bytes, canonicalised. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES))
  for (const match of head.matchAll(META_TAG)) {
    const declared = CHARSET_IN_META.exec(match[0])?.[1]
    if (declared === undefined) continue
    return canonicalCharset(declared)
  }
  return undefined
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return createTextDecoder(label, fatal)?.decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Bytes of a web page → text. Order: BOM; then the declared charset, except that bytes which are valid
 * UTF-8 with non-ASCII content are UTF-8 whatever an old meta says (a re-saved page keeps its gb2312
 * meta; real GBK text is practically never valid UTF-8); then UTF-8; then gb18030 or big5, as for plain
 * text (legacyChineseText). A charset given by the transport (an MHTML part header) is declared more
 * reliably than a meta and replaces it. Never throws.
 */
export function decodeHtmlBytes(bytes: Uint8Array, transportCharset?: string): DecodedText {
  const bom = bomEncoding(bytes)
  if (bom !== undefined) {
    const body = bytes.subarray(bom === 'utf-8' ? 3 : 2)
    return { text: decodeWith(bom, body, false) ?? '', encoding: bom }
  }
  const declared =
    transportCharset !== undefined && transportCharset.trim() !== ''
      ? canonicalCharset(transportCharset)
      : sniffHtmlCharset(bytes)
  const utf8 = decodeWith('utf-8', bytes, true)
  if (
    utf8 !== undefined &&
    (declared === undefined || declared === 'utf-8' || firstNonAscii(bytes) < bytes.length)
  ) {
    return { text: utf8, encoding: 'utf-8' }
  }
  if (declared !== undefined && declared !== 'utf-8') {
    const text = decodeWith(declared, bytes, false)
    if (text !== undefined) return { text, encoding: declared }
  }
  return legacyChineseText(bytes)
}
