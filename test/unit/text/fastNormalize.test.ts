import { describe, expect, it } from 'vitest'
import { compactFast, normalizeFast } from '../../../src/core/text/fastNormalize'
import { compactLabel, normalizeText } from '../../../src/core/text/normalize'

describe('fast NFKC', () => {
  it('agrees with ICU on every UTF-16 unit, alone and between CJK text', () => {
    const mismatches: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCharCode(code)
      for (const text of [char, `申请${char}数量 1`, `${char}a`]) {
        if (normalizeFast(text) !== normalizeText(text)) mismatches.push(`normalize U+${code.toString(16)}`)
        if (compactFast(text) !== compactLabel(text)) mismatches.push(`compact U+${code.toString(16)}`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it.each([
    '三、收到和处理政府信息公开申请情况',
    '（三）不予公开\t1.属于国家秘密\t0\t０',
    'ｅ\u0301 combining',
    '⼈民 Kangxi',
    '\ufeff本年\u200b新收\u3000\u00a0 3,119',
    '',
  ])('matches normalizeText and compactLabel on %j', (text) => {
    expect(normalizeFast(text)).toBe(normalizeText(text))
    expect(compactFast(text)).toBe(compactLabel(text))
  })

  it('returns the same string when nothing changes', () => {
    const text = '行政许可67'
    expect(normalizeFast(text)).toBe(text)
    expect(compactFast(text)).toBe(text)
  })
})
