import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { sniffKind } from '../../../src/core/ingest/sniff'
import { rtfLines } from '../../../src/core/read/rtf/rtfLines'
import { readingOf, truthOf } from '../../helpers/expectedReports'
import { generatedFixtures } from './docx/expectedReports'
import { lineCells } from '../../../src/core/model/lineCells'

function rtf(body: string): Uint8Array {
  return new TextEncoder().encode(body)
}

/** "\'b1\'be…": GBK bytes of `text` as RTF hex escapes, the way WPS writes Chinese. */
function gbkEscaped(text: string): string {
  return Array.from(iconv.encode(text, 'gbk'), (byte) => `\\'${byte.toString(16).padStart(2, '0')}`).join('')
}

/** "\u26631?…": every non-ASCII character as a \u escape with a "?" fallback, the way Word writes them. */
function escaped(body: string): string {
  return Array.from(body, (character) => {
    const code = character.charCodeAt(0)
    return code < 0x80 ? character : `\\u${code > 0x7fff ? code - 0x10000 : code}?`
  }).join('')
}

function cellsOf(body: string): (readonly string[])[] {
  return rtfLines(rtf(body)).map(lineCells)
}

describe('readReport on the generated RTF files (LibreOffice "save as RTF")', () => {
  const fixtures = generatedFixtures('rtf')

  it('has the seven generated reports, the one of marks off the baseline, the one of white digits and the one of table styles', () => {
    expect(fixtures).toHaveLength(10)
  })

  for (const { path, expected } of fixtures) {
    it(`${expected.file}, dropped as a .doc, is read exactly per its ground truth`, async () => {
      const items = await ingestFile(
        expected.file.replace('.rtf', '.doc'),
        new Uint8Array(readFileSync(path)),
      )
      const outcome = items[0]?.outcome
      if (!outcome?.ok) throw new Error(JSON.stringify(outcome))
      const report = outcome.report
      expect(readingOf(report)).toEqual(truthOf(expected))
      expect(report.checks.filter((check) => !check.ok)).toEqual([])
    })
  }
})

describe('rtfLines', () => {
  it('decodes GBK hex escapes under \\ansicpg936 and in a GB2312 font', () => {
    const text = '行政许可'
    expect(cellsOf(`{\\rtf1\\ansi\\ansicpg936 ${gbkEscaped(text)}\\par}`)).toEqual([[text]])
    const font = `{\\rtf1\\ansi{\\fonttbl{\\f0\\fcharset134 ${gbkEscaped('宋体')};}}\\f0 ${gbkEscaped(text)}\\par}`
    expect(cellsOf(font)).toEqual([[text]])
  })

  it('reads \\u escapes and skips their \\uc fallback characters', () => {
    expect(cellsOf("{\\rtf1\\uc1\\u34892?\\u25919?{\\uc2\\u35768\\'3f\\'3f}\\u21487?\\par}")).toEqual([
      ['行政许可'],
    ])
    expect(cellsOf('{\\rtf1\\u-3913?\\par}')).toEqual([['\uf0b7']])
  })

  it('builds table rows from \\cell and \\row, joining a cell’s paragraphs', () => {
    const row =
      '\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl 商业\\par 企业\\cell 67\\cell\\cell\\row'
    expect(cellsOf(escaped(`{\\rtf1 标题\\par ${row}\\pard 后记\\par}`))).toEqual([
      ['标题'],
      ['商业 企业', '67', ''],
      ['后记'],
    ])
  })

  it('skips font tables, styles, headers, pictures, field instructions and \\* destinations; keeps field results', () => {
    const body =
      '{\\rtf1{\\fonttbl{\\f0 Times;}}{\\stylesheet{\\s0\\intbl Normal;}}{\\header 页眉\\par}' +
      '{\\*\\generator WPS;}{\\pict\\pngblip 89504e47}' +
      '见{\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt 网站}}\\tab 2\\line 下一行\\par}'
    expect(cellsOf(escaped(body))).toEqual([['见网站', '2'], ['下一行']])
  })

  it('skips hidden, tracked-deleted and struck-through text, the old value an editor left beside the new one', () => {
    const row =
      '\\trowd\\cellx1000\\cellx2000\\cellx3000\\cellx4000\\pard\\intbl 行政许可\\cell ' +
      '{\\deleted\\revauthdel1 1346}{\\revised 1436}\\cell {\\v 9\\cell}287\\cell ' +
      '\\strike 12\\strike0 \\u49?\\u50?\\cell\\row'
    expect(cellsOf(escaped(`{\\rtf1 {\\v 隐藏\\par}${row}\\pard\\striked1 旧\\plain 新\\par}`))).toEqual([
      ['行政许可', '1436', '', '287', '12'],
      ['新'],
    ])
  })

  it('keeps superscript text (a footnote mark after a number) bracketed, apart from the number', () => {
    const row =
      '\\trowd\\cellx1000\\cellx2000\\cellx3000\\cellx4000\\pard\\intbl 行政许可\\cell ' +
      '1436{\\super 1}\\cell 12\\up6\\super 3\\plain\\cell 7\\super\\u50?\\nosupersub 8\\cell\\row'
    // A space alone raised is no mark (the first space after a control word only ends the word).
    expect(cellsOf(escaped(`{\\rtf1 ${row}\\pard 面积{\\super  }为5\\par}`))).toEqual([
      ['行政许可', '1436[1]', '12[3]', '7[2]8'],
      ['面积 为5'],
    ])
  })

  it('brackets subscript marks and short marks \\up or \\dn shifts after a number, not other shifted text', () => {
    const row =
      '\\trowd\\cellx1000\\cellx2000\\cellx3000\\cellx4000\\pard\\intbl 1436{\\sub 1}\\cell ' +
      '142{\\up6 2}\\cell {\\dn4 140}5\\cell {\\dn4 287}\\cell\\row'
    const prose = '\\pard {\\dn6 申请}172{\\dn6 件}\\par'
    expect(cellsOf(escaped(`{\\rtf1 ${row}${prose}}`))).toEqual([
      ['1436[1]', '142[2]', '140[5]', '287'],
      ['申请172件'],
    ])
  })

  it('drops white text (\\cf of a white colour) unless a background is painted behind it', () => {
    const colours =
      '{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;\\red31\\green78\\blue121;}'
    // A row of a plain cell, a cell shaded white and a dark cell, each with a white 9 before 1436.
    const row =
      '\\trowd\\cellx1000\\clcbpat2\\cellx2000\\clcbpat3\\cellx3000\\pard\\intbl ' +
      '{\\cf2 9}1436\\cell {\\cf2 9}1436\\cell {\\cf2 9}1436\\cell\\row'
    const paragraphs =
      '\\pard {\\cf2 9}1436\\par' +
      '\\pard {\\cf2\\highlight3 9}1436\\par' +
      '\\pard\\cbpat3 {\\cf2 9}1436\\par' +
      '\\pard {\\cf2\\plain 9}1436\\par'
    expect(cellsOf(escaped(`{\\rtf1 ${colours}${row}${paragraphs}}`))).toEqual([
      ['1436', '1436', '91436'],
      ['1436'],
      ['91436'],
      ['91436'],
      ['91436'],
    ])
  })

  it('never throws on damaged RTF: unbalanced groups, truncation, huge \\bin', () => {
    for (const body of [
      '{\\rtf1 {{{ 文',
      '{\\rtf1 }}}} a\\par',
      '{\\rtf1\\bin999999999 x',
      '{\\rtf1\\u',
      "{\\rtf1\\'",
    ]) {
      expect(() => rtfLines(rtf(body))).not.toThrow()
    }
  })

  it('is sniffed by its header whatever the file is called', () => {
    expect(sniffKind('报告.doc', rtf('{\\rtf1\\ansi x}'))).toBe('rtf')
    expect(sniffKind('报告.txt', rtf('\r\n{\\rtf1 x}'))).toBe('rtf')
    expect(sniffKind('说明.txt', rtf('文件格式 {\\rtf1} 的介绍'))).toBe('text')
  })
})
