import { describe, expect, it } from 'vitest'
import { readNumberCell, type NumberCell } from '../../../src/core/text/numbers'

describe('readNumberCell', () => {
  it.each<[string, NumberCell]>([
    ['0', { kind: 'number', value: 0 }],
    ['67', { kind: 'number', value: 67 }],
    [' 12 ', { kind: 'number', value: 12 }],
    ['１２３', { kind: 'number', value: 123 }],
    ['3,119', { kind: 'number', value: 3119 }],
    ['517645', { kind: 'number', value: 517645 }],
    ['', { kind: 'blank' }],
    ['\u00a0', { kind: 'blank' }],
    ['/', { kind: 'blank' }],
    ['／', { kind: 'blank' }],
    ['—', { kind: 'blank' }],
    // The horizontal bar: GBK's dash as code page 936 decodes it.
    ['―', { kind: 'blank' }],
    ['――', { kind: 'blank' }],
    ['-', { kind: 'blank' }],
    ['无', { kind: 'blank' }],
    // Zero written as a numeral is the report's number, not a blank.
    ['〇', { kind: 'number', value: 0 }],
    [' 零 ', { kind: 'number', value: 0 }],
    ['〇〇', { kind: 'text' }],
    ['22（其中修订16件）', { kind: 'number', value: 22, annotation: '(其中修订16件)' }],
    ['55 (含自然失效29件)', { kind: 'number', value: 55, annotation: '(含自然失效29件)' }],
    ['5件', { kind: 'number', value: 5 }],
    ['结果维持', { kind: 'text' }],
    ['1.属于国家秘密', { kind: 'text' }],
    ['-3-', { kind: 'text' }],
    // A footnote mark is a dropped note, not a digit of the number.
    ['1436①', { kind: 'number', value: 1436, annotation: '[1]' }],
    ['1436¹', { kind: 'number', value: 1436, annotation: '[1]' }],
    ['- 2', { kind: 'invalid', reason: '负数 -2 不应出现在此单元格' }],
    ['1234567890123456', { kind: 'invalid', reason: '数字超过 15 位，无法准确读取' }],
    ['1' + '0'.repeat(40), { kind: 'invalid', reason: '数字超过 15 位，无法准确读取' }],
  ])('count cell %j', (raw, expected) => {
    expect(readNumberCell(raw)).toEqual(expected)
  })

  it.each<[string, number]>([
    ['5949.088667', 5949.088667],
    ['2221.9632', 2221.9632],
    ['0.0316', 0.0316],
    ['７５４５', 7545],
  ])('fee cell %j keeps every decimal', (raw, value) => {
    expect(readNumberCell(raw, { decimal: true })).toEqual({ kind: 'number', value })
  })

  it.each<[string, number]>([
    ['251000元', 251000],
    ['75394432.52元', 75394432.52],
    ['25.1万元', 251000],
    ['0.0001万元', 1],
  ])('procurement amount %j is %d 元', (raw, value) => {
    expect(readNumberCell(raw, { decimal: true, yuan: true })).toEqual({ kind: 'number', value })
  })

  it.each<[string, string]>([
    ['-2', 'signed'],
    ['−185', 'signed'],
    ['- 2', 'signed'],
    ['− 185', 'signed'],
  ])('negative %j is read only where the cell is signed', (raw) => {
    expect(readNumberCell(raw).kind).toBe('invalid')
    expect(readNumberCell(raw, { signed: true }).kind).toBe('number')
  })

  it.each<[string, number]>([
    ['–2', -2],
    ['– 2', -2],
    ['‐2', -2],
    ['‑2', -2],
    ['‒1', -1],
    ['–2（件）', -2],
  ])('a hyphen or en dash before digits is their minus: %j', (raw, value) => {
    expect(readNumberCell(raw, { signed: true })).toMatchObject({ kind: 'number', value })
    expect(readNumberCell(raw).kind).toBe('invalid')
  })

  it.each<[string, number]>([
    ['+3', 3],
    ['＋3', 3],
    ['+ 3', 3],
    ['+3件', 3],
  ])('a plus before digits is their sign: %j', (raw, value) => {
    expect(readNumberCell(raw, { signed: true })).toEqual({ kind: 'number', value })
  })

  it.each(['—2', '― 2', '— 2', '——2'])('a dash reports also write for a blank is no minus: %j', (raw) => {
    expect(readNumberCell(raw, { signed: true }).kind).toBe('text')
  })

  it('refuses decimals in a count', () => {
    expect(readNumberCell('2.5').kind).toBe('invalid')
  })

  it('refuses a unit in a cell that does not carry one', () => {
    expect(readNumberCell('251000元').kind).toBe('text')
  })
})
