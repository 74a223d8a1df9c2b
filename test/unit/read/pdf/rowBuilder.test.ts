import { describe, expect, it } from 'vitest'
import { documentRows, pageText } from '../../../../src/core/read/pdf/pageRows'
import type { PdfTextItemLike } from '../../../../src/core/read/pdf/pdfjsLike'

/*
 * The row builder on synthetic pdf.js items laid out like the WPS table of 表三: labels at 9 pt,
 * digits at 14 pt centred in seven columns, merged labels centred in the rows they span.
 */

const PAGE_HEIGHT = 842
const COLUMNS = [325, 356, 384, 412, 441, 469, 499]

function item(str: string, x: number, y: number, size = 9, width = str.length * size): PdfTextItemLike {
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, fontName: 'f' }
}

/** A row of digits centred on the columns, at the 14 pt size WPS uses; null leaves a cell blank. */
function digits(y: number, values: readonly (number | null)[]): PdfTextItemLike[] {
  return values.flatMap((value, index) => {
    if (value === null) return []
    const text = String(value)
    const width = text.length * 7
    return [item(text, (COLUMNS[index] as number) - width / 2, y, 14, width)]
  })
}

function rowsOf(pages: PdfTextItemLike[][]): string[][] {
  return documentRows(pages.map((items, index) => pageText(index + 1, PAGE_HEIGHT, { items }))).map(
    (row) => row.cells,
  )
}

/** Deterministic shuffle and sub-point jitter, as different PDF producers order and place items. */
function scramble(items: readonly PdfTextItemLike[], seed: number): PdfTextItemLike[] {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const jittered = items.map((original): PdfTextItemLike => {
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = original.transform
    return { ...original, transform: [a, b, c, d, x + (random() - 0.5) * 0.8, y + (random() - 0.5) * 0.8] }
  })
  for (let i = jittered.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[jittered[i], jittered[j]] = [jittered[j] as PdfTextItemLike, jittered[i] as PdfTextItemLike]
  }
  return jittered
}

const HEADER = [
  item('自然人', 311, 402),
  item('商业', 346, 394),
  item('企业', 346, 381),
  item('科研', 374, 394),
  item('机构', 374, 381),
  item('社会', 403, 401),
  item('公益', 403, 388),
  item('组织', 403, 375),
  item('法律', 431, 401),
  item('服务', 431, 388),
  item('机构', 431, 375),
  item('其他', 459, 388),
  item('总计', 489, 402),
]

const TABLE = [
  ...HEADER,
  // A label split into fragments, as pdf.js returns runs of one font.
  item('一', 77.5, 348),
  item('、本年新收政府信息公开申请数量', 86.5, 348),
  ...digits(346.7, [21, 0, 0, 0, 0, 0, 21]),
  item('二、上年结转政府信息公开申请数量', 77.5, 325),
  ...digits(323.9, [0, 0, 0, 0, 0, 0, 0]),
  // "三、本年度办理结果" written one character per line down the narrow merged cell.
  ...['三', '、', '本', '年', '度', '办', '理', '结', '果'].map((char, index) =>
    item(char, 90, 300 - index * 11),
  ),
  item('(一)予以公开', 104, 304),
  ...digits(302, [0, 0, 0, 0, 0, 0, 0]),
  // A label wrapped over two lines, the digits centred between them.
  item('(二)部分公开(区分处理的,只计这一情形,不', 104, 283),
  item('计其他情形)', 104, 269.5),
  ...digits(275.3, [4, 0, 0, 0, 0, 0, 4]),
  item('1.属于国家秘密', 181, 248),
  ...digits(248.5, [1, 0, 0, 0, 0, 0, 1]),
  item('2.其他法律行政法规禁止公开', 181, 230),
  ...digits(228.6, [0, 0, 0, 0, 0, 0, 0]),
  // The group label of rows 1 and 2, centred between them.
  item('(三)不予公开', 104, 239),
]

describe('PDF row builder', () => {
  it('joins fragments, stacked headers, a vertical label, a wrapped label and a centred group label', () => {
    expect(rowsOf([TABLE])).toEqual([
      ['自然人', '总计'],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
      ['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21'],
      ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
      ['三、本年度办理结果', '(一)予以公开', '0', '0', '0', '0', '0', '0', '0'],
      ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '4', '0', '0', '0', '0', '0', '4'],
      ['(三)不予公开', '1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1'],
      ['2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0'],
    ])
  })

  it('joins a number wrapped inside its narrow cell, and no digits of the next row to the row above', () => {
    const wrapped = [
      ...HEADER,
      item('一、本年新收政府信息公开申请数量', 77.5, 348),
      // "1406" and "1702" too long for their cells: "140" over "6", "170" over "2", the rest centred.
      ...digits(355, [140, null, null, null, null, null, 170]),
      ...digits(348, [null, 185, 0, 37, 74, 0, null]),
      ...digits(341, [6, null, null, null, null, null, 2]),
    ]
    expect(rowsOf([wrapped]).slice(2)).toEqual([
      ['一、本年新收政府信息公开申请数量', '1406', '185', '0', '37', '74', '0', '1702'],
    ])
    // The next row's label wrapped around its digits, a line under the row above: its own row.
    const nextRow = [
      ...HEADER,
      item('3.其他', 181, 348),
      ...digits(348, [14, 0, 0, 0, 0, 0, 14]),
      item('4.保护第三方合法权', 181, 340),
      ...digits(334, [3, 1, 0, 0, 0, 0, 4]),
      item('益', 181, 328),
    ]
    expect(rowsOf([nextRow]).slice(2)).toEqual([
      ['3.其他', '14', '0', '0', '0', '0', '0', '14'],
      ['4.保护第三方合法权益', '3', '1', '0', '0', '0', '0', '4'],
    ])
  })

  it('joins a wrapped number whose first line pdf.js gave in one item with its neighbours', () => {
    const [first, , third] = COLUMNS as [number, number, number]
    // Numbers at the top of their cells: "1406" as "14" over "06", beside "18" and "37" in one item.
    const items = [
      ...HEADER,
      item('一、本年新收政府信息公开申请数量', 77.5, 348),
      item('14 18 37', first - 7, 355, 14, third - first + 14),
      ...digits(355, [null, null, null, 0, 0, 0, 1461]),
      item('06', first - 7, 341, 14, 14),
    ]
    expect(rowsOf([items]).slice(2)).toEqual([
      ['一、本年新收政府信息公开申请数量', '1406', '18', '37', '0', '0', '0', '1461'],
    ])
  })

  it('puts each value of neighbouring cells given as one text item ("3 1") into its own column', () => {
    const [first, second] = COLUMNS as [number, number]
    const items = [
      ...HEADER,
      item('一、本年新收政府信息公开申请数量', 77.5, 348),
      ...digits(346.7, [21, 3, 0, 0, 0, 0, 24]),
      item('二、上年结转政府信息公开申请数量', 77.5, 325),
      item('3 1', first - 3.5, 323.9, 14, second - first + 7),
      ...digits(323.9, [null, null, 0, 0, 0, 0, 4]),
    ]
    expect(rowsOf([items]).slice(2)).toEqual([
      ['一、本年新收政府信息公开申请数量', '21', '3', '0', '0', '0', '0', '24'],
      ['二、上年结转政府信息公开申请数量', '3', '1', '0', '0', '0', '0', '4'],
    ])
  })

  it('gives the same rows for shuffled, jittered items', () => {
    const expected = rowsOf([TABLE])
    for (const seed of [1, 7, 42, 2024, 99991]) expect(rowsOf([scramble(TABLE, seed)])).toEqual(expected)
  })

  it('puts "" in a blank cell, at the column the header and the other rows give', () => {
    const items = [
      ...HEADER,
      item('一、本年新收政府信息公开申请数量', 77.5, 348),
      ...digits(346.7, [21, 3, null, 0, 0, 0, 24]),
      item('二、上年结转政府信息公开申请数量', 77.5, 325),
      ...digits(323.9, [2, null, null, null, null, null, 2]),
    ]
    expect(rowsOf([items]).slice(2)).toEqual([
      ['一、本年新收政府信息公开申请数量', '21', '3', '', '0', '0', '0', '24'],
      ['二、上年结转政府信息公开申请数量', '2', '', '', '', '', '', '2'],
    ])
  })

  it('keeps a row that prints only its numbered label as a row of its own, with the table’s columns', () => {
    // 2.'s cells are all blank: its label sits between 1.'s and 3.'s, nearer 3.'s than 3.'s wrapped line.
    const items = [
      ...HEADER,
      item('1.属于国家秘密', 181, 348),
      ...digits(348, [1, null, null, null, null, null, 1]),
      item('2.其他法律行政法规禁止公开', 160, 336),
      item('3.危及“三安全一稳定”', 170, 325),
      ...digits(325, [null, 2, null, null, null, 3, 5]),
      item('4.保护第三方', 181, 300),
      item('合法权益', 190, 290),
      ...digits(295, [4, null, null, null, null, null, 4]),
    ]
    expect(rowsOf([items]).slice(2)).toEqual([
      ['1.属于国家秘密', '1', '', '', '', '', '', '1'],
      ['2.其他法律行政法规禁止公开', '', '', '', '', '', '', ''],
      ['3.危及“三安全一稳定”', '', '2', '', '', '', '3', '5'],
      ['4.保护第三方合法权益', '4', '', '', '', '', '', '4'],
    ])
  })

  it('keeps such a row at the top of a page that continues the table', () => {
    const first = [
      ...HEADER,
      item('1.申请人无正当理由逾期不补正', 160, 348),
      ...digits(348, [4, 1, 1, 1, 1, 1, 9]),
    ]
    const second = [
      item('2.申请人逾期未按收费通知要求缴纳费用', 150, 800),
      item('3.其他', 190, 788),
      ...digits(788, [2, null, null, null, null, null, 2]),
    ]
    expect(rowsOf([first, second]).slice(3)).toEqual([
      ['2.申请人逾期未按收费通知要求缴纳费用', '', '', '', '', '', '', ''],
      ['3.其他', '2', '', '', '', '', '', '2'],
    ])
  })

  /** 表三's 1. at the foot of a page, with 2. (all blank) under it as the page's last line. */
  const FOOT = [
    ...HEADER,
    item('1.申请人无正当理由逾期不补正', 160, 110),
    ...digits(110, [4, 1, 1, 1, 1, 1, 9]),
    item('2.申请人逾期未按收费通知要求缴纳费用', 150, 88),
  ]

  it('keeps such a row at the foot of a page when the next page goes on with a numbered row', () => {
    const next = [item('3.其他', 190, 800), ...digits(800, [2, null, null, null, null, null, 2])]
    expect(rowsOf([FOOT, next]).slice(3)).toEqual([
      ['2.申请人逾期未按收费通知要求缴纳费用', '', '', '', '', '', '', ''],
      ['3.其他', '2', '', '', '', '', '', '2'],
    ])
  })

  it('keeps the label at the foot as text when the next page opens with digits alone', () => {
    // The row broken over the page: its label at this page's foot, its digits at the next page's top.
    const next = [...digits(800, [2, null, null, null, null, null, 2]), item('3.其他', 190, 778)]
    expect(rowsOf([FOOT, next])[3]).toEqual(['2.申请人逾期未按收费通知要求缴纳费用'])
  })

  /** 表二 as a word processor prints it, a county department's: 规章 all blank, one number in 行政规范性文件. */
  function normativeDocs(header: readonly PdfTextItemLike[], twelve: PdfTextItemLike): string[][] {
    const items = [
      item('第二十条第(一)项', 43, 530),
      ...header,
      item('规章', 116, 500),
      item('行政规范性文件', 93.5, 485),
      twelve,
    ]
    return rowsOf([items]).slice(2)
  }
  const PROACTIVE_HEADER = [
    item('信息内容', 107, 515),
    item('本年制发件数', 228, 515),
    item('本年废止件数', 338, 515),
    item('现行有效件数', 455.5, 515),
  ]

  it('gives a table the header’s columns that no row prints a value in, the digits centred or right-aligned', () => {
    const centred = item('12', 475.5, 485, 9, 14)
    const rightAligned = item('12', 530.5, 485, 9, 14)
    for (const twelve of [centred, rightAligned]) {
      expect(normativeDocs(PROACTIVE_HEADER, twelve)).toEqual([
        ['规章', '', '', ''],
        ['行政规范性文件', '', '', '12'],
      ])
    }
  })

  it('reads rows that all print their labels alone in the columns of the header', () => {
    const rows = rowsOf([
      [
        item('第二十条第(一)项', 43, 530),
        ...PROACTIVE_HEADER,
        item('规章', 116, 500),
        item('行政规范性文件', 93.5, 485),
        item('第二十条第(五)项', 43, 470),
      ],
    ])
    expect(rows.slice(2)).toEqual([
      ['规章', '', '', ''],
      ['行政规范性文件', '', '', ''],
      ['第二十条第(五)项'],
    ])
  })

  it('keeps an unnumbered line in reach of a row a piece of its label, and prose under a table as text', () => {
    const wrapped = rowsOf([
      [
        ...PROACTIVE_HEADER,
        item('行政规范性', 101, 500),
        item('文件', 112, 491),
        item('12', 475.5, 495.5, 9, 14),
        item('本机关本年度未制发规章。', 43, 460),
      ],
    ])
    expect(wrapped.slice(1)).toEqual([['行政规范性文件', '', '', '12'], ['本机关本年度未制发规章。']])
  })

  it('takes no columns from header leaves out of a regular run, or a value outside every leaf’s column', () => {
    const irregular = [
      item('信息内容', 107, 515),
      item('本年制发件数', 200, 515),
      item('本年废止', 290, 515),
      item('现行有效件数', 455.5, 515),
    ]
    // 规章, printed blank, takes the one column its table's values give: a short row the table reader flags.
    expect(normativeDocs(irregular, item('12', 475.5, 485, 9, 14))).toEqual([
      ['规章', ''],
      ['行政规范性文件', '12'],
    ])
    expect(normativeDocs(PROACTIVE_HEADER, item('12', 560, 485, 9, 14))).toEqual([
      ['规章', ''],
      ['行政规范性文件', '12'],
    ])
  })

  it('takes no column from the labels’ own header, centred right of left-aligned labels', () => {
    const items = [
      item('信息内容', 135.4, 515),
      item('本年处理决定数量', 338.2, 515),
      item('行政许可', 87, 500),
      item('550', 360.7, 500, 9, 27),
    ]
    expect(rowsOf([items])[1]).toEqual(['行政许可', '550'])
  })

  it('keeps the cells as read when a value fits no column, rather than moving it', () => {
    const items = [
      item('一、本年新收', 77.5, 348),
      ...digits(346.7, [1, 2, 3, 4, 5, 6, 21]),
      item('二、上年结转', 77.5, 325),
      item('9', 340, 323.9, 14, 7),
    ]
    expect(rowsOf([items])[1]).toEqual(['二、上年结转', '9'])
  })

  /** 表三's (七)总计 and, under it, 四、结转下年度继续办理 printed blank: its label alone. */
  const CLOSING = [
    ...HEADER,
    item('(七)总计', 104, 348),
    ...digits(346.7, [140, 18, 1, 1, 7, 1, 168]),
    item('四、结转下年度继续办理', 77.5, 325),
  ]
  const SECTION_FOUR = item('四、政府信息公开行政复议、行政诉讼情况', 43, 300, 12)

  it('keeps 表三’s last row printed blank as a row of blank cells where the table ends under it', () => {
    // The heading after it stands in the labels' area too, numbered like a row.
    expect(rowsOf([[...CLOSING, SECTION_FOUR]]).slice(3)).toEqual([
      ['四、结转下年度继续办理', '', '', '', '', '', '', ''],
      ['四、政府信息公开行政复议、行政诉讼情况'],
    ])
  })

  it('keeps that label as text at the foot of a page, and a heading under 表三 as text', () => {
    // At the foot its digits may open the next page.
    expect(rowsOf([CLOSING]).slice(3)).toEqual([['四、结转下年度继续办理']])
    const printed = [
      ...CLOSING.slice(0, -1),
      item('四、结转下年度继续办理', 77.5, 325),
      ...digits(323.9, [7]),
    ]
    expect(rowsOf([[...printed, SECTION_FOUR]]).slice(3)).toEqual([
      ['四、结转下年度继续办理', '7', '', '', '', '', '', ''],
      ['四、政府信息公开行政复议、行政诉讼情况'],
    ])
  })

  /**
   * 表四 as LibreOffice prints the template: 行政复议 and 行政诉讼 over 未经复议直接起诉 and 复议后起诉, fifteen leaves
   * 32.5 pt apart with their text left-aligned, the digits left-aligned under them at `shift` from the
   * leaf's left edge; null leaves a cell blank.
   */
  function appeals(lines: readonly (readonly (number | null)[])[], shift = -0.8, after = true): string[][] {
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    const leafX = (column: number) => 60.3 + 32.5 * column
    const items = [
      item('四、政府信息公开行政复议、行政诉讼情况', 111, 576, 12),
      item('行政复议', 115.3, 530, 10),
      item('行政诉讼', 359, 530, 10),
      item('未经复议直接起诉', 257.7, 514, 10),
      item('复议后起诉', 435.2, 514, 10),
      ...Array.from({ length: 15 }, (_, column) =>
        item(results[column % 5] as string, leafX(column), 494, 10, 20),
      ),
      ...lines.flatMap((values, line) =>
        values.flatMap((value, column) =>
          value === null
            ? []
            : [item(String(value), leafX(column) + shift, 457 - 20 * line, 10.5, String(value).length * 6.7)],
        ),
      ),
      ...(after ? [item('五、存在的主要问题及改进情况', 111, 343, 12)] : []),
    ]
    return rowsOf([items]).filter((row) => row.every((cell) => cell === '' || /^\d+$/.test(cell)))
  }
  const SEVEN = [2, 1, null, 1, 4, 1, null, null, 1, 2, null, null, null, null, null]

  it('places a lone row of values, every 0 left blank, in the columns of its header’s leaves', () => {
    expect(appeals([SEVEN])).toEqual([['2', '1', '', '1', '4', '1', '', '', '1', '2', '', '', '', '', '']])
  })

  it('spreads no row over the leaves when it is wrapped, at a page’s foot, or off its leaves’ edges', () => {
    // Fifteen numbers wrapped over two lines: the first line's empty columns are the second line's numbers.
    const wrapped = [
      [1, 0, 0, 1, 2, 0, 0, 0],
      [0, 1, 1, 0, 0, 0, 0],
    ]
    const cases: [rows: string[][], printed: (number | null)[][]][] = [
      [appeals(wrapped), wrapped],
      // The last line of its page: the row may go on at the next.
      [appeals([SEVEN], -0.8, false), [SEVEN]],
      // Digits standing across the borders between the leaves' columns belong to no leaf.
      [appeals([SEVEN], 26), [SEVEN]],
    ]
    for (const [rows, printed] of cases) {
      expect(rows.map((row) => row.length < 15)).toEqual(printed.map(() => true))
      expect(rows.map((row) => row.filter((cell) => cell !== ''))).toEqual(
        printed.map((values) => values.flatMap((value) => (value === null ? [] : [String(value)]))),
      )
    }
  })

  it('drops page numbers in the margin, also between rows of a table continued on the next page', () => {
    const page1 = [
      item('1.属于国家秘密', 181, 90),
      ...digits(90, [1, 0, 0, 0, 0, 0, 1]),
      item('- 3 -', 464, 39.5, 12.95, 21.6),
    ]
    const page2 = [
      item('— 4 —', 280, 39.5, 12.95, 40),
      item('2.其他法律行政法规禁止公开', 181, 748),
      ...digits(747, [0, 0, 0, 0, 0, 0, 0]),
      item('7', 297, 20, 10.5, 6),
    ]
    expect(rowsOf([page1, page2])).toEqual([
      ['1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1'],
      ['2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0'],
    ])
  })

  it('drops a running head repeated on every page but keeps the title on the first', () => {
    const head = (page: number) => item(`洪泽区2023年政府信息公开工作年度报告 第${page}页`, 100, 800, 10, 260)
    const rows = rowsOf([
      [head(1), item('洪泽区人民政府', 219, 736, 22, 154)],
      [head(2), item('一、总体情况', 106, 700, 16, 96)],
    ])
    expect(rows).toEqual([['洪泽区人民政府'], ['一、总体情况']])
  })

  it('keeps a title in the words of the running head, below where the head stands', () => {
    const title = '洪泽区2023年政府信息公开工作年度报告'
    const rows = rowsOf([
      [item(title, 100, 812, 8, 160), item(title, 150, 770, 16, 320)],
      [item(title, 100, 812, 8, 160), item('一、总体情况', 106, 700, 16, 96)],
    ])
    expect(rows).toEqual([[title], ['一、总体情况']])
  })

  it('closes the gap before a decimal point drawn apart from its digits, in one run or two', () => {
    const rows = rowsOf([
      [item('行政事业性收费', 77.5, 348), item('12 .5', 318, 348, 9, 36)],
      [item('行政事业性收费', 77.5, 300), item('12', 318, 300, 9, 18), item('.5', 339, 300, 9, 18)],
    ])
    expect(rows).toEqual([
      ['行政事业性收费', '12.5'],
      ['行政事业性收费', '12.5'],
    ])
  })

  it('normalises Kangxi radicals and full-width digits from PDF fonts', () => {
    const rows = rowsOf([
      [item('⼀、本年新收政府信息公开申请数量', 77.5, 348), item('２１', 318, 346.7, 14, 14)],
    ])
    expect(rows).toEqual([['一、本年新收政府信息公开申请数量', '21']])
  })

  it('keeps prose whose runs switch font every few characters on its lines, not stacked into cells', () => {
    // As LibreOffice prints traditional characters its CJK font lacks: a fallback font for some runs.
    const runs = (texts: readonly string[], x: number, y: number) => {
      let at = x
      return texts.map((text) => {
        const run = item(text, at, y, 12)
        at += text.length * 12
        return run
      })
    }
    const rows = rowsOf([
      [
        ...runs(['五、', '存在', '的主要', '問題', '及', '改進', '情況'], 111, 374),
        ...runs(['一', '是', '政策解讀形', '式較', '單一', '；', '二', '是'], 111, 358.5),
        ...runs(['加強', '培訓', '，規範', '答', '覆文', '書', '。'], 90, 343),
      ],
    ])
    expect(rows).toEqual([
      ['五、存在的主要問題及改進情況'],
      ['一是政策解讀形式較單一;二是'],
      ['加強培訓,規範答覆文書。'],
    ])
  })
})
