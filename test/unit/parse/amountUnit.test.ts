import { describe, expect, it } from 'vitest'
import { namedAmountUnit } from '../../../src/core/parse/amountUnit'
import { compactLabel } from '../../../src/core/text/normalize'

describe('namedAmountUnit', () => {
  it.each<[string, string, number]>([
    ['信息内容 采购项目数量 采购总金额（万元） 政府集中采购', '万元', 4],
    ['采购总金额（万）', '万', 4],
    ['采购金额/万元', '万元', 4],
    ['采购总金额 万元', '万元', 4],
    ['（单位：万元）信息内容采购项目数量采购总金额', '万元', 4],
    ['政府集中采购（万元）', '万元', 4],
    ['采购总金额（亿元）', '亿元', 8],
    ['采购总金额（千元）', '千元', 3],
    ['采购总金额（元）', '元', 0],
    ['注：采购总金额单位为万元。', '万元', 4],
    ['采购总金额|---|---|---|（万元）', '万元', 4],
    // A unit printed raised (<sup>), kept apart as a footnote mark is.
    ['采购总金额[(万元)]', '万元', 4],
  ])('%j names %s', (text, name, exponent) => {
    expect(namedAmountUnit(compactLabel(text))).toEqual({ name, exponent })
  })

  it.each([
    '信息内容采购项目数量采购总金额政府集中采购',
    '采购项目数量（个）采购总金额',
    '第二十条第（九）项',
  ])('%j names none', (text) => {
    expect(namedAmountUnit(compactLabel(text))).toBeUndefined()
  })

  it('two different units conflict', () => {
    expect(namedAmountUnit(compactLabel('采购总金额（元）政府集中采购（万元）'))).toBe('conflicting')
    expect(namedAmountUnit(compactLabel('采购总金额（万元）政府集中采购（万元）'))).toEqual({
      name: '万元',
      exponent: 4,
    })
  })
})
