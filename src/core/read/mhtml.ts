/**
 * .mht/.mhtml ("单个文件网页", saved by Chrome/Edge/IE/WPS): a MIME message whose text/html part is the
 * page, quoted-printable or base64, with its charset in the part header. Only that part is read; the
 * images, styles and frames next to it are ignored.
 */
import { decodeHtmlBytes, latin1 } from '../decode/htmlCharset'
import type { ParseError, SourceDocument } from '../model/report'
import { htmlToDocument } from './html/htmlToDocument'

export type MhtmlResult =
  { ok: true; doc: SourceDocument; encoding: string } | { ok: false; error: ParseError }

interface MimeEntity {
  headers: Map<string, string>
  body: string
}

interface ContentType {
  mediaType: string
  parameters: Map<string, string>
}

/** Nested multiparts deeper than this are not a saved page. */
const MAX_DEPTH = 8
const BLANK_LINE = /\r?\n\r?\n/

function parseEntity(source: string): MimeEntity {
  const blank = BLANK_LINE.exec(source)
  const headerText = blank === null ? source : source.slice(0, blank.index)
  const body = blank === null ? '' : source.slice(blank.index + blank[0].length)
  const headers = new Map<string, string>()
  // Folded header lines continue with leading whitespace.
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function parseContentType(value: string | undefined): ContentType {
  const parameters = new Map<string, string>()
  if (value === undefined) return { mediaType: '', parameters }
  const [mediaType = '', ...rest] = value.split(';')
  for (const parameter of rest) {
    const equals = parameter.indexOf('=')
    if (equals <= 0) continue
    const key = parameter.slice(0, equals).trim().toLowerCase()
    const raw = parameter.slice(equals + 1).trim()
    parameters.set(key, raw.replace(/^"([\s\S]*)"$/, '$1'))
  }
  return { mediaType: mediaType.trim().toLowerCase(), parameters }
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`
  const parts: string[] = []
  let start = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`)
  while (start !== -1) {
    const afterDelimiter = body.indexOf(delimiter, start) + delimiter.length
    if (body.startsWith('--', afterDelimiter)) break
    const lineEnd = body.indexOf('\n', afterDelimiter)
    if (lineEnd === -1) break
    const next = body.indexOf(`\n${delimiter}`, lineEnd)
    const end = next === -1 ? body.length : next
    parts.push(body.slice(lineEnd + 1, end > lineEnd && body[end - 1] === '\r' ? end - 1 : end))
    start = next
  }
  return parts
}

/** The first text/html entity, depth-first, in document order. */
function findHtmlEntity(entity: MimeEntity, depth: number): MimeEntity | undefined {
  const type = parseContentType(entity.headers.get('content-type'))
  if (type.mediaType === 'text/html') return entity
  const boundary = type.parameters.get('boundary')
  if (
    !type.mediaType.startsWith('multipart/') ||
    boundary === undefined ||
    boundary === '' ||
    depth >= MAX_DEPTH
  ) {
    return undefined
  }
  for (const part of splitMultipart(entity.body, boundary)) {
    const found = findHtmlEntity(parseEntity(part), depth + 1)
    if (found !== undefined) return found
  }
  return undefined
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 65 && code <= 70) return code - 55
  if (code >= 97 && code <= 102) return code - 87
  return -1
}

/** Quoted-printable (RFC 2045 §6.7): "=XX" is a byte, "=" at a line end is a soft break. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 61 /* = */) {
      if (text[index + 1] === '\n') {
        index += 1
        continue
      }
      if (text[index + 1] === '\r' && text[index + 2] === '\n') {
        index += 2
        continue
      }
      const high = hexValue(text.charCodeAt(index + 1))
      const low = hexValue(text.charCodeAt(index + 2))
      if (high >= 0 && low >= 0) {
        bytes[length++] = high * 16 + low
        index += 2
        continue
      }
    }
    bytes[length++] = code & 0xff
  }
  return bytes.subarray(0, length)
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUES = new Map(
  [...BASE64_ALPHABET].map((character, index) => [character.charCodeAt(0), index]),
)

/** Base64 with line breaks and any other stray characters ignored. */
export function decodeBase64(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.ceil((text.length * 3) / 4))
  let length = 0
  let buffer = 0
  let bits = 0
  for (let index = 0; index < text.length; index++) {
    const value = BASE64_VALUES.get(text.charCodeAt(index))
    if (value === undefined) continue
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[length++] = (buffer >> bits) & 0xff
    }
  }
  return bytes.subarray(0, length)
}

function bodyBytes(entity: MimeEntity): Uint8Array {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase()
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body)
  if (encoding === 'base64') return decodeBase64(entity.body)
  const bytes = new Uint8Array(entity.body.length)
  for (let index = 0; index < entity.body.length; index++) bytes[index] = entity.body.charCodeAt(index) & 0xff
  return bytes
}

/** Reads the page inside an MHTML file. Never throws; a file without an HTML part is a typed error. */
export function readMhtmlBytes(name: string, bytes: Uint8Array): MhtmlResult {
  const html = findHtmlEntity(parseEntity(latin1(bytes)), 0)
  if (html === undefined) {
    return {
      ok: false,
      error: { code: 'corrupt', message: '这个 MHTML 单文件网页里没有找到网页正文（text/html 部分）' },
    }
  }
  const charset = parseContentType(html.headers.get('content-type')).parameters.get('charset')
  const { text, encoding } = decodeHtmlBytes(bodyBytes(html), charset)
  const doc = htmlToDocument(name, text, 'html')
  doc.encoding = encoding
  return { ok: true, doc, encoding }
}
