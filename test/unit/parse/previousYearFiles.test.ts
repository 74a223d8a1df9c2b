/**
 * Last year's 表三 or 表四 printed beside this year's, as agencies print them for comparison: the generated
 * fixtures of test/fixtures/generated/previous-year, read as the batch command reads them. Last year's
 * numbers satisfy every check too, so a reading of the wrong table must be told by its caption or flagged.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readingGaps, readingGapTexts } from '../../../src/core/compare/readingGaps'
import { APPEAL_CELL_IDS } from '../../../src/core/model/ids'
import { cellValues, type Report } from '../../../src/core/model/report'
import { fixtureReport, ingestedReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'previous-year')
const HANDMADE = join(FIXTURES, 'handmade', '2019_template.txt')

const read = fixtureReport

const tableCells = (prefix: string, cells: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(cells).filter(([id]) => id.startsWith(prefix)))

const repeated = (report: Report) => report.notices.filter((notice) => notice.code === 'table-repeated')

describe('last year’s 表三 printed before this year’s, each under a caption naming its year', () => {
  it.each([
    '2019_template.applications-previous-first.txt',
    '2019_template.applications-previous-first.markdown.md',
  ])('%s: the later year’s table is read, and the notice names both years', async (file) => {
    const path = join(DIR, file)
    const report = await read(path)
    expect(tableCells('applications.', cellValues(report))).toEqual(
      tableCells('applications.', expectedOf(path).cells),
    )
    const [notice, ...others] = repeated(report)
    expect(others).toEqual([])
    expect(notice?.message).toMatch(/第 \d+ 行起（2018年）和第 \d+ 行起（2019年）/)
    expect(notice?.message).toContain('读取了第二个（年份较晚的表三）')
    expect(readingGaps(report).tablesLeft).toEqual(['表三'])
  })
})

describe('last year’s 表四 printed beside this year’s', () => {
  it('last year’s first, each under a caption naming its year: the later year’s set is read, and the notice names every 表四 cell and both years', async () => {
    const path = join(DIR, '2019_template.appeals-previous-first.markdown.md')
    const report = await read(path)
    expect(tableCells('appeals.', cellValues(report))).toEqual(tableCells('appeals.', expectedOf(path).cells))
    const [notice, ...others] = repeated(report)
    expect(others).toEqual([])
    expect([...(notice?.cellIds ?? [])].sort()).toEqual([...APPEAL_CELL_IDS].sort())
    expect(notice?.message).toMatch(/第 \d+ 行起（2018年）和第 \d+ 行起（2019年）/)
    expect(notice?.message).toContain('读取了第二组（年份较晚的）')
    expect(readingGaps(report).tablesLeft).toEqual(['表四'])
    expect(readingGapTexts(readingGaps(report))).toEqual(['表四另有一组数值未读取'])
  })

  it('this year’s first: read to the ground truth, with the same notice', async () => {
    const path = join(DIR, '2019_template.appeals-previous-after.markdown.md')
    const report = await read(path)
    expect(tableCells('appeals.', cellValues(report))).toEqual(tableCells('appeals.', expectedOf(path).cells))
    expect(repeated(report)).toHaveLength(1)
  })

  it('one 表三 and one 表四 get no such notice', async () => {
    expect(repeated(await read(HANDMADE))).toEqual([])
  })

  /** The handmade report with `lines` right under its 表四's numbers. */
  async function withLinesUnderAppeals(lines: readonly string[]): Promise<Report> {
    const text = readFileSync(HANDMADE, 'utf8')
    const numbers = text.split('\n').find((line) => line.startsWith('1\t0\t0\t0\t1\t'))
    if (numbers === undefined) throw new Error('表四 numbers not found')
    const bytes = new TextEncoder().encode(text.replace(numbers, [numbers, ...lines].join('\n')))
    return ingestedReport('notes.txt', bytes)
  }

  it.each([
    [
      'notes whose numbers are no 表四 (dates, counts)',
      [
        '注：',
        '1. 2019 年 3 月 5 日 案件 1 件',
        '2. 2019 年 6 月 9 日 案件 1 件',
        '3. 2019 年 8 月 1 日 案件 1 件',
        '4. 2019 年 9 月 3 日 案件 1 件',
      ],
    ],
    ['the same fifteen numbers printed again', ['合计\t1\t0\t0\t0\t1\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0']],
  ])('%s under 表四: no notice, the numbers read as before', async (_, lines) => {
    const report = await withLinesUnderAppeals(lines)
    expect(repeated(report)).toEqual([])
    expect(tableCells('appeals.', cellValues(report))).toEqual(
      tableCells('appeals.', expectedOf(HANDMADE).cells),
    )
  })
})
