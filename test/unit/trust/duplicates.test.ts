import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAcrossReports, type ReportEntry } from '../../../src/core/checks/crossYear'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { departmentsOf, regionOf, totalExcludingAggregates } from '../../../src/core/identity/aggregates'
import { findDuplicateGroups, idsToDiscard } from '../../../src/core/identity/duplicates'
import type { Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { fixtureText, FIXTURE_DIR, readRealReport, readTextReport, reportOf, SEED_FILES } from './readFixture'

async function ingested(path: string): Promise<Report> {
  const [item] = await ingestFile(path, new Uint8Array(readFileSync(join(FIXTURE_DIR, path))))
  if (!item?.outcome.ok) throw new Error(`${path} not read`)
  return item.outcome.report
}

describe('duplicates', () => {
  it('one report loaded as text, saved page and Word file is one group with no differing cell', async () => {
    const entries: ReportEntry[] = [
      { id: 'txt', report: readTextReport(SEED_FILES[1] ?? '') },
      { id: 'html', report: await ingested('generated/html/001_cad4fa3e014eb2f3.html') },
      { id: 'docx', report: await ingested('generated/docx/001_cad4fa3e014eb2f3.docx') },
      { id: 'other', report: readTextReport(SEED_FILES[2] ?? '') },
    ]
    const groups = findDuplicateGroups(entries)
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({
      agency: '城乡一体化示范区党政办公室',
      year: 2023,
      reportIds: ['txt', 'html', 'docx'],
      differences: [],
    })
    expect(groups[0]?.sameCells).toBe(10 + 25 * 7 + 15)
  })

  it('does not group, nor check across years, reports whose agency came from a generic file name', () => {
    // Two agencies' reports without a title line, saved under the same name: the name is all they share.
    const untitled = (seed: string, year: string) => {
      const text = fixtureText(seed)
        .split('\n')
        .filter((line) => !/年度\s*报告/.test(line))
        .join('\n')
        .replaceAll('2023', year)
      return reportOf(textToDocument(`${year}年政府信息公开工作年度报告.txt`, text))
    }
    const a = untitled(SEED_FILES[0] ?? '', '2023')
    const b = untitled(SEED_FILES[2] ?? '', '2023')
    expect(a.agency).toBe(b.agency)
    expect(a.notices.map((notice) => notice.code)).toContain('identity-guessed')
    expect(
      findDuplicateGroups([
        { id: 'a', report: a },
        { id: 'b', report: b },
      ]),
    ).toEqual([])
    const earlier = untitled(SEED_FILES[1] ?? '', '2022')
    const across = checkAcrossReports([
      { id: 'a', report: a },
      { id: 'earlier', report: { ...earlier, agency: a.agency } },
    ])
    expect(across).toEqual([])
  })

  it('still groups a copy whose title the reader had to choose among a sidebar’s, or whose year is implausible', () => {
    const text = fixtureText(SEED_FILES[0] ?? '')
    const sidebar = `热点推荐\n新乡县教育局2023年政府信息公开工作年度报告\n${text}`
    const chosen = reportOf(textToDocument('page.txt', sidebar))
    expect(chosen.notices.map((notice) => notice.code)).toContain('identity-guessed')
    const plain = readTextReport(SEED_FILES[0] ?? '')
    expect(
      findDuplicateGroups([
        { id: 'page', report: chosen },
        { id: 'txt', report: plain },
      ]),
    ).toHaveLength(1)
    const typo = (name: string) => reportOf(textToDocument(name, text.replaceAll('2023', '2032')))
    expect(
      findDuplicateGroups([
        { id: 'a', report: typo('a.txt') },
        { id: 'b', report: typo('b.txt') },
      ]),
    ).toHaveLength(1)
  })

  it('lists each differing cell with every copy’s value, and unread cells as null', () => {
    const good = readTextReport(SEED_FILES[1] ?? '')
    const misread = readTextReport(SEED_FILES[1] ?? '', (text) =>
      text.replace('51\t0\t0\t0\t0\t0\t51', '5\t0\t0\t0\t0\t0\t51'),
    )
    const { ['proactive.fees.amount']: _dropped, ...rest } = good.cells
    const partial = { ...good, cells: rest, agency: '城乡一体化示范区党政办' }
    const [group] = findDuplicateGroups([
      { id: 'a', report: good },
      { id: 'b', report: misread },
      { id: 'c', report: partial },
    ])
    expect(group?.differences).toEqual(
      [
        { cellId: 'proactive.fees.amount', values: [0, 0, null] },
        { cellId: 'applications.received.natural', values: [51, 5, 51] },
      ].sort((x, y) => Object.keys(good.cells).indexOf(x.cellId) - Object.keys(good.cells).indexOf(y.cellId)),
    )
    expect(group?.fieldDifferences).toEqual({
      agency: ['城乡一体化示范区党政办公室', '城乡一体化示范区党政办公室', '城乡一体化示范区党政办'],
    })
    if (group === undefined) throw new Error('no group')
    expect(idsToDiscard(group, 'b')).toEqual(['a', 'c'])
    expect(idsToDiscard(group, 'zzz')).toEqual([])
  })

  it('groups different spellings and aliases, never different years or unknown identities', () => {
    const report = readTextReport(SEED_FILES[0] ?? '')
    const entries = [
      { id: 'a', report },
      { id: 'b', report: { ...report, agency: '新乡县城管局' } },
      { id: 'c', report: { ...report, year: 2022 } },
      { id: 'd', report: { ...report, agency: '城管' } },
      { id: 'e', report: { ...report, year: 0, agency: '新乡县城市管理局' } },
      { id: 'f', report: { ...report, year: 0, agency: '新乡县城市管理局' } },
    ]
    expect(findDuplicateGroups(entries).map((group) => group.reportIds)).toEqual([['a', 'b']])
    const aliased = findDuplicateGroups(entries, { 城管: '新乡县城市管理局' })
    expect(aliased.map((group) => group.reportIds)).toEqual([['a', 'b', 'd']])
  })
})

describe('aggregate (汇总) reports', () => {
  it('the real 洪泽 aggregate is never added to its departments', async () => {
    const hongze = await readRealReport('hongze_district_gov_2023.pdf')
    expect(hongze.scope).toBe('aggregate')
    const department = readTextReport(SEED_FILES[1] ?? '')
    const entries: ReportEntry[] = [
      { id: 'gov', report: hongze },
      { id: 'dept', report: { ...department, agency: '洪泽区发展和改革局' } },
      { id: 'unread', report: { ...department, agency: '洪泽区财政局', cells: {} } },
    ]
    const total = totalExcludingAggregates(entries, 'applications.received.total')
    expect(total).toEqual({ value: 51, counted: ['dept'], excludedAggregates: ['gov'], unread: ['unread'] })
    expect(regionOf(hongze.agency)).toBe('洪泽区')
    const [government] = entries
    if (government === undefined) throw new Error('no entry')
    expect(departmentsOf(government, entries)).toEqual(['dept', 'unread'])
  }, 30_000)

  it('the real 洪泽 aggregate and the 洪泽 government’s own report of that year are not copies of one report, nor a pair of years', async () => {
    const aggregate = await readRealReport('hongze_district_gov_2023.pdf')
    const own = (year: string) =>
      readTextReport(SEED_FILES[1] ?? '', (text) =>
        text.replaceAll('城乡一体化示范区党政办公室', '洪泽区人民政府').replaceAll('2023', year),
      )
    const own2023 = own('2023')
    const own2022 = own('2022')
    expect([own2023.agency, own2023.year, own2023.scope]).toEqual([
      aggregate.agency,
      aggregate.year,
      'agency',
    ])
    const entries: ReportEntry[] = [
      { id: 'aggregate', report: aggregate },
      { id: 'own2023', report: own2023 },
      { id: 'own2022', report: own2022 },
    ]
    expect(findDuplicateGroups(entries)).toEqual([])
    // A second copy of the aggregate still is one.
    const copies = findDuplicateGroups([...entries, { id: 'aggregate-copy', report: aggregate }])
    expect(copies.map((group) => group.reportIds)).toEqual([['aggregate', 'aggregate-copy']])
    // 上年结转 of the aggregate is the whole district's, not the office's 结转下年度 of the year before.
    const across = checkAcrossReports(entries)
    expect(new Set(across.map((check) => check.reportId))).toEqual(new Set(['own2023']))
    expect(across.every((check) => check.previousReportId === 'own2022')).toBe(true)
  }, 30_000)

  it('a total over aggregates only has no value rather than 0', () => {
    const report = { ...readTextReport(SEED_FILES[2] ?? ''), scope: 'aggregate' as const }
    expect(
      totalExcludingAggregates([{ id: 'x', report }], 'applications.received.total').value,
    ).toBeUndefined()
  })

  it.each([
    ['沭阳县人民政府', '沭阳县'],
    ['沭阳县政府办公室', '沭阳县'],
    ['平潭综合实验区管委会', '平潭综合实验区'],
    ['淮安市洪泽区人民政府', '淮安市洪泽区'],
  ])('regionOf(%s) = %s', (agency, region) => {
    expect(regionOf(agency)).toBe(region)
  })
})
