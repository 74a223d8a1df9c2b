import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeUtf8Strict } from '../../../src/core/decode/utf8'
import { scanTextFacts } from '../../../src/core/text/textFacts'
import { seededRandom } from '../../helpers/seededRandom'

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** What the platform's WHATWG decoder gives: the text, or undefined where it throws. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return fatal.decode(bytes)
  } catch {
    return undefined
  }
}

const fixtures = join(import.meta.dirname, '../../fixtures')
const seedFiles = readdirSync(join(fixtures, 'seeds')).filter((name) => name.endsWith('.txt'))

describe('decodeUtf8Strict', () => {
  it.each(seedFiles)('decodes the seed %s exactly as TextDecoder does', (name) => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'seeds', name)))
    const decoded = decodeUtf8Strict(bytes)
    expect(decoded?.text).toBe(reference(bytes))
    expect(decoded?.text).toContain('政府信息公开')
    expect(decoded?.facts).toEqual({ hasBadCharacter: false, mayGainCjk: false, hasTraditional: false })
  })

  it('decodes every kind of sequence: ASCII, two, three and four bytes', () => {
    const text = 'A é ж 中文　（）𠀀 😀 \u0000\u007f\u0080\u07ff\u0800\uffff'
    expect(decodeUtf8Strict(new TextEncoder().encode(text))?.text).toBe(text)
  })

  it.each([
    ['plain report text', '第二十条第（一）项\t３，１\u3000', false, false, false],
    ['a control character', '行政许可\u0001', true, false, false],
    ['U+FFFD from an earlier failed decode', '行政\ufffd许可', true, true, false],
    ['a Kangxi radical NFKC turns into 一', '第二十条第（\u2f00）项', false, true, false],
    ['a character outside the BMP', '𠀀', false, true, false],
    ['a two-byte character NFKC changes (ª → a)', 'ª', false, true, false],
    ['traditional characters', '行政許可\t67', false, false, true],
  ])(
    'works out the facts of %s as it decodes',
    (_name, text, hasBadCharacter, mayGainCjk, hasTraditional) => {
      const decoded = decodeUtf8Strict(new TextEncoder().encode(text))
      expect(decoded?.facts).toEqual({ hasBadCharacter, mayGainCjk, hasTraditional })
      expect(scanTextFacts(text)).toEqual({ hasBadCharacter, mayGainCjk, hasTraditional })
    },
  )

  it.each([
    ['a stray continuation byte', [0x41, 0x80]],
    ['an overlong two-byte form', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lead byte F5', [0xf5, 0x80, 0x80, 0x80]],
    ['a sequence cut off at the end', [0xe4, 0xb8]],
    ['GBK bytes of 年度', [0xc4, 0xea, 0xb6, 0xc8]],
  ])('rejects %s', (_name, bytes) => {
    expect(decodeUtf8Strict(new Uint8Array(bytes))).toBeUndefined()
    expect(reference(new Uint8Array(bytes))).toBeUndefined()
  })

  it('agrees with TextDecoder on 20,000 random and damaged byte strings', () => {
    const random = seededRandom(20261206)
    const seed = new Uint8Array(readFileSync(join(fixtures, 'seeds', seedFiles[0] ?? '')))
    let rejected = 0
    for (let round = 0; round < 20_000; round++) {
      const length = Math.floor(random() * 12)
      const bytes =
        round % 2 === 0
          ? Uint8Array.from({ length }, () => Math.floor(random() * 256))
          : seed.slice(Math.floor(random() * 40), 40 + Math.floor(random() * 40))
      if (round % 4 === 1) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256)
      const expected = reference(bytes)
      if (expected === undefined) rejected++
      const decoded = decodeUtf8Strict(bytes)
      if (expected === undefined) expect(decoded).toBeUndefined()
      else expect(decoded).toEqual({ text: expected, facts: scanTextFacts(expected) })
    }
    // Both outcomes were exercised, not just one.
    expect(rejected).toBeGreaterThan(1000)
    expect(rejected).toBeLessThan(19_000)
  })

  it('reads a text longer than its first buffer', () => {
    const text = '政府信息公开'.repeat(40_000)
    expect(decodeUtf8Strict(new TextEncoder().encode(text))?.text).toBe(text)
  })
})
