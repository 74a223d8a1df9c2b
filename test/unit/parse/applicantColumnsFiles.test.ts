/**
 * 表三 layouts whose columns the template's order misplaced without a word: the generated fixtures of
 * test/fixtures/generated/applicant-columns (seed 001 redrawn), read as the batch command reads them and
 * compared with the seed's ground truth. A column the file leaves out is named in one notice and never read
 * as 0; where nothing tells whose numbers are whose, 表三 is left unread with one 'ambiguous' notice.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APPLICANT_COLUMNS } from '../../../src/core/model/ids'
import { cellValues, type Report } from '../../../src/core/model/report'
import { fixtureReport, ingestedReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'applicant-columns')
const SEED = '001_cad4fa3e014eb2f3'
const SEED_PATH = join(FIXTURES, 'seeds', `${SEED}.txt`)
const fixture = (name: string) => join(DIR, `${SEED}.${name}`)

const applications = (cells: Record<string, number | undefined>) =>
  Object.fromEntries(
    Object.entries(cells).filter(([id, value]) => id.startsWith('applications.') && value !== undefined),
  )

const noticesOf = (report: Report, code: string) => report.notices.filter((notice) => notice.code === code)

/** The seed's 表三 cells of one column, in every row. */
const columnIds = (column: string) =>
  Object.keys(applications(expectedOf(SEED_PATH).cells)).filter((id) => id.endsWith(`.${column}`))

describe('表三 with six columns under a header naming them', () => {
  it.each([
    ['no-total.txt', 'total', '总计'],
    ['no-total.markdown.md', 'total', '总计'],
    ['no-natural.txt', 'natural', '自然人'],
    ['no-natural.markdown.md', 'natural', '自然人'],
  ])(
    '%s: each number is read under its column, and the absent column’s cells are unread with one notice naming them',
    async (file, absent, name) => {
      const path = fixture(file)
      const report = await fixtureReport(path)
      expect(applications(cellValues(report))).toEqual(applications(expectedOf(path).cells))
      const naming = report.notices.filter((notice) =>
        notice.cellIds?.some((id) => id.startsWith('applications.') && id.endsWith(`.${absent}`)),
      )
      expect(naming.map((notice) => notice.code)).toEqual(['cell-unread'])
      expect(naming[0]?.message).toContain(`表头没有“${name}”列`)
      expect([...(naming[0]?.cellIds ?? [])].sort()).toEqual(columnIds(absent).sort())
      expect(noticesOf(report, 'ambiguous')).toEqual([])
    },
  )
})

describe('表三 whose columns no header tells', () => {
  it.each([
    ['no-total-headerless.txt', '各行只有六个数值'],
    ['total-second-headerless.txt', '各行的“总计”都不等于其余各列之和'],
  ])('%s: 表三 is left unread with one ambiguous notice naming every cell', async (file, why) => {
    const path = fixture(file)
    const report = await fixtureReport(path)
    expect(applications(cellValues(report))).toEqual({})
    const [ambiguous, ...others] = noticesOf(report, 'ambiguous')
    expect(others).toEqual([])
    expect(ambiguous?.message).toContain(why)
    const every = APPLICANT_COLUMNS.flatMap(columnIds)
    expect([...(ambiguous?.cellIds ?? [])].sort()).toEqual(every.sort())
    // The rest of the report is read as the seed's ground truth says.
    const rest = Object.entries(expectedOf(path).cells)
    expect(rest.every(([id, value]) => report.cells[id]?.value === value)).toBe(true)
  })
})

describe('表三 under a header read from its text', () => {
  it('the blank 2021 template’s header with 总计 first, its first two rows merged: read in the header’s order, the rows’ sums telling which of the line’s two readings it is', async () => {
    const path = fixture('total-first-merged.txt')
    const report = await fixtureReport(path)
    expect(applications(cellValues(report))).toEqual(applications(expectedOf(path).cells))
    const [reordered, ...others] = noticesOf(report, 'columns-reordered')
    expect(others).toEqual([])
    expect(reordered?.message).toContain(
      '表头各列的顺序（总计、自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）',
    )
    expect(reordered?.message).toContain('按各行“总计”等于其余各列之和确定')
  })

  it('names with spaces inside on lines of text (“法人或其他 组织”, “商业 企业”) are recognised', async () => {
    const path = fixture('spaced-names.txt')
    const report = await fixtureReport(path)
    expect(applications(cellValues(report))).toEqual(applications(expectedOf(path).cells))
    const [reordered, ...others] = noticesOf(report, 'columns-reordered')
    expect(others).toEqual([])
    expect(reordered?.message).toContain(
      '表头各列的顺序（商业企业、科研机构、社会公益组织、法律服务机构、其他、自然人、总计）（按表头中各列名称的先后确定）',
    )
  })
})

describe('表三 with seven columns, one of them written “/” in every row', () => {
  // Seed 001's 科研机构 is 0 in every row: written "/", each row has six numbers and a blank between them.
  const seedLines = readFileSync(SEED_PATH, 'utf8').split('\n')
  const first = seedLines.findIndex((line) => line.includes('新收'))
  const last = seedLines.findIndex((line) => line.includes('结转下年'))
  const slashed = seedLines.map((line, index) => {
    if (index < first || index > last) return line
    const cells = line.split('\t')
    // 科研机构 stands four cells before 总计, the last number (a row may end in an empty cell).
    const at = cells.findLastIndex((cell) => /^\d+$/.test(cell)) - 4
    return cells.length >= 8 && cells[at] === '0' && /^\d+$/.test(cells[at + 1] ?? '')
      ? [...cells.slice(0, at), '/', ...cells.slice(at + 1)].join('\t')
      : line
  })
  const changed = slashed.filter((line, at) => line !== seedLines[at]).length
  const read = (lines: readonly string[]) =>
    ingestedReport(`${SEED}.txt`, new TextEncoder().encode(lines.join('\n')))

  it('is read as seven columns, the “/” cells blanks read as 0 with their notice, under a header or none', async () => {
    const header = seedLines.findIndex((line) => line.includes('申请人情况'))
    expect(header).toBeGreaterThanOrEqual(0)
    expect(changed).toBeGreaterThan(10)
    const headerless = [...slashed.slice(0, header), ...slashed.slice(first)]
    for (const lines of [slashed, headerless]) {
      const report = await read(lines)
      expect(applications(cellValues(report))).toEqual(applications(expectedOf(SEED_PATH).cells))
      const blanks = noticesOf(report, 'blank-as-zero')[0]?.cellIds ?? []
      expect(blanks.filter((id) => id.endsWith('.research'))).toHaveLength(changed)
      expect(noticesOf(report, 'ambiguous')).toEqual([])
    }
  })
})
