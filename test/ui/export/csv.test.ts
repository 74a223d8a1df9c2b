import { describe, expect, it } from 'vitest'
import { csvBlob, toCsv } from '../../../src/features/export/csv'

describe('toCsv', () => {
  it('starts with a BOM so Excel and WPS read UTF-8 Chinese', () => {
    const csv = toCsv(['机关', '年度'], [['新乡县城市管理局', 2023]])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1)).toBe('机关,年度\r\n新乡县城市管理局,2023\r\n')
  })

  it('ends every record with CRLF', () => {
    const csv = toCsv(['a'], [['1'], ['2']])
    expect(csv.slice(1).split('\r\n')).toEqual(['a', '1', '2', ''])
  })

  it('quotes fields with commas, quotes and line breaks and doubles inner quotes (RFC 4180)', () => {
    const csv = toCsv(['名称'], [['甲,乙'], ['他说"是"'], ['第一行\n第二行'], ['普通']])
    expect(csv.slice(1)).toBe('名称\r\n"甲,乙"\r\n"他说""是"""\r\n"第一行\n第二行"\r\n普通\r\n')
  })

  it('keeps every decimal of a fee and writes no thousands separators', () => {
    const csv = toCsv(
      ['收费（万元）', '行政处罚'],
      [
        [2221.9632, 4119],
        [5949.088667, 3119],
      ],
    )
    expect(csv).toContain('2221.9632,4119\r\n')
    expect(csv).toContain('5949.088667,3119\r\n')
  })

  it('keeps a text field that a spreadsheet would run as a formula as text; negative numbers stay numbers', () => {
    const csv = toCsv(
      ['机关', '值'],
      [
        ['=HYPERLINK("http://x")', -2],
        ['@SUM(1+1)县城市管理局', 3],
        ['-1+2', 0],
      ],
    )
    expect(csv.slice(1)).toBe(
      '机关,值\r\n"\'=HYPERLINK(""http://x"")",-2\r\n\'@SUM(1+1)县城市管理局,3\r\n\'-1+2,0\r\n',
    )
  })

  it('writes an unread cell (null) as an empty field, never 0', () => {
    const csv = toCsv(['a', 'b', 'c'], [[1, null, 3]])
    expect(csv.slice(1)).toBe('a,b,c\r\n1,,3\r\n')
  })

  it('makes a UTF-8 text/csv Blob whose bytes begin with EF BB BF', async () => {
    const blob = csvBlob(toCsv(['机关'], [['中牟县人民政府办公室']]))
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toContain('中牟县人民政府办公室')
  })
})
