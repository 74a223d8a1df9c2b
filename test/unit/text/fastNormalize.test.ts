import { describe, expect, it } from 'vitest'
import {
  compactFast,
  compactWordsHint,
  mayGainCjk,
  normalizeFast,
} from '../../../src/core/text/fastNormalize'
import { compactLabel, normalizeText } from '../../../src/core/text/normalize'

describe('fast NFKC', () => {
  it('agrees with ICU on every UTF-16 unit, alone and between CJK text', () => {
    const mismatches: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCharCode(code)
      // The last is long enough to be rebuilt in a unit buffer rather than by concatenation.
      for (const text of [
        char,
        `申请${char}数量 1`,
        `${char}a`,
        `（一）本年新收申请 12，${char} 共计\u3000３件，合计 9 件。`,
      ]) {
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
    '本年\u00ad新收\t1\u00ad436',
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

describe('compactWordsHint', () => {
  const hint = compactWordsHint('第二十条', '本年新收')

  it.each([
    '第二十条第（一）项',
    '第 二十 条第(一)项',
    '本\u200b年\u3000新\u00a0收政府信息公开申请数量',
    '本年\u00ad新收政府信息公开申请数量',
    '| 本 年 新 收 | 3 |',
    '\t\t第\t二十条',
  ])('matches %j, whose compact form contains a word', (text) => {
    expect(compactFast(text)).toMatch(/第二十条|本年新收/)
    expect(hint.test(text)).toBe(true)
  })

  it.each(['第二十一条', '本年新增', '年新收', '第二 十 一条'])('does not match %j', (text) => {
    expect(compactFast(text)).not.toMatch(/第二十条|本年新收/)
    expect(hint.test(text)).toBe(false)
  })

  it('shares the first characters of words (a prefix tree), and a word that is a prefix of another wins', () => {
    const aggregate = compactWordsHint('汇总', '全县', '全区', '全')
    expect(aggregate.test('全面推进')).toBe(true)
    expect(compactWordsHint('全县', '全区').test('全面推进')).toBe(false)
    expect(compactWordsHint('全县', '全区').test('全\u3000区共受理')).toBe(true)
    expect(compactWordsHint('本年新收', '本年新收政府信息公开申请').test('本年 新收')).toBe(true)
  })

  it('flags text whose normalisation may bring CJK characters the raw text lacks', () => {
    // U+2F00 KANGXI RADICAL ONE normalises to 一: the hint alone could miss such text.
    expect(mayGainCjk('第二十条第（\u2f00）项')).toBe(true)
    expect(mayGainCjk('第二十条第（一）项\t３，１\u3000')).toBe(false)
  })
})
