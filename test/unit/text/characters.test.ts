import { describe, expect, it } from 'vitest'
import { isAsciiDigit, isWhitespace } from '../../../src/core/text/characters'

describe('character classes', () => {
  it('isWhitespace says what \\s says, for every UTF-16 unit', () => {
    const differing: number[] = []
    for (let code = 0; code <= 0xffff; code++)
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code)
    expect(differing).toEqual([])
  })

  it('isAsciiDigit takes 0-9 only, not full-width or other digits', () => {
    const digits: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isAsciiDigit(code)) digits.push(code)
    expect(String.fromCharCode(...digits)).toBe('0123456789')
  })
})
