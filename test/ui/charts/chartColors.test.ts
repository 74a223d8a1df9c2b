import { describe, expect, it } from 'vitest'
import { yearColors } from '../../../src/features/charts/chartColors'

describe('yearColors', () => {
  it('gives up to six years six different colours, light to dark, spread over the ramp', () => {
    for (let count = 1; count <= 6; count++) {
      const keys = Array.from({ length: count }, (_, i) => String(2019 + i))
      const colors = keys.map((key) => yearColors(keys)[key])
      expect(new Set(colors).size).toBe(count)
    }
    const three = yearColors(['2022', '2023', '2024'])
    expect(three).toEqual({ '2022': '#9ecae1', '2023': '#2171b5', '2024': '#08306b' })
  })
})
