import { describe, expect, it } from 'vitest'
import { symbolCharacter } from '../../../../src/core/read/docx/symbolCharacter'

describe('symbolCharacter', () => {
  it.each<[string, string, string]>([
    ['Symbol', 'F02D', '−'],
    ['Symbol', '002D', '−'],
    ['Symbol', 'F02B', '+'],
    ['symbol', 'f02d', '−'],
  ])('%s %s is %s', (font, code, shown) => {
    expect(symbolCharacter(font, code)).toBe(shown)
  })

  it.each<[string | undefined, string | undefined]>([
    ['Wingdings', 'F0A8'],
    ['Symbol', 'F0E0'],
    [undefined, 'F02D'],
    ['Symbol', undefined],
  ])('%s %s is a character known lost', (font, code) => {
    expect(symbolCharacter(font, code)).toBe('\ufffd')
  })
})
