import { describe, expect, it } from 'vitest'
import { lineCells } from '../../../src/core/model/lineCells'
import { textToDocument } from '../../../src/core/read/text'
import { joinedLines } from '../../../src/core/text/joinedLines'

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
})
