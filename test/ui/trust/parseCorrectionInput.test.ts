import { describe, expect, it } from 'vitest'
import { parseCorrectionInput } from '../../../src/features/corrections/parseCorrectionInput'

const COUNT = 'proactive.licensing.decisions'
const FEE = 'proactive.fees.amount'
const CHANGE = 'proactive.licensing.change'

describe('parseCorrectionInput', () => {
  it.each([
    [COUNT, '67', 67],
    [COUNT, ' 1,234 ', 1234],
    [COUNT, '１２３', 123],
    [FEE, '2,221.9632', 2221.9632],
    [CHANGE, '-2', -2],
    [COUNT, '-0', 0],
    [COUNT, '0', 0],
    [FEE, '123456789012345', 123456789012345],
  ])('reads %s "%s" as %s', (cell, text, value) => {
    const input = parseCorrectionInput(cell, text)
    expect(input).toEqual({ ok: true, value })
    if (input.ok) expect(Object.is(input.value, -0)).toBe(false)
  })

  it.each([
    ['1 2', '请输入数字'],
    ['1.234,5', '请输入数字'],
    ['12,34', '请输入数字'],
    ['abc', '请输入数字'],
    ['', '请输入数值'],
    ['12345678901234567890', '数字过长：最多 15 位有效数字'],
  ])('refuses "%s", which could be stored as another number than the one meant', (text, message) => {
    expect(parseCorrectionInput(FEE, text)).toEqual({ ok: false, message })
  })

  it('keeps the cell’s rules: counts are whole and not negative', () => {
    expect(parseCorrectionInput(COUNT, '2.5')).toEqual({ ok: false, message: '该项必须是整数' })
    expect(parseCorrectionInput(COUNT, '-3')).toEqual({ ok: false, message: '该项不能为负数' })
  })
})
