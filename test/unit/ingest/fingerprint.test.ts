import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fingerprintDocument } from '../../../src/core/ingest/fingerprint'
import { textToDocument } from '../../../src/core/read/text'

const seeds = join(import.meta.dirname, '../../fixtures/seeds')
const seedText = (name: string) => readFileSync(join(seeds, name), 'utf8')

describe('fingerprintDocument', () => {
  const text = seedText('002_3971b268707d3ce1.txt')

  it('is stable for the same text and 16 hex digits', () => {
    const a = fingerprintDocument(textToDocument('a.txt', text))
    expect(a).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprintDocument(textToDocument('b.txt', text, 'paste'))).toBe(a)
  })

  it('ignores line endings, indentation and ideographic / non-breaking spaces', () => {
    const reformatted = text.replace(/\n/g, '\r\n\r\n').replace(/\t/g, ' \u3000').replace(/ /g, '\u00a0')
    expect(fingerprintDocument(textToDocument('c.txt', reformatted))).toBe(
      fingerprintDocument(textToDocument('a.txt', text)),
    )
  })

  it('differs when one number differs', () => {
    const changed = text.replace('2023', '2022')
    expect(fingerprintDocument(textToDocument('d.txt', changed))).not.toBe(
      fingerprintDocument(textToDocument('a.txt', text)),
    )
  })

  it('differs between the five seeds', () => {
    const names = [
      '000_7bba39e252e1dfbf',
      '001_cad4fa3e014eb2f3',
      '002_3971b268707d3ce1',
      '003_1579294a3fe638da',
      '004_1acaf75430f57636',
    ]
    const prints = names.map((name) => fingerprintDocument(textToDocument(name, seedText(`${name}.txt`))))
    expect(new Set(prints).size).toBe(5)
  })

  /*
   * Fingerprints are persisted in saved workspaces, so the value itself must never change. These were
   * computed by the first implementation (commit b2d206b, per-character isSkipped) before it was made faster.
   */
  it.each([
    ['000_7bba39e252e1dfbf', 'd65ce03e370071a0'],
    ['001_cad4fa3e014eb2f3', '16086ddd1ce1d071'],
    ['002_3971b268707d3ce1', '12a712077ae0dcd4'],
    ['003_1579294a3fe638da', '01147ea6cf85a1c4'],
    ['004_1acaf75430f57636', '84b36a288fb603b3'],
  ])('keeps the persisted value of seed %s', (name, expected) => {
    expect(fingerprintDocument(textToDocument(name, seedText(`${name}.txt`)))).toBe(expected)
  })

  it('keeps the persisted value over every UTF-16 code unit, surrogates and blank lines', () => {
    let every = ''
    for (let code = 0; code <= 0xffff; code++) every += String.fromCharCode(code)
    every += '\u{20000}\ud800x\udc00\uff10\ufeff\uffff'
    const lines = [every, '', ' 年度报告 '].map((text) => ({ text, cells: [] }))
    expect(fingerprintDocument({ lines })).toBe('94db9ed1f49d6182')
    expect(fingerprintDocument({ lines: [] })).toBe('811c9dc52f4c6d8a')
  })
})
