import { describe, expect, it } from 'vitest'
import { collapseSpaces, compactLabel, normalizeText } from '../../../src/core/text/normalize'

describe('text normalisation', () => {
  it.each([
    ['１２３', '123'],
    ['（七）总计', '(七)总计'],
    ['\u2F00', '一'], // Kangxi radical one, as WPS/Skia PDFs emit it
    ['商业\u200b企业', '商业企业'],
    // A soft hyphen (&shy;, Word's optional hyphen pasted as text) shows only where a line breaks.
    ['1\u00ad436', '1436'],
    ['本年\u00ad新收', '本年新收'],
    // Left-to-right marks, embeddings and isolates change nothing in Chinese text: "5\u200e1" shows 51.
    ['5\u200e1', '51'],
    ['\u2066商业企业\u2069\u202a12\u202c', '商业企业12'],
    // Not a right-to-left mark: "5\u200f1" shows 15, so it stays and leaves the number unread.
    ['5\u200f1', '5\u200f1'],
    // Footnote marks become a bracketed note rather than digits run into the number before them.
    ['1436①', '1436[1]'],
    ['1436¹²', '1436[12]'],
    ['67⑳', '67[20]'],
    ['2₃', '2[3]'],
    ['⑴不予公开', '(1)不予公开'],
  ])('normalizeText(%j) is %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('collapses every kind of space into one', () => {
    expect(collapseSpaces(' 结果\u00a0\u00a0维持\u3000 ')).toBe('结果 维持')
  })

  it('removes all spaces from labels', () => {
    expect(compactLabel('社会 公益\u3000组织')).toBe('社会公益组织')
  })
})
