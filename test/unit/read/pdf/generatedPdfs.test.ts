import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNodePdfjs } from '../../../../scripts/nodePdfjs'
import {
  APPEAL_CELL_IDS,
  APPLICANT_COLUMNS,
  applicationCellId,
  type ApplicationRow,
} from '../../../../src/core/model/ids'
import {
  cellValues,
  type Report,
  type SourceDocument,
  type SourceLine,
} from '../../../../src/core/model/report'
import { documentParams, pdfToDocument } from '../../../../src/core/read/pdf/pdfToDocument'
import type {
  PdfDocumentLike,
  PdfjsLike,
  PdfPageLike,
  PdfTextItemLike,
} from '../../../../src/core/read/pdf/pdfjsLike'
import { shownPage } from '../../../../src/core/read/pdf/shownPage'
import { readReport } from '../../../../src/core/readReport'

/*
 * The LibreOffice PDFs of the fixture generator (test/fixtures/README.md): top-aligned cells, labels
 * wrapped three characters per line in narrow merged cells, left-aligned digits, values of one row
 * on two baselines. Each must read to its ground truth.
 */

const GENERATED = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'generated')
/**
 * Each PDF with its folder: LibreOffice's, merged-labels/ (word-processor table layout, "—" for 0) and
 * rotated/ (that layout on pages stored turned, with /Rotate turning them back), page-end/ (that layout with
 * a row of zeros as the last line of a page, page numbers at every foot), wrapped-labels/ (that layout at
 * Word's A4 setup, labels wrapped around their row's digits next to rows printed blank) and wrapped-numbers/
 * (that layout with number columns so narrow that numbers wrap inside their cells, "1406" as "140" over "6"),
 * kerned-numbers/ (that layout with 12.5 drawn as "12" and ".5" apart).
 */
const FOLDERS = [
  'pdf',
  'merged-labels',
  'rotated',
  'page-end',
  'wrapped-labels',
  'wrapped-numbers',
  'kerned-numbers',
]
const PDFS = FOLDERS.flatMap((folder) =>
  readdirSync(join(GENERATED, folder))
    .filter((name) => /^\d{3}_.*\.pdf$/.test(name))
    .map((name) => ({ name, folder: join(GENERATED, folder) })),
)

interface Expected {
  agency: string
  year: number
  template: string
  cells: Record<string, number>
}

let pdfjs: PdfjsLike

beforeAll(async () => {
  pdfjs = await loadNodePdfjs()
})

async function readPdf(folder: string, name: string): Promise<{ document: SourceDocument; report: Report }> {
  const document = await pdfToDocument(name, new Uint8Array(readFileSync(join(folder, name))), pdfjs)
  if ('code' in document) throw new Error(document.message)
  const outcome = readReport(document)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return { document, report: outcome.report }
}

describe('generated PDFs', () => {
  it('are there to test', () => {
    expect(PDFS.length).toBeGreaterThanOrEqual(14)
  })

  for (const { name, folder } of PDFS) {
    it(`${name} reads to its ground truth`, async () => {
      const expected = JSON.parse(
        readFileSync(join(folder, name.replace(/\.pdf$/, '.expected.json')), 'utf8'),
      ) as Expected
      const { report } = await readPdf(folder, name)
      expect(report.agency).toBe(expected.agency)
      expect(report.year).toBe(expected.year)
      expect(report.template).toBe(expected.template)
      expect(cellValues(report)).toEqual(expected.cells)
    })
  }
})

/*
 * rotated/: seed 001 on landscape pages stored as shown, and on the same pages stored turned (portrait
 * MediaBoxes with /Rotate 90 or 270, text drawn up or down the page; landscape ones upside down with
 * /Rotate 180). A viewer shows the same pages, so the reader must give the same lines.
 */
const ROTATED = join(GENERATED, 'rotated')
const SEED = '001_cad4fa3e014eb2f3'

async function linesOf(name: string): Promise<SourceLine[]> {
  const document = await pdfToDocument(name, new Uint8Array(readFileSync(join(ROTATED, name))), pdfjs)
  if ('code' in document) throw new Error(document.message)
  return document.lines
}

/** pdf.js's page beyond the reader's slice of it: its own viewport, the oracle of where text is shown. */
interface ViewportPage {
  getViewport(params: { scale: number }): { transform: number[]; width: number; height: number }
}

function hasViewport(page: object): page is ViewportPage {
  return 'getViewport' in page
}

describe('PDF pages stored turned', () => {
  for (const rotate of [90, 180, 270]) {
    it(`/Rotate ${rotate} pages read exactly as the same pages stored as shown`, async () => {
      const landscape = await linesOf(`${SEED}.landscape.pdf`)
      expect(landscape.length).toBeGreaterThan(50)
      expect(await linesOf(`${SEED}.rotate-${rotate}.pdf`)).toEqual(landscape)
    })
  }

  it('places text where pdf.js’s own viewport shows it, on every page of every rotated file', async () => {
    const turns = new Set<number>()
    for (const name of readdirSync(ROTATED).filter((file) => file.endsWith('.pdf'))) {
      const bytes = new Uint8Array(readFileSync(join(ROTATED, name)))
      const document = await pdfjs.getDocument(documentParams(bytes, pdfjs)).promise
      for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number)
        if (!hasViewport(page)) throw new Error('pdf.js page without getViewport')
        // The viewport's y runs down from the top; the shown page's runs up from the bottom.
        const viewport = page.getViewport({ scale: 1 })
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = viewport.transform
        const shown = shownPage(page.view, page.rotate)
        expect([shown.width, shown.height], `${name} page ${number}`).toEqual([
          viewport.width,
          viewport.height,
        ])
        const flipped = [a, -b, c, -d, e, viewport.height - f]
        // + 0 turns -0 into 0: the sign of a zero places nothing.
        expect(shown.transform.map((value) => value + 0)).toEqual(flipped.map((value) => value + 0))
        turns.add(page.rotate ?? 0)
      }
      await document.destroy()
    }
    expect([...turns].sort((a, b) => a - b)).toEqual([0, 90, 180, 270])
  })
})

describe('a row of zeros at the foot of a page', () => {
  const PAGE_END = join(GENERATED, 'page-end')
  /** The three forms the fixtures print at every foot: "- 2 -", "2", "第2页 共4页". */
  const PAGE_NUMBER = /^(?:-\s*\d+\s*-|\d+|第\d+页\s*共\d+页)$/

  it('drops every page number, so none is read as a line or a cell', async () => {
    for (const name of PDFS.filter((pdf) => pdf.folder === PAGE_END).map((pdf) => pdf.name)) {
      const { document, report } = await readPdf(PAGE_END, name)
      const pages = new Set(document.lines.map((line) => line.page))
      expect(pages.size, name).toBeGreaterThanOrEqual(3)
      expect(
        document.lines.filter((line) => PAGE_NUMBER.test(line.text)),
        name,
      ).toEqual([])
      expect(
        report.notices.filter((notice) => notice.code === 'cell-unread'),
        name,
      ).toEqual([])
    }
  })

  /** Each row of zeros printed blank, with the first line of its label and the page that line stands on. */
  const BLANK_ROWS: [file: string, row: ApplicationRow, label: string, page: number][] = [
    ['900_designed_nonzero.blank-row-foot.pdf', 'otherHandling.unpaidFee', '2.申请人逾期未按收费', 2],
    ['900_designed_nonzero.blank-rows-across.pdf', 'refused.prohibitedByLaw', '2.其他法律行政法规禁', 2],
    ['900_designed_nonzero.blank-rows-across.pdf', 'refused.safetyStability', '3.危及“三安全一稳定', 3],
    ['900_designed_nonzero.blank-rows-foot.pdf', 'refused.prohibitedByLaw', '2.其他法律行政法规禁', 2],
    ['900_designed_nonzero.blank-rows-foot.pdf', 'refused.safetyStability', '3.危及“三安全一稳定', 2],
    ['900_designed_nonzero.blank-row-above-foot.pdf', 'refused.safetyStability', '3.危及“三安全一稳定', 2],
  ]

  it('reads a row that prints its label alone with its blank cells, on the page the label stands', async () => {
    for (const [name, row, label, page] of BLANK_ROWS) await expectBlankRow(PAGE_END, name, row, label, page)
  })
})

/** The row, printed blank, reads 0 in every column from a blank cell of the line its label is on, on `page`. */
async function expectBlankRow(
  folder: string,
  name: string,
  row: ApplicationRow,
  label: string,
  page: number,
): Promise<void> {
  const { document, report } = await readPdf(folder, name)
  const cells = APPLICANT_COLUMNS.map((column) => report.cells[applicationCellId(row, column)])
  expect(
    cells.map((cell) => [cell?.value, cell?.source.raw, cell?.source.page]),
    `${name} ${row}`,
  ).toEqual(APPLICANT_COLUMNS.map(() => [0, '', page]))
  const line = document.lines[cells[0]?.source.line ?? -1]
  expect(line?.text, `${name} ${row}`).toContain(label)
}

/*
 * wrapped-labels/: at 10.5 pt the item column holds ten characters a line, so the labels of rows with numbers
 * wrap around their digits (none on the digits' baseline) or far above them, right next to rows printed blank,
 * mid-page, at a page's foot and at the next page's top, on landscape and portrait pages.
 */
describe('a row printed blank next to labels wrapped around their digits', () => {
  const WRAPPED = join(GENERATED, 'wrapped-labels')
  const BLANK: [file: string, row: ApplicationRow, label: string, page: number][] = [
    ['900_designed_nonzero.wrapped-mid.pdf', 'refused.prohibitedByLaw', '2.其他法律行政法规', 2],
    ['900_designed_nonzero.wrapped-mid.pdf', 'refused.safetyStability', '3.危及“三安全一稳', 2],
    ['900_designed_nonzero.wrapped-foot.pdf', 'refused.prohibitedByLaw', '2.其他法律行政法规', 2],
    ['900_designed_nonzero.wrapped-foot.pdf', 'refused.safetyStability', '3.危及“三安全一稳', 2],
    ['900_designed_nonzero.wrapped-top.pdf', 'refused.prohibitedByLaw', '2.其他法律行政法规', 3],
    ['900_designed_nonzero.wrapped-top.pdf', 'refused.safetyStability', '3.危及“三安全一稳', 3],
    ['900_designed_nonzero.wrapped-top.pdf', 'otherHandling.unpaidFee', '2.申请人逾期未按收', 4],
    ['900_designed_nonzero.portrait-across.pdf', 'refused.prohibitedByLaw', '2.其他法律行政法规', 1],
    ['900_designed_nonzero.portrait-across.pdf', 'refused.safetyStability', '3.危及“三安全一稳', 2],
    ['900_designed_nonzero.portrait-foot.pdf', 'otherHandling.unpaidFee', '2.申请人逾期未按收', 2],
  ]

  it('leaves no cell unread, and reads every row label as the template writes it', async () => {
    const names = PDFS.filter((pdf) => pdf.folder === WRAPPED).map((pdf) => pdf.name)
    expect(names.length).toBe(7)
    for (const name of names) {
      const { report } = await readPdf(WRAPPED, name)
      expect(
        report.notices.filter(
          (notice) => notice.code === 'cell-unread' || notice.code === 'label-by-keyword',
        ),
        name,
      ).toEqual([])
    }
  })

  /*
   * （三）不 over 予公开, 三、本 / 年度办 / 理结果: a group label wrapped in its column is the group's label, on
   * the group's first row, and no piece of it is glued onto a row's label; a label whose first line stands out
   * of its digits' reach ("1.申请人无正当理由" over three more lines) keeps it.
   */
  it('reads group labels wrapped in their column as the first cell of their group’s first row', async () => {
    const GROUP_ROWS = [
      ['三、本年度办理结果', '(一)予以公开'],
      ['(三)不予公开', '1.属于国家秘密'],
      ['(四)无法提供', '1.本机关不掌握相关政府信息'],
      ['(五)不予处理', '1.信访举报投诉类申请'],
      ['(六)其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ]
    for (const name of ['900_designed_nonzero.wrapped-top.pdf', '900_designed_nonzero.portrait-foot.pdf']) {
      const { document } = await readPdf(WRAPPED, name)
      const labels = document.lines.map((line) => line.cells ?? [])
      for (const [group, item] of GROUP_ROWS)
        expect(
          labels.filter((cells) => cells[0] === group).map((cells) => cells[1]),
          `${name} ${group}`,
        ).toEqual([item])
      // No piece of a group label is left in another cell ("4.保护第三方合法权益予公开", "年度办").
      expect(
        labels.flat().filter((cell) => /予公开|予处理|年度办|理结果|其他处理/.test(cell)),
        name,
      ).toEqual(['三、本年度办理结果', '(三)不予公开', '(五)不予处理', '(六)其他处理'])
    }
  })

  it('reads each blank row with its blank cells, on the page its label stands', async () => {
    for (const [name, row, label, page] of BLANK) await expectBlankRow(WRAPPED, name, row, label, page)
  })

  /** 表二's rows printed blank: a row of 0s prints its label alone, with no item number. */
  const BLANK_PROACTIVE: [file: string, row: string, label: string, inForce: number][] = [
    ['900_designed_nonzero.blank-proactive.pdf', 'rules', '规章', 0],
    ['000_7bba39e252e1dfbf.blank-proactive.pdf', 'rules', '规章', 0],
    ['000_7bba39e252e1dfbf.blank-proactive.pdf', 'normativeDocs', '行政规范性文件', 0],
  ]

  it('reads a 表二 row printed blank (its label alone) as a row of blank cells', async () => {
    for (const [name, row, label, inForce] of BLANK_PROACTIVE) {
      const { document, report } = await readPdf(WRAPPED, name)
      const cells = ['issued', 'repealed', 'inForce'].map(
        (column) => report.cells[`proactive.${row}.${column}`],
      )
      expect(
        cells.map((cell) => [cell?.value, cell?.source.raw]),
        `${name} ${row}`,
      ).toEqual([
        [0, ''],
        [0, ''],
        [inForce, inForce === 0 ? '' : String(inForce)],
      ])
      expect(document.lines[cells[0]?.source.line ?? -1]?.cells, `${name} ${row}`).toEqual([
        label,
        '',
        '',
        '',
      ])
    }
  })
})

/*
 * wrapped-numbers/: numbers wrapped inside number columns too narrow for them, digits and all. In
 * applications-18-staggered a row mixes numbers over three, two and one lines, each centred in its cell, so
 * their lines stand half a line apart, and labels wrapped over two or three lines stand beside the rests or
 * half a line from them; "18400" ("18", "40", "0") was read as 40 and "3600" ("36" over "00") as 36, the other
 * lines left as lines of numbers no row took, with no notice naming a cell. The same at 10.5 pt, where a merged
 * group label stands on a rest line, with every 0 left blank, where no short value stands between a wrapped
 * number's lines, and with rows one line apart, where the next row's numbers stand right under a first line.
 */
describe('numbers wrapped inside their narrow cells', () => {
  const WRAPPED = join(GENERATED, 'wrapped-numbers')
  const STAGGERED = '900_designed_nonzero_x400.applications-18-staggered.pdf'

  it('leave no line of numbers unread in any of the fourteen files', async () => {
    const names = PDFS.filter((pdf) => pdf.folder === WRAPPED).map((pdf) => pdf.name)
    expect(names.length).toBe(14)
    for (const name of names) {
      const { report } = await readPdf(WRAPPED, name)
      expect(
        report.notices.filter((notice) => notice.code === 'cell-unread'),
        name,
      ).toEqual([])
    }
  })

  it('reads each number over three, two or one staggered lines whole, beside labels wrapped with them', async () => {
    const { report } = await readPdf(WRAPPED, STAGGERED)
    const read = (row: ApplicationRow) =>
      APPLICANT_COLUMNS.map((column) => report.cells[applicationCellId(row, column)]?.source.raw)
    // 予以公开: "18400" over three lines, "2800" over two, a lone "0" on the middle line.
    expect(read('granted')).toEqual(['18400', '2800', '400', '0', '800', '400', '22800'])
    // 部分公开: its label over two lines beside "36" over "00".
    expect(read('partlyGranted')).toEqual(['3600', '800', '0', '0', '400', '0', '4800'])
    // 逾期不补正: its label over three lines, half a line from "16" over "00".
    expect(read('otherHandling.noCorrection')).toEqual(['1600', '0', '0', '0', '400', '0', '2000'])
  })

  /** A row's cells as read: the text each was read from ('' for a blank). */
  async function rowsOf(name: string, rows: readonly ApplicationRow[]): Promise<(string | undefined)[][]> {
    const { report } = await readPdf(WRAPPED, name)
    return rows.map((row) =>
      APPLICANT_COLUMNS.map((column) => report.cells[applicationCellId(row, column)]?.source.raw),
    )
  }

  it('reads a three-line number whole with a merged group label at the height of its last line', async () => {
    // (四)无法提供, "(四)无" over "法提供", stands at its rows' middle: on the line of "15200"'s last "0".
    expect(
      await rowsOf('900_designed_nonzero_x400.applications-27-10pt.pdf', ['unavailable.notHeld']),
    ).toEqual([['15200', '2000', '0', '400', '800', '0', '18400']])
  })

  it('reads numbers wrapped beside wrapped labels with every 0 left blank, nothing between their lines', async () => {
    expect(
      await rowsOf('900_designed_nonzero_x113.applications-18-blank.pdf', [
        'partlyGranted',
        'otherHandling.noCorrection',
        'otherHandling.unpaidFee',
      ]),
    ).toEqual([
      ['1017', '226', '', '', '113', '', '1356'],
      ['452', '', '', '', '113', '', '565'],
      ['', '', '', '', '', '', ''],
    ])
    // "11106" over three lines beside "2468" over two: their lines half a line apart.
    expect(
      await rowsOf('900_designed_nonzero_x1234.applications-18-blank-staggered.pdf', ['partlyGranted']),
    ).toEqual([['11106', '2468', '', '', '1234', '', '14808']])
  })

  it('reads numbers wrapped in rows one line apart, the next row’s first number under their first line', async () => {
    // "55" of 上年结转 stands under "62" of 1562, and "50" of 506 under "55": no rest of theirs.
    expect(
      await rowsOf('900_designed_nonzero_x11.applications-18-tight.pdf', [
        'received',
        'carriedOver',
        'granted',
      ]),
    ).toEqual([
      ['1562', '209', '11', '11', '88', '11', '1892'],
      ['55', '11', '0', '0', '0', '0', '66'],
      ['506', '77', '11', '0', '22', '11', '627'],
    ])
  })

  it('reads two wrapped numbers one over the other in rows one line apart as two', async () => {
    // "20" over "00" with "18" of 18400 ("18", "40", "0") right under it: each row's 0s centred on its own number.
    expect(
      await rowsOf('900_designed_nonzero_x400.applications-18-tight.pdf', ['carriedOver', 'granted']),
    ).toEqual([
      ['2000', '400', '0', '0', '0', '0', '2400'],
      ['18400', '2800', '400', '0', '800', '400', '22800'],
    ])
  })

  it('cuts a column of wrapped numbers one line apart into the numbers each row shows', async () => {
    // Every 0 left blank: "51" over "98", "10" over "17", "11" over "3", each row's label on its number's middle.
    expect(
      await rowsOf('900_designed_nonzero_x113.applications-18-tight-blank.pdf', [
        'granted',
        'partlyGranted',
        'refused.stateSecret',
        'refused.prohibitedByLaw',
      ]),
    ).toEqual([
      ['5198', '791', '113', '', '226', '113', '6441'],
      ['1017', '226', '', '', '113', '', '1356'],
      ['113', '', '', '', '', '', '113'],
      ['', '', '', '', '', '', ''],
    ])
    // Numbers over three lines and two, one under the other: "56", "76", "4" over "11", "10", "6".
    expect(
      await rowsOf('900_designed_nonzero_x1234.applications-18-tight.pdf', [
        'granted',
        'partlyGranted',
        'notProcessed.complaint',
        'notProcessed.confirmation',
      ]),
    ).toEqual([
      ['56764', '8638', '1234', '0', '2468', '1234', '70338'],
      ['11106', '2468', '0', '0', '1234', '0', '14808'],
      ['14808', '0', '0', '0', '0', '0', '14808'],
      ['1234', '0', '0', '0', '0', '0', '1234'],
    ])
  })

  it('reads numbers printed a digit a line down cells one digit wide, centred on their rows', async () => {
    // "5" over "2" over "5" over "4" beside "7" over "0" over "3": the label 一、本年新收… at their middle.
    expect(
      await rowsOf('900_designed_nonzero_x37.applications-14-digit-stacks.pdf', [
        'received',
        'notProcessed.confirmation',
        'otherHandling.noCorrection',
      ]),
    ).toEqual([
      ['5254', '703', '37', '37', '296', '37', '6364'],
      ['37', '0', '0', '0', '0', '0', '37'],
      ['148', '0', '0', '0', '37', '0', '185'],
    ])
  })

  it('reads a three-line label at a page foot with its group label beside its middle line, no padding between', async () => {
    // (六)其他处理 stands closer to "、行政机关不再处理其政府信息公" than cells apart: no label of one row.
    const name = '900_designed_nonzero.applications-25-tight-foot.pdf'
    expect(
      await rowsOf(name, ['otherHandling.noCorrection', 'otherHandling.unpaidFee', 'otherHandling.other']),
    ).toEqual([
      ['4', '0', '0', '0', '1', '0', '5'],
      ['0', '0', '0', '0', '0', '0', '0'],
      ['2', '0', '0', '0', '0', '0', '2'],
    ])
    const { report } = await readPdf(WRAPPED, name)
    expect(report.notices.filter((notice) => notice.code === 'blank-as-zero')).toEqual([])
  })
})

/** pdf.js whose pages give their text items through `change`: a file with some of its text moved. */
function withTextItems(
  inner: PdfjsLike,
  change: (item: PdfTextItemLike, page: number) => PdfTextItemLike,
): PdfjsLike {
  const page = (original: PdfPageLike, number: number): PdfPageLike => ({
    view: original.view,
    rotate: original.rotate,
    getTextContent: async () => {
      const content = await original.getTextContent()
      const items = content.items.map((item) => ('str' in item ? change(item, number) : item))
      return { ...content, items }
    },
  })
  const document = (original: PdfDocumentLike): PdfDocumentLike => ({
    numPages: original.numPages,
    getPage: async (number) => page(await original.getPage(number), number),
    destroy: () => original.destroy(),
  })
  return {
    ...inner,
    getDocument: (params) => {
      const task = inner.getDocument(params)
      return { promise: task.promise.then(document), destroy: () => task.destroy() }
    },
  }
}

/*
 * pdf-notes/: files of an adversarial review (test/fixtures/README.md). A note under 表三 ("注：本表统计截至2022年
 * 12月31日。") within a label's reach of its last row, blank rows whose labels wrap six characters a line right
 * above a row whose label opens out of its digits' reach, a 表四 with every 0 left blank and a 表三 whose last row
 * is printed blank. Every cell reads to its ground truth; none may be read into another row's cell.
 */
describe('a note under a table and blank rows above a far-wrapped label', () => {
  const NOTES = join(GENERATED, 'pdf-notes')
  const names = readdirSync(NOTES).filter((name) => name.endsWith('.pdf'))
  const expectedOf = (name: string) =>
    JSON.parse(readFileSync(join(NOTES, name.replace(/\.pdf$/, '.expected.json')), 'utf8')) as Expected

  it('are there to test', () => {
    expect(names.length).toBe(3)
  })

  for (const name of names) {
    it(`${name}: every cell is its ground truth, none left unread`, async () => {
      const { report } = await readPdf(NOTES, name)
      expect(cellValues(report)).toEqual(expectedOf(name).cells)
      expect(report.notices.filter((notice) => notice.code === 'cell-unread')).toEqual([])
    })
  }

  /** The ids of the cells the blank-as-zero notice names. */
  const blanksOf = (report: Report) =>
    new Set(report.notices.find((notice) => notice.code === 'blank-as-zero')?.cellIds ?? [])

  it('reads h-notes-b’s 表四, every 0 left blank, by its header’s columns, each blank named as read as 0', async () => {
    const name = 'h-notes-b.pdf'
    const expected = expectedOf(name).cells
    const { report } = await readPdf(NOTES, name)
    const blanks = blanksOf(report)
    expect(
      APPEAL_CELL_IDS.map((id) => [id, report.cells[id]?.value, blanks.has(id)]),
      name,
    ).toEqual(APPEAL_CELL_IDS.map((id) => [id, expected[id], expected[id] === 0]))
  })

  it('leaves h-notes-b’s 表四 unread when its digits stand across the borders of the leaves’ columns', async () => {
    // 表四's row of values: the seven digits on the baseline at 457.2 of page 3, moved right by 26 pt (the leaves
    // stand 32.5 pt apart), so that no digit is set as any leaf is.
    let moved = 0
    const shifted = withTextItems(pdfjs, (item, page) => {
      const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform
      if (page !== 3 || Math.abs(y - 457.2) > 1 || !/^\d+$/.test(item.str.trim())) return item
      moved++
      return { ...item, transform: [a, b, c, d, x + 26, y] }
    })
    const name = 'h-notes-b.pdf'
    const document = await pdfToDocument(name, new Uint8Array(readFileSync(join(NOTES, name))), shifted)
    if ('code' in document) throw new Error(document.message)
    const outcome = readReport(document)
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(moved).toBe(7)
    const unread = outcome.report.notices
      .filter((notice) => notice.code === 'cell-unread')
      .flatMap((notice) => notice.cellIds ?? [])
    expect(unread).toEqual(APPEAL_CELL_IDS)
    expect(APPEAL_CELL_IDS.filter((id) => id in cellValues(outcome.report))).toEqual([])
  })

  it('reads e-S’s 四、结转下年度继续办理, printed blank as 表三’s last row, as a row of blank cells', async () => {
    const name = 'e-S-L-56-50-75-f28.pdf'
    const expected = expectedOf(name).cells
    const { document, report } = await readPdf(NOTES, name)
    const ids = APPLICANT_COLUMNS.map((column) => applicationCellId('carriedForward', column))
    const blanks = blanksOf(report)
    expect(ids.map((id) => [report.cells[id]?.value, report.cells[id]?.source.raw, blanks.has(id)])).toEqual(
      ids.map((id) => [expected[id], '', true]),
    )
    const line = document.lines[report.cells[ids[0] as string]?.source.line ?? -1]
    expect(line?.cells).toEqual(['四、结转下年度继续办理', ...ids.map(() => '')])
  })

  it('reads 四、结转下年度继续办理 under a note to its true numbers, the note a line of its own', async () => {
    for (const name of ['h-notes-b.pdf', 'h-notes-z.pdf']) {
      const { document, report } = await readPdf(NOTES, name)
      const row = APPLICANT_COLUMNS.map((column) => report.cells[applicationCellId('carriedForward', column)])
      expect(
        row.map((cell) => cell?.value),
        name,
      ).toEqual([7, 2, 0, 0, 1, 0, 10])
      const note = document.lines.filter((line) => line.text.includes('本表统计截至'))
      expect(
        note.map((line) => line.cells ?? [line.text]),
        name,
      ).toEqual([['注:本表统计截至 2022 年 12 月 31 日。']])
    }
  })

  it('reads the blank rows over 2.申请人逾期未按收费… as rows of their own, blank', async () => {
    const name = 'e-S-L-56-50-75-f28.pdf'
    for (const row of ['notProcessed.confirmation', 'otherHandling.noCorrection'] as const)
      await expectBlankRow(
        NOTES,
        name,
        row,
        row === 'notProcessed.confirmation' ? '5.要求行政' : '1.申请人无',
        4,
      )
    const { report } = await readPdf(NOTES, name)
    expect(report.cells[applicationCellId('otherHandling.unpaidFee', 'natural')]?.value).toBe(1)
  })
})
