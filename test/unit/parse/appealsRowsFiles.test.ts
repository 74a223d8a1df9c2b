/**
 * 表四 drawn with labelled rows as reports draw it: a row per result whose labels carry a number, and a row
 * per group beside a 合计 or 小计 row. The generated fixtures of test/fixtures/generated/appeals-rows, read as
 * the batch command reads them: every number in its cell, or all fifteen left unread with a notice, never
 * read in the template's order.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readingGaps, readingGapTexts } from '../../../src/core/compare/readingGaps'
import { APPEAL_CELL_IDS } from '../../../src/core/model/ids'
import { cellValues, type Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { fixtureReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'appeals-rows')
const STEM = '901_every_cell_nonzero'

const appeals = (cells: Record<string, number | undefined>) =>
  Object.fromEntries(APPEAL_CELL_IDS.map((id) => [id, cells[id]]))

const noticesOf = (report: Report, code: string) => report.notices.filter((notice) => notice.code === code)

describe('表四 a row per result, the rows numbered', () => {
  it.each([`${STEM}.transposed-numbered.txt`, `${STEM}.transposed-item-column.md`])(
    '%s: each row read by the result it names, its number aside',
    async (file) => {
      const path = join(DIR, file)
      const report = await fixtureReport(path)
      expect(appeals(cellValues(report))).toEqual(appeals(expectedOf(path).cells))
      const [transposed, ...others] = noticesOf(report, 'columns-reordered')
      expect(others).toEqual([])
      expect(transposed?.message).toContain('表格行列互换')
      expect(noticesOf(report, 'ambiguous')).toEqual([])
    },
  )

  it('rows naming no result: left unread, the notice quoting the numbers', async () => {
    const report = await fixtureReport(join(DIR, `${STEM}.transposed-unnamed.txt`))
    const [uncertain, ...others] = noticesOf(report, 'ambiguous')
    expect(others).toEqual([])
    expect(uncertain?.cellIds).toEqual([...APPEAL_CELL_IDS])
    expect(uncertain?.message).toContain('行标签未能对应到结果维持、结果纠正、其他结果、尚未审结、总计')
    expect(uncertain?.message).toContain('原文依次为 3 2 1 2 1 1 1 1 2 1 2 1 7 6 5')
    expect(Object.values(appeals(cellValues(report))).every((value) => value === undefined)).toBe(true)
    expect(readingGapTexts(readingGaps(report))).toEqual([`${APPEAL_CELL_IDS.length} 格未读取`])
  })
})

describe('表四 a row per group beside a row of no group', () => {
  it.each([
    [`${STEM}.rows-total-first.txt`, '“合计”行不是模板中的组'],
    [`${STEM}.rows-litigation-subtotal.page.html`, '“行政诉讼小计”行不是模板中的组'],
  ])('%s: each group read from the row naming it, the other row named', async (file, skipped) => {
    const path = join(DIR, file)
    const report = await fixtureReport(path)
    expect(appeals(cellValues(report))).toEqual(appeals(expectedOf(path).cells))
    const [byLabel, ...others] = noticesOf(report, 'label-by-keyword').filter((notice) =>
      notice.message.startsWith('表四'),
    )
    expect(others).toEqual([])
    expect(byLabel?.message).toContain(skipped)
    expect(noticesOf(report, 'ambiguous')).toEqual([])
  })

  it('no row naming 未经复议直接起诉: left unread, the notice quoting the numbers', async () => {
    const report = await fixtureReport(join(DIR, `${STEM}.rows-group-missing.txt`))
    const [uncertain, ...others] = noticesOf(report, 'ambiguous')
    expect(others).toEqual([])
    expect(uncertain?.cellIds).toEqual([...APPEAL_CELL_IDS])
    expect(uncertain?.message).toContain('各组未能按行标签一一对应')
    expect(Object.values(appeals(cellValues(report))).every((value) => value === undefined)).toBe(true)
  })
})

describe('表四 a row per group, numbers and labels apart by spaces (text without cell boundaries)', () => {
  const seed = readFileSync(join(FIXTURES, 'seeds', '000_7bba39e252e1dfbf.txt'), 'utf8')
  const rows = ['行政复议 13 12 11 11 47', '未经复议直接起诉 12 11 11 12 46', '复议后起诉 11 11 12 11 45']
  const written = [13, 12, 11, 11, 47, 12, 11, 11, 12, 46, 11, 11, 12, 11, 45]
  /** Seed 000 with its 表四 drawn as these lines under the template's result header. */
  const withAppeals = (lines: readonly string[]): Report => {
    const start = seed.indexOf('#### 四、')
    const end = seed.indexOf('#### 五、')
    expect(start).toBeGreaterThan(0)
    const table = [
      '#### 四、政府信息公开行政复议、行政诉讼情况',
      '',
      '项目 结果维持 结果纠正 其他结果 尚未审结 总计',
    ]
    const outcome = readReport(
      textToDocument(
        'appeals.txt',
        seed.slice(0, start) + [...table, ...lines, '', ''].join('\n') + seed.slice(end),
      ),
    )
    if (!outcome.ok) throw new Error(outcome.error.message)
    return outcome.report
  }

  it('reads each group’s row by its label', () => {
    const report = withAppeals(rows)
    expect(APPEAL_CELL_IDS.map((id) => report.cells[id]?.value)).toEqual(written)
    expect(noticesOf(report, 'ambiguous')).toEqual([])
  })

  it('leaves out a 合计 row, saying so', () => {
    const report = withAppeals(['合计 36 34 34 34 138', ...rows])
    expect(APPEAL_CELL_IDS.map((id) => report.cells[id]?.value)).toEqual(written)
    expect(noticesOf(report, 'label-by-keyword').map((notice) => notice.message)).toEqual([
      '表四：各组的数值按行标签读取；“合计”行不是模板中的组（如合计、小计），未读取',
    ])
  })
})
