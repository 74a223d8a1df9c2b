import { describe, expect, it } from 'vitest'
import { mayGainCjk, mayGainCjkCode } from '../../../src/core/text/fastNormalize'
import {
  BAD_FACT,
  FACT_FLAGS,
  GAIN_FACT,
  hasBadCharacter,
  isBadCharacter,
  TRADITIONAL_FACT,
} from '../../../src/core/text/textFacts'
import { hasTraditional } from '../../../src/core/text/traditional'

describe('text facts', () => {
  it('flags exactly the units the two regex scans match, for every UTF-16 unit', () => {
    const mismatches: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      const flags = FACT_FLAGS[code] ?? 0
      if (mayGainCjk(char) !== mayGainCjkCode(code)) mismatches.push(`mayGainCjkCode U+${code.toString(16)}`)
      if (((flags & GAIN_FACT) !== 0) !== mayGainCjk(char)) mismatches.push(`gain U+${code.toString(16)}`)
      if (((flags & BAD_FACT) !== 0) !== hasBadCharacter(char)) mismatches.push(`bad U+${code.toString(16)}`)
      if (isBadCharacter(code) !== hasBadCharacter(char)) mismatches.push(`isBad U+${code.toString(16)}`)
      if (((flags & TRADITIONAL_FACT) !== 0) !== hasTraditional(char))
        mismatches.push(`traditional U+${code.toString(16)}`)
    }
    expect(mismatches).toEqual([])
  })
})
