import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/core/decode/decodeText'

const seedPath = join(import.meta.dirname, '../../fixtures/seeds/001_cad4fa3e014eb2f3.txt')
const seedText = readFileSync(seedPath, 'utf8')

describe('decodeText', () => {
  it('reads a UTF-8 seed as utf-8', () => {
    const decoded = decodeText(new Uint8Array(readFileSync(seedPath)))
    const facts = { hasBadCharacter: false, mayGainCjk: false, hasTraditional: false }
    expect(decoded).toEqual({ text: seedText, encoding: 'utf-8', facts })
  })

  it('reads the same seed saved as GBK (gb18030 fallback)', () => {
    const decoded = decodeText(new Uint8Array(iconv.encode(seedText, 'gbk')))
    expect(decoded.encoding).toBe('gb18030')
    expect(decoded.text).toBe(seedText)
  })

  it('reads a report saved as Big5 as big5, and every GBK seed still as gb18030', () => {
    const big5 = join(
      import.meta.dirname,
      '../../fixtures/generated/traditional/004_1acaf75430f57636.s2tw.big5.txt',
    )
    const decoded = decodeText(new Uint8Array(readFileSync(big5)))
    expect(decoded.encoding).toBe('big5')
    expect(decoded.text).toContain('政府信息公開工作年度報告')
    for (const name of readdirSync(join(import.meta.dirname, '../../fixtures/seeds')).filter((n) =>
      n.endsWith('.txt'),
    )) {
      const text = readFileSync(join(import.meta.dirname, '../../fixtures/seeds', name), 'utf8')
      expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk'))), name).toEqual({
        text,
        encoding: 'gb18030',
      })
    }
  })

  it('keeps short GBK text whose characters read as report characters in Big5 (叫 as 請) GBK', () => {
    for (const text of ['餐厨垃圾处理中心.txt', '叫号系统.txt', '年报', '报告'])
      expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk'))), text).toEqual({
        text,
        encoding: 'gb18030',
      })
  })

  it('keeps UTF-8 with one stray byte or one cut character UTF-8, the damage replaced by U+FFFD', () => {
    const bytes = new Uint8Array(readFileSync(seedPath))
    // Between two lines, so the stray byte splits no character.
    const at = bytes.indexOf(0x0a, bytes.length >> 1) + 1
    const stray = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)])
    const strayText = decodeText(stray)
    expect(strayText.encoding).toBe('utf-8')
    expect(strayText.text.replace('\ufffd', '')).toBe(seedText)
    // The first two bytes of a three-byte character, then the rest of the file.
    const cut = new Uint8Array([...bytes.subarray(0, 40), 0xe4, 0xb8, ...bytes.subarray(40)])
    expect(decodeText(cut).encoding).toBe('utf-8')
    expect(decodeText(cut).text.split('\ufffd')).toHaveLength(2)
  })

  it('reads GBK with a stray byte as GBK, not as damaged UTF-8', () => {
    const gbk = iconv.encode(seedText, 'gbk')
    const decoded = decodeText(new Uint8Array([...gbk, 0xff]))
    expect(decoded.encoding).toBe('gb18030')
    expect(decoded.text.startsWith(seedText)).toBe(true)
  })

  it('reads GB18030 four-byte characters', () => {
    const text = '𠀀 城乡一体化示范区党政办公室'
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gb18030')))).toEqual({ text, encoding: 'gb18030' })
  })

  it('reads a short GBK title that is also a valid byte string in other encodings', () => {
    const text = '年度报告'
    expect(decodeText(new Uint8Array(iconv.encode(text, 'gbk'))).text).toBe(text)
  })

  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf], 'utf8'],
    ['utf-16le', [0xff, 0xfe], 'utf16le'],
    ['utf-16be', [0xfe, 0xff], 'utf16-be'],
  ] as const)('honours a %s BOM and drops it', (encoding, bom, iconvName) => {
    const text = seedText.slice(0, 200)
    const bytes = new Uint8Array([...bom, ...iconv.encode(text, iconvName)])
    expect(decodeText(bytes)).toEqual({ text, encoding })
  })

  it('gives empty text for no bytes', () => {
    const facts = { hasBadCharacter: false, mayGainCjk: false, hasTraditional: false }
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', facts })
  })
})
