import { describe, expect, it } from 'vitest'
import { figureOf, NOT_APPLICABLE, NOT_COMPARABLE, UNREAD } from '../../../src/core/compare/figure'
import { formatFigure } from '../../../src/features/format/formatFigure'
import { formatCount, formatDecimal, formatRate } from '../../../src/features/format/formatNumber'

describe('zh-CN number formatting', () => {
  it.each([
    [0, '0'],
    [67, '67'],
    [3119, '3,119'],
    [517645, '517,645'],
    [11398889, '11,398,889'],
    [-185, '-185'],
  ])('count %d → %s', (value, text) => {
    expect(formatCount(value)).toBe(text)
  })

  it.each([
    [2221.9632, '2,221.9632'],
    [5949.088667, '5,949.088667'],
    [248.9611, '248.9611'],
    [0.0316, '0.0316'],
    [7545, '7,545'],
    [0, '0'],
    [1e-7, '0.0000001'],
  ])('fee %d keeps every decimal → %s', (value, text) => {
    expect(formatDecimal(value)).toBe(text)
  })

  it.each([
    [8 / 51, '15.7%'],
    [1, '100.0%'],
    [0, '0.0%'],
  ])('rate %d → %s', (value, text) => {
    expect(formatRate(value)).toBe(text)
  })

  it('an unread figure is a dash, never 0; legacy says 格式不可比; not applicable is empty', () => {
    expect(formatFigure(UNREAD, 'count').text).toBe('—')
    expect(formatFigure(NOT_COMPARABLE, 'count').text).toBe('格式不可比')
    expect(formatFigure(NOT_APPLICABLE, 'decimal').text).toBe('')
    expect(formatFigure(figureOf(0), 'count').text).toBe('0')
  })
})
