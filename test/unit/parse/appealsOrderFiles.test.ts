/**
 * 表四 drawn in another order than the template's, in files whose cells do not line up from one line to the
 * next (PDF text, markdown): the generated fixtures of test/fixtures/generated/appeals-order, read as the
 * batch command reads them. The numbers must land in their groups, or the reading must say it could not
 * tell which group they belong to.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readingGaps, readingGapTexts } from '../../../src/core/compare/readingGaps'
import { APPEAL_CELL_IDS } from '../../../src/core/model/ids'
import { cellValues, type Report } from '../../../src/core/model/report'
import { fixtureReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'appeals-order')
const HANDMADE = join(FIXTURES, 'handmade', '2019_template.txt')

const read = fixtureReport

const appeals = (cells: Record<string, number>) =>
  Object.fromEntries(APPEAL_CELL_IDS.map((id) => [id, cells[id]]))

const noticesOf = (report: Report, code: string) => report.notices.filter((notice) => notice.code === code)

describe('表四 in another order than the template’s, off any grid', () => {
  it.each([
    [
      '2019_template.litigation-first.pdf',
      '各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议',
    ],
    [
      '2019_template.litigation-first.markdown.md',
      '各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议',
    ],
    // Centred over its span, as typeset: 行政诉讼 stands between two numbers' columns and is no column itself.
    [
      '2019_template.litigation-first-centred.pdf',
      '各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议',
    ],
    // The header's top row copied as plain text: 行政复议's results beside the litigation groups' names place it.
    [
      '2019_template.litigation-first-group-line.markdown.md',
      '各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议',
    ],
    // No header line names two groups: only where each stands on the page gives their order.
    [
      '2019_template.litigation-first-own-lines.pdf',
      '各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议',
    ],
    // Split into two tables, 行政诉讼's first: only which run of numbers each group's name heads places it.
    [
      '2019_template.split-litigation-first.markdown.md',
      '各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议',
    ],
    [
      '2019_template.transposed.pdf',
      '各列依次为行政诉讼（复议后起诉）、行政诉讼（未经复议直接起诉）、行政复议',
    ],
    [
      '2019_template.transposed.markdown.md',
      '各列依次为行政诉讼（复议后起诉）、行政诉讼（未经复议直接起诉）、行政复议',
    ],
  ])('%s: the header’s order is read, and the notice says it came from the header', async (file, order) => {
    const path = join(DIR, file)
    const report = await read(path)
    expect(appeals(cellValues(report))).toEqual(appeals(expectedOf(path).cells))
    const [reordered, ...others] = noticesOf(report, 'columns-reordered')
    expect(others).toEqual([])
    expect(reordered?.message).toContain(order)
    expect(reordered?.message).toContain('按表头中各组名称的先后确定')
    expect([...(reordered?.cellIds ?? [])].sort()).toEqual([...APPEAL_CELL_IDS].sort())
    expect(noticesOf(report, 'ambiguous')).toEqual([])
  })

  it('numbers wrapped over two lines under such a header: left unread, the notice quoting them, never read in the template’s order', async () => {
    const report = await read(join(DIR, '2019_template.litigation-first-wrapped.pdf'))
    const [uncertain, ...others] = noticesOf(report, 'ambiguous')
    expect(others).toEqual([])
    expect(uncertain?.cellIds).toEqual([...APPEAL_CELL_IDS])
    expect(uncertain?.message).toContain('无法确定各数字属于哪一组')
    expect(uncertain?.message).toContain('请核对原文后补录')
    // The report's fifteen numbers are quoted, so the user can enter them where they belong.
    const quotedNumbers = /原文依次为 (.*?)）/.exec(uncertain?.message ?? '')?.[1]?.split(' ')
    expect(quotedNumbers).toHaveLength(APPEAL_CELL_IDS.length)
    expect(noticesOf(report, 'columns-reordered')).toEqual([])
    expect(Object.values(appeals(cellValues(report))).every((value) => value === undefined)).toBe(true)
    // So the report is not all clear anywhere the page or the batch command sums it up.
    expect(readingGapTexts(readingGaps(report))).toEqual([`${APPEAL_CELL_IDS.length} 格未读取`])
  })

  it.each([
    HANDMADE,
    join(DIR, '2019_template.template-own-lines.pdf'),
    // 行政诉讼 centred over its two groups' ten columns, near enough to be taken for a column of numbers.
    join(DIR, '2019_template.template-centred.pdf'),
    join(DIR, '2019_template.template-group-line.markdown.md'),
    join(DIR, '2019_template.split-template.markdown.md'),
  ])('%s, in the template’s order, gets neither notice', async (path) => {
    const report = await read(path)
    expect(appeals(cellValues(report))).toEqual(appeals(expectedOf(path).cells))
    expect(noticesOf(report, 'columns-reordered')).toEqual([])
    expect(noticesOf(report, 'ambiguous')).toEqual([])
  })
})

describe('表四’s results written short and in another order', () => {
  it.each([
    '2019_template.results-short-pending-first.pdf',
    '2019_template.results-short-pending-first.markdown.md',
  ])(
    '%s: 维持, 纠正, 未审结, 其他, 合计 name the result columns, read in the header’s order',
    async (file) => {
      const path = join(DIR, file)
      const report = await read(path)
      expect(appeals(cellValues(report))).toEqual(appeals(expectedOf(path).cells))
      const [reordered, ...others] = noticesOf(report, 'columns-reordered')
      expect(others).toEqual([])
      expect(reordered?.message).toContain('各列依次为结果维持、结果纠正、尚未审结、其他结果、总计')
      expect(noticesOf(report, 'ambiguous')).toEqual([])
    },
  )
})
