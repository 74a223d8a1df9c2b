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

  describe('a bare number in a cell of its own before label text', () => {
    const read = (text: string) => {
      const tokens = tokenizeLine({ text }, 0)
      return {
        label: tokens.label,
        values: tokens.values.map((token) => token.raw),
        trailing: tokens.trailing,
      }
    }

    it.each([
      ['\t(三) 不予公开\t1\t属于国家秘密\t3\t0\t1\t0\t0\t0\t4', '(三)不予公开1属于国家秘密'],
      ['\t\t2\t其他法律行政法规禁止公开\t3\t0\t1\t0\t0\t0\t4', '2其他法律行政法规禁止公开'],
      ['2\t其他法律行政法规禁止公开\t3\t0\t1\t0\t0\t0\t4', '2其他法律行政法规禁止公开'],
      [
        '三、本年度办理结果\t(三) 不予公开\t1 属于国家秘密\t3\t0\t1\t0\t0\t0\t4',
        '三、本年度办理结果(三)不予公开1属于国家秘密',
      ],
    ])('%j: the number is the label’s item number, never a value', (text, label) => {
      expect(read(text)).toEqual({ label, values: ['3', '0', '1', '0', '0', '0', '4'], trailing: '' })
    })

    it.each([
      // The label over two cells, or an empty cell between the number and the label.
      ['\t\t2\t其他法律\t行政法规禁止公开\t3\t0\t1\t0\t0\t0\t4', '2其他法律行政法规禁止公开'],
      ['\t\t2\t\t其他法律行政法规禁止公开\t3\t0\t1\t0\t0\t0\t4', '2其他法律行政法规禁止公开'],
    ])('%j: the number is the item number of the label after it', (text, label) => {
      expect(read(text)).toEqual({ label, values: ['3', '0', '1', '0', '0', '0', '4'], trailing: '' })
    })

    it.each([
      ['\t(三) 不予公开\t1\t属于国家秘密', '(三)不予公开1属于国家秘密'],
      ['\t\t2\t其他法律行政法规禁止公开', '2其他法律行政法规禁止公开'],
    ])('%j, its numbers on the next line: the line is the label, numbered', (text, label) => {
      expect(read(text)).toEqual({ label, values: [], trailing: '' })
    })

    it('numbers a row of blank cells: its cells stay blank', () => {
      const tokens = tokenizeLine({ text: '\t\t2\t重复申请\t\t\t\t\t\t\t' }, 0)
      expect(tokens).toMatchObject({ label: '2重复申请', numberCount: 0, blankCount: 7, trailing: '' })
    })

    it.each([
      // Two numbers: the row's values, the first of them 1.
      ['(一)予以公开\t1\t0\t2\t0\t0\t0\t3', '(一)予以公开', ['1', '0', '2', '0', '0', '0', '3'], ''],
      // A row's value between its label and another row's: not numbering, the text before it is a row's label.
      ['行政许可\t3\t行政处罚\t5', '行政许可', ['3', '5'], '行政处罚'],
      // Nothing after the text, no group title or empty cell before: the next row's label on a PDF line.
      ['3\t行政处罚', '', ['3'], '行政处罚'],
      // A count's size, not an item number's.
      ['\t120\t属于国家秘密\t3\t4', '', ['', '120', '3', '4'], '属于国家秘密'],
    ])('%j stays a value', (text, label, values, trailing) => {
      expect(read(text)).toEqual({ label, values, trailing })
    })
  })
})
