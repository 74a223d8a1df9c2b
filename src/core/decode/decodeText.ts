import { createTextDecoder, type TextDecoderLike } from './textDecoder'
import type { TextFacts } from '../text/textFacts'
import { decodeUtf8Strict } from './utf8'

export interface DecodedText {
  text: string
  /** The WHATWG label used: 'utf-8', 'utf-16le', 'utf-16be' or 'gb18030'. */
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

/**
 * Bytes → text. A BOM decides; otherwise strict UTF-8, and on the first invalid sequence GB18030
 * (the superset of GBK/GB2312 that Chinese government sites and Windows editors write).
 * Never throws. (Node 20, workers and browsers all have TextDecoder with gb18030; without one the
 * text is empty rather than wrong.)
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes)
  if (bom) {
    const body = bytes.subarray(bom.length)
    return { text: decoderFor(bom.encoding)?.decode(body) ?? '', encoding: bom.encoding }
  }
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== undefined) return { text: utf8.text, encoding: 'utf-8', facts: utf8.facts }
  return { text: decoderFor('gb18030')?.decode(bytes) ?? '', encoding: 'gb18030' }
}
