import { describe, expect, it } from 'vitest'
import { decodeEntities } from '../../../../src/core/read/html/entities'

describe('decodeEntities', () => {
  it.each([
    ['a&nbsp;b', 'a\u00a0b'],
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&#26412;&#x5e74;', '本年'],
    ['&#X5E74;', '年'],
    ['&ldquo;三安全一稳定&rdquo;', '“三安全一稳定”'],
    ['&nbsp&nbsp;', '\u00a0\u00a0'],
    ['&nbspabc', '\u00a0abc'],
    ['&#150;', '–'],
    ['&#0;', '\ufffd'],
    ['&#xD800;', '\ufffd'],
    ['&#99999999;', '\ufffd'],
    ['&unknownname;', '&unknownname;'],
    ['&mdash', '&mdash'],
    ['R&D', 'R&D'],
    ['a & b', 'a & b'],
    ['&', '&'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected)
  })
})
