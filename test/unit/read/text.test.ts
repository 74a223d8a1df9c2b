import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/core/decode/decodeText'
import { lineCells } from '../../../src/core/model/lineCells'
import { textToDocument } from '../../../src/core/read/text'
import { joinedFacts, joinedLines } from '../../../src/core/text/joinedLines'
import { scanTextFacts } from '../../../src/core/text/textFacts'

describe('textToDocument', () => {
  it('makes one line per text line and keeps empty tab cells', () => {
    const document = textToDocument('a.txt', '标题\r\n行政许可\t67\t\t\n\n规章\t0\t0\t0')
    expect(document.kind).toBe('text')
    expect(document.lines.map((line) => line.text)).toEqual(['标题', '行政许可\t67\t\t', '', '规章\t0\t0\t0'])
    expect(document.lines.map(lineCells)).toEqual([
      ['标题'],
      ['行政许可', '67', '', ''],
      [''],
      ['规章', '0', '0', '0'],
    ])
    // Cells that only repeat the text between its tabs are not stored a second time.
    expect(document.lines.every((line) => line.cells === undefined)).toBe(true)
  })

  it('splits markdown table rows on pipes and leaves the separator row as text', () => {
    const document = textToDocument('a.md', '| 类别 | 数据1 |\n|---|:---:|\n| 行政许可 | 67 |', 'markdown')
    expect(document.kind).toBe('markdown')
    expect(document.lines.map(lineCells)).toEqual([['类别', '数据1'], ['|---|:---:|'], ['行政许可', '67']])
  })

  it('drops a byte-order mark and keeps the kind given for pasted text', () => {
    const document = textToDocument('粘贴', '\ufeff标题', 'paste')
    expect(document.kind).toBe('paste')
    expect(document.lines[0]?.text).toBe('标题')
  })

  it('gives the text itself as its lines joined, with where each line starts', () => {
    for (const text of [
      '标题\n\n行政许可\t67\n',
      '\ufeff标题\n规章\t0',
      '| 类别 | 数据1 |\n|---|:---:|\n| 行政许可 | 67 |',
      'a\r\nb',
    ]) {
      const { lines } = textToDocument('a.txt', text)
      const joined = joinedLines(lines)
      expect(joined.text).toBe(lines.map((line) => line.text).join('\n'))
      expect(joined.starts).toEqual(
        lines.map((_, i) => lines.slice(0, i).reduce((at, line) => at + line.text.length + 1, 0)),
      )
    }
  })

  it.each([
    ['plain lines', '标题\n行政许可\t67'],
    ['CRLF line ends', '标题\r\n行政许可\t67\r\n'],
    ['a markdown table', '| 类别 | 数据1 |\n|---|:---:|\n| 行政许可 | 67 |'],
    ['a control character and a Kangxi radical', '行政\u0001许可\n第二十条第（\u2f00）项'],
    ['nothing', ''],
  ])("takes the decoder's facts for text with %s, and they are the joined lines' own", (_name, text) => {
    const decoded = decodeText(new TextEncoder().encode(text))
    expect(decoded.facts).toBeDefined()
    const { lines } = textToDocument('a.txt', decoded)
    // The very object the decoder gave: nothing scanned the text again.
    expect(joinedFacts(lines)).toBe(decoded.facts)
    expect(joinedFacts(lines)).toEqual(scanTextFacts(joinedLines(lines).text))
  })

  it('keeps the facts of a text with a byte-order mark (decodeText drops a BOM before decoding)', () => {
    const text = '\ufeff行政\u0001许可\n规章\t0'
    const { lines } = textToDocument('a.txt', { text, facts: scanTextFacts(text) })
    expect(joinedFacts(lines)).toEqual(scanTextFacts(joinedLines(lines).text))
  })

  it('scans text given without facts once, when they are first asked for', () => {
    const { lines } = textToDocument('a.txt', '行政\u0001许可\r\n规章\t0')
    const facts = joinedFacts(lines)
    expect(facts).toEqual({ hasBadCharacter: true, mayGainCjk: false, hasTraditional: false })
    expect(joinedFacts(lines)).toBe(facts)
  })
})
