/**
 * 表四's header as the PDF reader gives it when a header cell wraps onto the line of the result names under
 * it: 行政诉讼 first, 未经复议直接起诉 printed over two lines, its second piece ("直接起诉") standing right above
 * the 其他结果 of its group and read with it as one cell. The lines (cells and where each stands on the page)
 * are those read from such a PDF (the handmade 2019 report's 表四 typeset that way); the numbers are the
 * handmade report's, moved with their groups.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppealGroup } from '../../../src/core/model/ids'
import { APPEAL_CELL_IDS, APPEAL_COLUMNS, appealCellId } from '../../../src/core/model/ids'
import { cellValues, type SourceLine } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const HANDMADE = join(FIXTURES, 'handmade', '2019_template.txt')
const truth = expectedOf(HANDMADE).cells
const ORDER: readonly AppealGroup[] = [
  'litigationDirect',
  'litigationAfterReconsideration',
  'reconsideration',
]

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
/** Each of the fifteen columns' centre on the page. */
const centre = (at: number) => Math.round(56 + 52.13 * at)

function pdfLine(cells: readonly string[], centers: readonly number[]): SourceLine {
  return { text: cells.join(' '), cells: [...cells], cellCenters: [...centers], page: 2 }
}

/** The handmade report with its 表四 header and numbers replaced by the PDF's lines. */
function document() {
  const text = readFileSync(HANDMADE, 'utf8')
  const base = textToDocument('2019_template.pdf', text)
  const heading = base.lines.findIndex((line) => line.text.startsWith('四、政府信息公开行政复议'))
  const next = base.lines.findIndex((line) => line.text.startsWith('五、'))
  const results = [0, 1, 3, 4, ...Array.from({ length: 10 }, (_, at) => at + 5)]
  const appeals = [
    pdfLine(['行政诉讼', '行政复议'], [291, 682]),
    pdfLine(['复议后起诉'], [421]),
    pdfLine(['未经复议直接起诉其他结果'], [160]),
    pdfLine(
      results.map((at) => RESULTS[at % 5] ?? ''),
      results.map(centre),
    ),
    pdfLine(
      ORDER.flatMap((group) => APPEAL_COLUMNS.map((column) => String(truth[appealCellId(group, column)]))),
      Array.from({ length: 15 }, (_, at) => centre(at)),
    ),
  ]
  return { ...base, lines: [...base.lines.slice(0, heading + 1), ...appeals, ...base.lines.slice(next)] }
}

describe('表四 whose wrapped header cell took in a result name under it', () => {
  it('reads each number under its group and result: the line of result names proves no order', () => {
    const outcome = readReport(document())
    if (!outcome.ok) throw new Error(outcome.error.message)
    const { report } = outcome
    const read = cellValues(report)
    expect(Object.fromEntries(APPEAL_CELL_IDS.map((id) => [id, read[id]]))).toEqual(
      Object.fromEntries(APPEAL_CELL_IDS.map((id) => [id, truth[id]])),
    )
    const reordered = report.notices.filter((notice) => notice.code === 'columns-reordered')
    expect(reordered.map((notice) => notice.message)).toEqual([
      expect.stringContaining('各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议'),
    ])
    expect(reordered[0]?.message).not.toContain('各列依次为')
  })
})
