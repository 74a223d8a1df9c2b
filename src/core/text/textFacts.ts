/**
 * Two facts about a whole text that the reader needs before it reads a line: whether it holds characters
 * that are no text (readReport's binary test) and whether normalising it may bring CJK characters the raw
 * text lacks (DocumentLines' hints). Each is a regex scan of the text, together about 7 % of reading a
 * report in a batch; the UTF-8 decoder, which looks at every character anyway, works both out on its way
 * (FACT_FLAGS), and only text from elsewhere is scanned (scanTextFacts).
 */
import { mayGainCjk, mayGainCjkCode } from './fastNormalize'
import { hasTraditional, simplifiedOf } from './traditional'

export interface TextFacts {
  /** A control character other than tab and line ends, or U+FFFD from a failed decode. */
  hasBadCharacter: boolean
  /** A character NFKC may turn into CJK text (mayGainCjk). */
  mayGainCjk: boolean
  /** A traditional character, read as its simplified one (traditional.ts). */
  hasTraditional: boolean
}

/** Control characters other than tab and line ends, and U+FFFD from a failed decode. */
export function isBadCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd
}

/** Any isBadCharacter character, for a native scan. */
const BAD_CHARACTER = /[^\t\n\r\x20-\ufffc\ufffe\uffff]/

export function hasBadCharacter(text: string): boolean {
  return BAD_CHARACTER.test(text)
}

export const BAD_FACT = 1
export const GAIN_FACT = 2
export const TRADITIONAL_FACT = 4

/** Per UTF-16 unit, the facts it makes true: a scanner ORs them and hands the result to factsOf. */
export const FACT_FLAGS: Uint8Array = (() => {
  const flags = new Uint8Array(0x10000)
  for (let code = 0; code < flags.length; code++)
    flags[code] =
      (isBadCharacter(code) ? BAD_FACT : 0) |
      (mayGainCjkCode(code) ? GAIN_FACT : 0) |
      (simplifiedOf(code) !== 0 ? TRADITIONAL_FACT : 0)
  return flags
})()

export function factsOf(flags: number): TextFacts {
  return {
    hasBadCharacter: (flags & BAD_FACT) !== 0,
    mayGainCjk: (flags & GAIN_FACT) !== 0,
    hasTraditional: (flags & TRADITIONAL_FACT) !== 0,
  }
}

export function scanTextFacts(text: string): TextFacts {
  return {
    hasBadCharacter: hasBadCharacter(text),
    mayGainCjk: mayGainCjk(text),
    hasTraditional: hasTraditional(text),
  }
}
