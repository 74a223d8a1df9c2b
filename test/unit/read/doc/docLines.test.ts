import { describe, expect, it } from 'vitest'
import {
  docLines,
  type ConcealedTextLookup,
  type TableFlagLookup,
} from '../../../../src/core/read/doc/docLines'
import type { TableFlags } from '../../../../src/core/read/doc/paragraphProperties'
import type { StoredChar } from '../../../../src/core/read/doc/pieceTable'

/** Characters at consecutive file positions, as one uncompressed piece would give them. */
function chars(text: string): StoredChar[] {
  return Array.from(text, (character, index) => ({ code: character.charCodeAt(0), fc: index }))
}

/** Table flags per mark position, for marks given as "the n-th character". */
function lookup(flags: Record<number, TableFlags>): TableFlagLookup {
  return { at: (fc) => flags[fc] }
}

const within = (runs: [number, number][], fc: number) => runs.some(([from, to]) => fc >= from && fc <= to)

/** Characters not shown, given as the positions from…to (inclusive) of each run. */
function concealed(...runs: [number, number][]): ConcealedTextLookup {
  return {
    concealed: (fc) => within(runs, fc),
    raised: () => false,
    position: () => 0,
    whiteUnpainted: () => false,
  }
}

/** Characters shown as superscript, given as runs as in `concealed`. */
function raised(...runs: [number, number][]): ConcealedTextLookup {
  return {
    concealed: () => false,
    raised: (fc) => within(runs, fc),
    position: () => 0,
    whiteUnpainted: () => false,
  }
}

/** Characters in white with nothing painted behind them by their run or paragraph, runs as in `concealed`. */
function white(...runs: [number, number][]): ConcealedTextLookup {
  return {
    concealed: () => false,
    raised: () => false,
    position: () => 0,
    whiteUnpainted: (fc) => within(runs, fc),
  }
}

/** Characters raised (negative: lowered) by a character position, per run as in `concealed`. */
function positioned(...runs: [number, number, number][]): ConcealedTextLookup {
  const position = (fc: number) => runs.find(([from, to]) => fc >= from && fc <= to)?.[2] ?? 0
  return { concealed: () => false, raised: () => false, position, whiteUnpainted: () => false }
}

const cell: TableFlags = { inTable: true, rowEnd: false, depth: 1 }
const rowEnd: TableFlags = { inTable: true, rowEnd: true, depth: 1 }

describe('docLines', () => {
  it('makes a paragraph of each \\r and splits tab stops into cells', () => {
    expect(docLines(chars('标题\r\r行政许可\t67\r'), undefined)).toEqual([
      { text: '标题', cells: ['标题'] },
      { text: '行政许可\t67', cells: ['行政许可', '67'] },
    ])
  })

  it('keeps field results and drops field instructions, also nested', () => {
    const text =
      '见\u0013 HYPERLINK "http://x" \u0014网站\u0015 第\u0013 PAGE \u0013 X \u0014\u0015\u00143\u0015页\r'
    expect(docLines(chars(text), undefined).map((line) => line.text)).toEqual(['见网站 第3页'])
  })

  it('uses the row-end flag: an empty last cell is a blank, not a row end', () => {
    // "规章|0||" then the row mark; the fourth cell is empty.
    const text = '规章\u00070\u0007\u0007\u0007'
    const flags = lookup({ 2: cell, 4: cell, 5: cell, 6: rowEnd })
    expect(docLines(chars(text), flags)).toEqual([{ text: '规章\t0\t', cells: ['规章', '0', ''] }])
  })

  it('joins the paragraphs of one cell with a space', () => {
    const text = '商业\r企业\u0007科研\u0007\u0007'
    const flags = lookup({ 2: cell, 5: cell, 8: cell, 9: rowEnd })
    expect(docLines(chars(text), flags)).toEqual([{ text: '商业 企业\t科研', cells: ['商业 企业', '科研'] }])
  })

  it('without paragraph properties takes a doubled cell mark as the row end', () => {
    const text = '行政处罚\u00076\u0007\u0007行政强制\u00071\u0007\u0007后记\r'
    expect(docLines(chars(text), undefined).map((line) => line.cells)).toEqual([
      ['行政处罚', '6'],
      ['行政强制', '1'],
      ['后记'],
    ])
  })

  it('turns line breaks into lines and drops object anchors and optional hyphens', () => {
    expect(docLines(chars('甲\u000b乙\u0001\u001f丙\u000c丁'), undefined).map((line) => line.text)).toEqual([
      '甲',
      '乙丙',
      '丁',
    ])
  })

  it('drops text that is not shown but keeps its cell and row marks, so the row keeps its columns', () => {
    // "许可|1346 1436|9287|" with "1346 " (3–7) deleted and "9" (13) hidden; the cell mark 12 is deleted
    // too, as Word marks the marks of a deleted cell, and still ends its cell.
    const text = '许可\u00071346 1436\u00079287\u0007\u0007'
    const flags = lookup({ 2: cell, 12: cell, 17: cell, 18: rowEnd })
    expect(docLines(chars(text), flags, concealed([3, 7], [12, 13]))).toEqual([
      { text: '许可\t1436\t287', cells: ['许可', '1436', '287'] },
    ])
  })

  it('keeps a cell whose whole text is not shown, empty', () => {
    const text = '许可\u000721\u000712\u0007\u0007'
    const flags = lookup({ 2: cell, 5: cell, 8: cell, 9: rowEnd })
    expect(docLines(chars(text), flags, concealed([3, 5]))).toEqual([
      { text: '许可\t\t12', cells: ['许可', '', '12'] },
    ])
  })

  it('drops a tab or a line break that is not shown instead of splitting the text there', () => {
    expect(docLines(chars('行政许可\t67\u000b8\r'), undefined, concealed([4, 4], [7, 7]))).toEqual([
      { text: '行政许可678', cells: ['行政许可678'] },
    ])
  })

  it('brackets superscript text, a footnote mark, instead of running it into the number before it', () => {
    // "1436" then a raised "1"; "287" then a raised " 2" and, after a space, a raised space that stays one.
    const text = '许可\u000714361\u0007287 2  8\u0007\u0007'
    const flags = lookup({ 2: cell, 8: cell, 17: cell, 18: rowEnd })
    expect(docLines(chars(text), flags, raised([7, 7], [12, 13], [15, 15]))).toEqual([
      { text: '许可\t1436[1]\t287[ 2] 8', cells: ['许可', '1436[1]', '287[ 2] 8'] },
    ])
  })

  it('brackets a short mark raised or lowered by its position after a number, not other shifted text', () => {
    // "142" and a raised "2"; "140" lowered and its "5" on the baseline; "287" lowered as a whole;
    // "申请" lowered beside "172" and "件": heights mixed in a line, no mark.
    const text = '1422\r1405\r287\r申请172件\r'
    const shifted = positioned([3, 3, 6], [5, 7, -4], [10, 12, -4], [14, 15, -6], [19, 19, -6])
    expect(docLines(chars(text), undefined, shifted).map((line) => line.text)).toEqual([
      '142[2]',
      '140[5]',
      '287',
      '申请172件',
    ])
  })

  it('drops white text on the white page, and in a cell keeps it only where the row end shades the cell', () => {
    // "9" white before 1436 in a paragraph; a row of two cells "91436" and "72", the 9 and the 7 white.
    const text = '91436\r91436\u000772\u0007\u0007'
    const inCell = { ...cell }
    const row = (cellShading: boolean[]) =>
      lookup({
        ...Object.fromEntries([6, 7, 8, 9, 10, 11, 12, 13, 14].map((fc) => [fc, inCell])),
        15: { ...rowEnd, cellShading } as TableFlags,
      })
    const whites = white([0, 0], [6, 6], [12, 12])
    expect(docLines(chars(text), row([]), whites).map((line) => line.text)).toEqual(['1436', '1436\t2'])
    expect(docLines(chars(text), row([false, true]), whites).map((line) => line.text)).toEqual([
      '1436',
      '1436\t72',
    ])
  })
})
