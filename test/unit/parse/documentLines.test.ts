import { describe, expect, it } from 'vitest'
import { DocumentLines } from '../../../src/core/parse/documentLines'
import { textToDocument } from '../../../src/core/read/text'
import { compactWordsHint } from '../../../src/core/text/fastNormalize'

const BLOCK_ONE = /第二十条第\(一\)项/
const HINT = compactWordsHint('第二十条第')

function linesOf(text: string): DocumentLines {
  return new DocumentLines(textToDocument('test.txt', text, 'text'))
}

describe('DocumentLines', () => {
  it('finds a line by its compact text, skipping lines the hint rules out', () => {
    const lines = linesOf('一、总体情况\n本单位依照条例公开信息。\n第 二十 条第（一）项\t\t\t\n')
    expect(lines.find(0, (compact) => BLOCK_ONE.test(compact), { hint: HINT })).toBe(2)
    expect(lines.find(0, (compact) => BLOCK_ONE.test(compact), { hint: HINT, to: 2 })).toBeUndefined()
  })

  it('does not trust the hint when a line may gain CJK characters by NFKC (Kangxi radicals from PDF fonts)', () => {
    // U+2F06 KANGXI RADICAL TWO becomes 二 only after normalising: the raw text has no 二.
    const lines = linesOf('标题\n第\u2f06十条第（一）项\t5\n')
    expect(lines.compact(1)).toBe('第二十条第(一)项5')
    expect(lines.find(0, (compact) => BLOCK_ONE.test(compact), { hint: HINT })).toBe(1)
    expect(lines.matches(1, BLOCK_ONE, HINT)).toBe(true)
  })

  it('drops page furniture inside tables, including full-width and spaced forms', () => {
    const footers = ['— 3 —', '第３页', '－５－', '第 12 页  共 130 页', '———————— 7 ————————', ' 3/15 ']
    const lines = linesOf([...footers, '1.属于国家秘密\t0\t1', '2023\t5'].join('\n'))
    footers.forEach((_, index) => expect(lines.tokens(index).values).toEqual([]))
    expect(lines.tokens(footers.length).values.map((token) => token.raw)).toEqual(['0', '1'])
    expect(lines.tokens(footers.length + 1).values.map((token) => token.raw)).toEqual(['2023', '5'])
  })

  it('finds hinted lines in one search of the whole text, never taking a match that runs across two lines', () => {
    const aggregate = compactWordsHint('汇总')
    const AGGREGATE = /汇总/
    // Line 1 ends in 汇 and line 2 starts with 总: together they match the hint, neither line alone does.
    const lines = linesOf('标题\n本机关信息汇\n总体情况良好，汇 总各单位数据\n汇总')
    expect(lines.find(0, (compact) => AGGREGATE.test(compact), { hint: aggregate })).toBe(2)
    expect(lines.find(3, (compact) => AGGREGATE.test(compact), { hint: aggregate })).toBe(3)
    expect(lines.find(0, (compact) => AGGREGATE.test(compact), { hint: aggregate, to: 2 })).toBeUndefined()
    expect([0, 1, 2, 3].map((index) => lines.matches(index, AGGREGATE, aggregate))).toEqual([
      false,
      false,
      true,
      true,
    ])
  })
})
