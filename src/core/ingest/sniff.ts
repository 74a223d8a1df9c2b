import { localEntryNames } from '../read/zipArchive'
import { fileExtension } from './fileExtension'
import type { FileKind } from './fileKind'

/** How many leading bytes the sniffer looks at: enough for magic numbers, HTML heads and a text sample. */
const SNIFF_BYTES = 8192
/** Below this share of control bytes a sample is text. Real text has tabs and newlines only. */
const MAX_CONTROL_SHARE = 0.05

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  return magic.every((byte, i) => bytes[offset + i] === byte)
}

/** String.fromCharCode over an array of codes: one call per chunk instead of one per byte. */
const fromCharCodes: (thisArg: null, codes: ArrayLike<number>) => string = Function.prototype.apply.bind(
  String.fromCharCode,
)
/** Well below every engine's limit on the number of arguments of one call. */
const SAMPLE_CHUNK = 4096

/** The first `length` bytes, one character per byte (Latin-1): enough to match ASCII markers. */
function asciiSample(bytes: Uint8Array, length: number): string {
  const end = Math.min(bytes.length, length)
  let out = ''
  for (let start = 0; start < end; start += SAMPLE_CHUNK)
    out += fromCharCodes(null, bytes.subarray(start, Math.min(end, start + SAMPLE_CHUNK)))
  return out
}

/** Searches raw bytes for an ASCII string (zip entry names are stored uncompressed). */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0)
  outer: for (
    let i = bytes.indexOf(first);
    i !== -1 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer
    return true
  }
  return false
}

function isImage(bytes: Uint8Array, extension: string): boolean {
  return (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || // GIF8
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) || // RIFF….WEBP
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || // TIFF little-endian
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF big-endian
    (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4) &&
      /^(heic|heix|avif|mif1)$/.test(asciiSample(bytes.subarray(8), 4))) ||
    // "BM" also starts ordinary text, so a bitmap needs its extension as well.
    (startsWith(bytes, [0x42, 0x4d]) && extension === 'bmp')
  )
}

/** MIME headers (MHTML) are looked for only this near the start. */
const MIME_HEAD_BYTES = 4096

const CONTROL = 1
const NUL = 2
const LESS_THAN = 4
const COLON = 8

/**
 * What each byte value tells the sniffer. Control bytes are those other than tab/newline/carriage
 * return/form feed/escape; NUL never occurs in text (UTF-16 text carries a BOM and is decided before
 * this). Every HTML marker starts with "<" and every MIME header has a ":".
 */
const BYTE_FLAGS: Uint8Array = (() => {
  const table = new Uint8Array(256)
  for (let byte = 0; byte < 0x20; byte++) table[byte] = CONTROL
  for (const allowed of [0x09, 0x0a, 0x0d, 0x0c, 0x1b]) table[allowed] = 0
  table[0x7f] = CONTROL
  table[0x00] = NUL
  table[0x3c] = LESS_THAN
  table[0x3a] = COLON
  return table
})()

interface SampleScan {
  /** A NUL byte, or more than MAX_CONTROL_SHARE control bytes. */
  binary: boolean
  /** A "<" anywhere in the sample: it may be HTML. */
  mayBeHtml: boolean
  /** A ":" in the first MIME_HEAD_BYTES: it may have MIME headers. */
  mayBeMime: boolean
}

/** One pass over the sample: every dropped file is sniffed, and separate passes showed in the profile. */
function scanSample(sample: Uint8Array): SampleScan {
  const table = BYTE_FLAGS
  const headEnd = Math.min(sample.length, MIME_HEAD_BYTES)
  let controls = 0
  let head = 0
  for (let i = 0; i < headEnd; i++) {
    const flags = table[sample[i] ?? 0] ?? 0
    controls += flags & CONTROL
    head |= flags
  }
  let tail = 0
  for (let i = headEnd; i < sample.length; i++) {
    const flags = table[sample[i] ?? 0] ?? 0
    controls += flags & CONTROL
    tail |= flags
  }
  const seen = head | tail
  return {
    binary: (seen & NUL) !== 0 || controls / sample.length > MAX_CONTROL_SHARE,
    mayBeHtml: (seen & LESS_THAN) !== 0,
    mayBeMime: (head & COLON) !== 0,
  }
}

/** Names a Word package goes by (WPS saves its own documents as one too). */
const WORD_PACKAGE_EXTENSIONS: ReadonlySet<string> = new Set(['docx', 'docm', 'dotx', 'wps'])
/** Folders of the other Office packages' parts: a workbook's, a presentation's. */
const OTHER_OFFICE_FOLDERS = ['xl/', 'ppt/']
/** A package lists its parts' folders within its first entries ([Content_Types].xml, _rels/.rels, …). */
const ENTRIES_NAMING_THE_KIND = 16

/** The folder of a Word package's parts, also when its main part is not named word/document.xml. */
const WORD_FOLDER = 'word/'

/**
 * Whether the package's first entries are a Word package's parts: a package whose main part has another
 * name (word/document2.xml) is Word's too. A plain zip with a folder named word/ then goes to the Word
 * reader, which reads it as a zip when no main document is found.
 */
function namesWordPart(bytes: Uint8Array): boolean {
  return localEntryNames(bytes, ENTRIES_NAMING_THE_KIND).some((name) => name.startsWith(WORD_FOLDER))
}

/**
 * Whether the package's first entries are another Office kind's parts. By the entries' names, not by
 * searching the bytes: three letters such as "xl/" turn up in a fifth of 5 MB of compressed data.
 */
function namesOtherOfficePart(bytes: Uint8Array): boolean {
  return localEntryNames(bytes, ENTRIES_NAMING_THE_KIND).some((name) =>
    OTHER_OFFICE_FOLDERS.some((folder) => name.startsWith(folder)),
  )
}

const RTF_HEADER = /^\s*\{\\rtf/
const HTML_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<meta\s/i
const MHTML_VERSION = /^mime-version:\s*1\.0/im
const MHTML_MULTIPART = /content-type:\s*multipart\/related/i

/**
 * Decides a file's kind from its content: magic numbers first, then binary-vs-text, then HTML/MHTML
 * markers near the start. The extension only separates markdown from plain text, confirms bitmaps and
 * names a Word package cut short.
 */
export function sniffKind(name: string, bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty'
  const extension = fileExtension(name)
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf' // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, 'word/document.xml')) return 'docx'
    // A Word file cut short (an interrupted download) may end before its document part's name: its own
    // name says Word unless its bytes name another Office kind's part, so it is told it is damaged, not
    // that it is an Excel or PowerPoint file.
    if (WORD_PACKAGE_EXTENSIONS.has(extension) && !namesOtherOfficePart(bytes)) return 'docx'
    if (containsAscii(bytes, '[Content_Types].xml')) return namesWordPart(bytes) ? 'docx' : 'office-other'
    return 'zip'
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc'
  // RAR ("Rar!\x1a\x07") and 7z bundles are common in China; say what they are rather than "binary".
  if (
    startsWith(bytes, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]) ||
    startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])
  )
    return 'archive-other'
  if (isImage(bytes, extension)) return 'image'
  // RTF is 7-bit text, often published under a .doc name: its header decides, not the extension.
  if (RTF_HEADER.test(asciiSample(bytes, 64))) return 'rtf'

  const hasUtf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])
  const scan = scanSample(bytes.subarray(0, SNIFF_BYTES))
  if (!hasUtf16Bom && scan.binary) return 'binary'

  // Markers are ASCII, so a byte-wise look works for UTF-8 and GBK alike (not for UTF-16). Most text
  // reports have neither "<" nor ":" and skip building the sample string.
  if (!hasUtf16Bom && (scan.mayBeMime || scan.mayBeHtml)) {
    const head = asciiSample(bytes, SNIFF_BYTES)
    const mimeHead = head.slice(0, MIME_HEAD_BYTES)
    if (MHTML_VERSION.test(mimeHead) && MHTML_MULTIPART.test(mimeHead)) return 'mhtml'
    if (HTML_MARKERS.test(head)) return 'html'
  }
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  return 'text'
}
