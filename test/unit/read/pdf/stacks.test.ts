import { describe, expect, it } from 'vitest'
import type { Glyph } from '../../../../src/core/read/pdf/glyphs'
import { joinStacks } from '../../../../src/core/read/pdf/stacks'

const glyph = (text: string, x: number, y: number): Glyph => ({
  text,
  x,
  y,
  width: text.length * 10,
  size: 10,
  height: 10,
  vertical: false,
})

describe('joinStacks on a group label wrapped in its column', () => {
  it('joins the pieces into one group label', () => {
    const texts = joinStacks([glyph('（三）不', 40, 100), glyph('予公开', 45, 88)]).map((g) => g.text)
    expect(texts).toEqual(['（三）不予公开'])
  })

  it('gives a piece to one label only, when its start is drawn twice (a fake-bold offset)', () => {
    const page = [glyph('（三）不', 40, 100), glyph('（三）不', 40.3, 100), glyph('予公开', 45, 88)]
    const texts = joinStacks(page).map((g) => g.text)
    expect(texts.filter((text) => text.includes('予公开'))).toEqual(['（三）不予公开'])
  })
})
