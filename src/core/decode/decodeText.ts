import { createTextDecoder, type TextDecoderLike } from './textDecoder'
import type { TextFacts } from '../text/textFacts'
import { decodeUtf8Strict } from './utf8'

export interface DecodedText {
  text: string
  /** The WHATWG label used: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030' or 'big5'. */
  encoding: string
  /** What the decoder learnt of the text on its way (UTF-8 without BOM, nearly every file), if anything. */
  facts?: TextFacts
}

const decoders = new Map<string, TextDecoderLike | undefined>()

function decoderFor(label: string): TextDecoderLike | undefined {
  if (!decoders.has(label)) decoders.set(label, createTextDecoder(label))
  return decoders.get(label)
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

/** At most one replaced sequence per this many non-ASCII characters for damaged UTF-8 to stay UTF-8. */
const NON_ASCII_PER_REPLACEMENT = 100

/**
 * UTF-8 with a few invalid sequences (a byte lost in a copy, a character cut at a chunk boundary) decoded
 * with U+FFFD in their place; undefined when the invalid sequences are many, as GBK read as UTF-8 gives
 * one for nearly every character. A replaced character that lands in a number leaves that cell unread.
 */
function damagedUtf8(bytes: Uint8Array): string | undefined {
  const text = decoderFor('utf-8')?.decode(bytes)
  if (text === undefined) return undefined
  let replaced = 0
  let nonAscii = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0xfffd) replaced++
    else if (code >= 0x80) nonAscii++
  }
  return replaced * NON_ASCII_PER_REPLACEMENT <= nonAscii ? text : undefined
}

/**
 * Characters every report is full of, in simplified and traditional forms. GBK and Big5 share their byte
 * ranges, so either decodes the other's bytes without an error, into characters a report seldom has.
 */
const REPORT_CHARACTERS = /[的年公开開信息政府申请請报報]/g
/** Enough of a file, from its first non-ASCII byte (a page's head may be kilobytes of script), to tell GBK from Big5 by REPORT_CHARACTERS. */
const ENCODING_SAMPLE_BYTES = 16384
/**
 * Big5 must find this many REPORT_CHARACTERS, and twice as many as GB18030 does: a few GBK characters read
 * as report characters in Big5 (叫 as 請, 厨 as 報), which would tip a short GBK text such as a file name.
 */
const MIN_BIG5_EVIDENCE = 5

/** The index of the first byte outside ASCII; the length when there is none. */
export function firstNonAscii(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length && (bytes[index] ?? 0) < 0x80) index++
  return index
}

function reportCharacterCount(text: string): number {
  return text.match(REPORT_CHARACTERS)?.length ?? 0
}

/**
 * Bytes that are not UTF-8: GB18030 (the superset of GBK/GB2312 that Chinese government sites and Windows
 * editors write), unless the start of the file reads as much more of a report in Big5 (a report in
 * traditional characters from a Taiwan or Hong Kong mirror). Node's big5 decoder lacks the Hong Kong
 * (HKSCS) characters the WHATWG standard adds, which browsers decode: in the batch command they come out
 * as private-use characters.
 */
export function legacyChineseText(bytes: Uint8Array): DecodedText {
  const start = firstNonAscii(bytes)
  const sample = bytes.subarray(start, start + ENCODING_SAMPLE_BYTES)
  const gb18030 = decoderFor('gb18030')
  const big5 = decoderFor('big5')
  // A file that is all sample (most text files) is decoded once, not once more whole.
  const whole = sample.length === bytes.length
  if (gb18030 !== undefined && big5 !== undefined) {
    const sampleAsBig5 = big5.decode(sample)
    const asBig5 = reportCharacterCount(sampleAsBig5)
    // The sample as GB18030 only where it is used: a longer file is decoded whole below anyway.
    if (asBig5 >= MIN_BIG5_EVIDENCE && asBig5 > 2 * reportCharacterCount(gb18030.decode(sample)))
      return { text: whole ? sampleAsBig5 : big5.decode(bytes), encoding: 'big5' }
    if (whole) return { text: gb18030.decode(sample), encoding: 'gb18030' }
  }
  return { text: gb18030?.decode(bytes) ?? '', encoding: 'gb18030' }
}

/**
 * Bytes → text. A BOM decides; otherwise strict UTF-8; then UTF-8 with a few damaged sequences replaced;
 * otherwise GB18030 or Big5 (legacyChineseText). Never throws. (Node 20, workers and browsers all have
 * TextDecoder with gb18030 and big5; without one the text is empty rather than wrong.)
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes)
  if (bom) {
    const body = bytes.subarray(bom.length)
    return { text: decoderFor(bom.encoding)?.decode(body) ?? '', encoding: bom.encoding }
  }
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== undefined) return { text: utf8.text, encoding: 'utf-8', facts: utf8.facts }
  const damaged = damagedUtf8(bytes)
  if (damaged !== undefined) return { text: damaged, encoding: 'utf-8' }
  return legacyChineseText(bytes)
}
