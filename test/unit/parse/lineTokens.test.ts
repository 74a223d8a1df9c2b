import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tokenizeLine } from '../../../src/core/parse/lineTokens'
import { textToDocument } from '../../../src/core/read/text'
import { fixtureFiles } from '../../helpers/fixtureFiles'

const lines = fixtureFiles()
  .filter((path) => path.endsWith('.txt'))
  .flatMap((path) => {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(path))
    return textToDocument(path, text).lines
  })

describe('tokenizeLine', () => {
  it('reads a line between its tabs exactly as from the same cells given one by one', () => {
    const tabbed = lines.filter((line) => line.text.includes('\t'))
    expect(tabbed.length).toBeGreaterThan(500)
    for (const [index, line] of tabbed.entries())
      expect(tokenizeLine(line, index), line.text).toEqual(
        tokenizeLine({ text: line.text, cells: line.text.split('\t') }, index),
      )
  })

  it('takes the label before the values and every cell after it, blanks included', () => {
    const tokens = tokenizeLine({ text: '\t(三) 不予公开\t1.属于国家秘密\t0\t\t12\t0' }, 7)
    expect(tokens.label).toBe('(三)不予公开1.属于国家秘密')
    expect(tokens.values.map((token) => [token.raw, token.blank, token.column])).toEqual([
      ['0', false, 3],
      ['', true, 4],
      ['12', false, 5],
      ['0', false, 6],
    ])
    expect(tokens).toMatchObject({ line: 7, numberCount: 3, blankCount: 1, structured: true })
  })

  it('normalises full-width digits, spaces and brackets inside cells', () => {
    const tokens = tokenizeLine({ text: '（二）部分公开\t１２\t\u3000' }, 0)
    expect(tokens.label).toBe('(二)部分公开')
    expect(tokens.values.map((token) => [token.raw, token.blank, token.digitsOnly])).toEqual([
      ['１２', false, false],
      ['', true, false],
    ])
  })
})
