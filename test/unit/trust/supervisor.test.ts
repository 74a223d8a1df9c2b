import { describe, expect, it } from 'vitest'
import { checkAcrossReports, withAllChecks } from '../../../src/core/checks/runChecks'
import { findCopiedText } from '../../../src/core/copiedText/copiedText'
import { applyCorrection } from '../../../src/core/corrections'
import { findDuplicateGroups } from '../../../src/core/identity/duplicates'
import { readingGaps } from '../../../src/core/compare/readingGaps'
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../../../src/core/model/ids'
import { applyIdentityCorrection } from '../../../src/core/identity/identityCorrection'
import { SUPERVISOR_CSV_HEADERS, supervisorCsvRows } from '../../../src/core/supervisor/supervisorCsv'
import { buildSupervisorReport, type SupervisorInput } from '../../../src/core/supervisor/supervisorReport'
import { readRealReport, readTextReport, SEED_FILES } from './readFixture'

const AT = '2025-03-01T08:00:00.000Z'

async function inputs(): Promise<SupervisorInput[]> {
  const seed000 = readTextReport(SEED_FILES[0] ?? '')
  const fixed = applyCorrection('seed0', seed000, 'proactive.penalty.decisions', 7, AT)
  if (!fixed.ok) throw new Error(fixed.error.message)
  // A made-up earlier year: its checks are run on its own cells, as every change to a report does.
  const previous = withAllChecks({
    ...seed000,
    year: 2022,
    agency: '新乡县城管局',
    cells: {
      ...seed000.cells,
      'applications.carriedForward.total': { value: 4, source: { line: 0, column: 0, raw: '4' } },
    },
  })
  return [
    {
      id: 'pdf',
      fileName: 'hongze_district_gov_2023.pdf',
      report: await readRealReport('hongze_district_gov_2023.pdf'),
    },
    {
      id: 'html',
      fileName: 'shuyang_fgj_2023_page.html',
      report: await readRealReport('shuyang_fgj_2023_page.html'),
    },
    { id: 'seed0', fileName: '000.txt', report: fixed.report },
    { id: 'seed0-2022', fileName: '000-2022.txt', report: previous },
    { id: 'seed1', fileName: '001.txt', report: readTextReport(SEED_FILES[1] ?? '') },
    { id: 'seed1-copy', fileName: '001.html', report: readTextReport(SEED_FILES[1] ?? '') },
  ]
}

/** The dashboard's reports: every check run, and the findings across years appended to the later report. */
function checkedAsShown(asRead: readonly SupervisorInput[]) {
  const checked = asRead.map((entry) => ({ ...entry, report: withAllChecks(entry.report) }))
  const across = checkAcrossReports(checked, {})
  const asShown = checked.map((entry) => ({
    ...entry,
    report: {
      ...entry.report,
      checks: [...entry.report.checks, ...across.filter((check) => check.reportId === entry.id)],
    },
  }))
  return { checked, across, asShown }
}

describe('supervisor report', () => {
  it('groups every loaded report by agency with its problems', async () => {
    const report = buildSupervisorReport(await inputs(), {}, AT)
    expect(report.generatedAt).toBe(AT)
    expect(
      report.agencies.map((agency) => [agency.agency, agency.reports.map((row) => row.reportId)]),
    ).toEqual([
      ['城乡一体化示范区党政办公室', ['seed1', 'seed1-copy']],
      ['洪泽区人民政府', ['pdf']],
      ['沭阳县发展和改革局', ['html']],
      ['新乡县城市管理局', ['seed0-2022', 'seed0']],
    ])
    const rows = report.agencies.flatMap((agency) => agency.reports)
    const row = (id: string) => rows.find((candidate) => candidate.reportId === id)
    expect(row('pdf')?.counts).toEqual({ errors: 2, warnings: 1, notices: 0 })
    expect(row('pdf')?.problems.map((problem) => problem.rule)).toEqual(['R-D', 'R-D', 'R-T'])
    // The made-up 2022 report is 2023's text word for word: 2023 copied last year's text. The 行政处罚 corrected
    // to 7 no longer agrees with the prose's "行政处罚6个".
    expect(row('seed0')?.counts).toEqual({ errors: 0, warnings: 3, notices: 0 })
    expect(row('seed0')?.problems.map((problem) => problem.rule)).toEqual(['R-I', 'R-F', 'copied-text'])
    expect(row('seed0')?.problems[0]?.message).toMatch(/^总体情况“行政处罚6个”为 6 件，而表二 行政处罚/)
    expect(row('seed0')?.problems[1]?.message).toMatch(/^总计列：2023 年上年结转 /)
    expect(row('seed0')?.problems[2]?.message).toMatch(
      /^与上年报告文字雷同：与本机关 2022 年报告有 (\d+) 句相同，占本报告计入比对的 \1 句的 100%$/u,
    )
    expect(row('seed0')?.userValues).toBe(1)
    expect(row('seed1')?.duplicateOf).toEqual(['seed1-copy'])
    expect(row('html')?.problems.map((problem) => problem.rule)).toEqual(['reading'])
    // the made-up 2022 copy has 结转下年度·总计 4 without the rest of its 表三, so its own R-A and R-B fail
    expect(row('seed0-2022')?.problems.map((problem) => problem.rule)).toEqual(['R-A', 'R-B'])
    expect(report.totals).toEqual({
      reports: 6,
      withErrors: 2,
      withWarnings: 1,
      withReadingGaps: 0,
      clean: 3,
    })
  }, 30_000)

  it('CSV: Chinese headers, one row per problem, one row for a clean report', async () => {
    const rows = supervisorCsvRows(buildSupervisorReport(await inputs(), {}, AT))
    expect(rows.every((row) => row.length === SUPERVISOR_CSV_HEADERS.length)).toBe(true)
    const column = (header: (typeof SUPERVISOR_CSV_HEADERS)[number]) => SUPERVISOR_CSV_HEADERS.indexOf(header)
    const hongze = rows.filter((row) => row[column('文件')] === 'hongze_district_gov_2023.pdf')
    expect(hongze.map((row) => [row[column('范围')], row[column('规则')], row[column('严重程度')]])).toEqual([
      ['汇总', 'R-D', '错误'],
      ['汇总', 'R-D', '错误'],
      ['汇总', 'R-T', '警告'],
    ])
    expect(hongze[0]?.[column('涉及单元格')]).toContain('表四 行政复议·总计')
    const copied = rows.filter(
      (row) => row[column('文件')] === '000.txt' && row[column('规则')] === '文字雷同',
    )
    expect(copied.map((row) => [row[column('严重程度')], row[column('涉及单元格')]])).toEqual([['警告', '']])
    const clean = rows.filter((row) => row[column('文件')] === '001.txt')
    expect(clean).toHaveLength(1)
    expect(clean[0]?.[column('问题说明')]).toBe('未发现问题')
    expect(clean[0]?.[column('未读取或未识别')]).toBe('')
    expect(clean[0]?.[SUPERVISOR_CSV_HEADERS.indexOf('重复载入')]).toBe('是')
    // Numbers as numbers, so a spreadsheet sums them: the year, the error and warning counts.
    expect([clean[0]?.[column('错误数')], clean[0]?.[column('警告数')]]).toEqual([0, 0])
    expect(typeof clean[0]?.[column('年度')]).toBe('number')
  }, 30_000)

  it('does not call a pre-2019 report checked: its row says no rule was run on it, not 未发现问题', () => {
    const legacy = readTextReport('handmade/legacy_2017.txt')
    expect(legacy.template).toBe('legacy')
    const report = buildSupervisorReport(
      [
        { id: 'legacy', fileName: 'legacy_2017.txt', report: withAllChecks(legacy) },
        { id: 'clean', fileName: '003.txt', report: withAllChecks(readTextReport(SEED_FILES[3] ?? '')) },
      ],
      {},
      AT,
    )
    const said = (file: string) =>
      supervisorCsvRows(report)
        .filter((row) => row[SUPERVISOR_CSV_HEADERS.indexOf('文件')] === file)
        .map((row) => row[SUPERVISOR_CSV_HEADERS.indexOf('问题说明')])
    expect(said('legacy_2017.txt')).toEqual(['未检查：2019 年以前的报告没有统一表格，不做勾稽关系检查'])
    expect(said('003.txt')).toEqual(['未发现问题'])
  })

  it('names a corrected agency and year: the report’s own name as written, and what was corrected', () => {
    const read = readTextReport(SEED_FILES[1] ?? '')
    const corrected = applyIdentityCorrection(read, { agency: '某县某局', year: 2021, at: AT })
    const report = buildSupervisorReport([{ id: 'r', fileName: '001.txt', report: corrected }], {}, AT)
    const row = report.agencies[0]?.reports[0]
    expect([report.agencies[0]?.agency, row?.agencyAsWritten, row?.year]).toEqual([
      '某县某局',
      read.agency,
      2021,
    ])
    const csv = supervisorCsvRows(report)[0] ?? []
    expect(csv[SUPERVISOR_CSV_HEADERS.indexOf('机关或年度更正')]).toBe(
      `机关 原为 ${read.agency}；年度 原为 ${read.year}`,
    )
  })

  it('takes the checks of reports checked as the dashboard checks them, with the same result', async () => {
    const asRead = await inputs()
    const { asShown, across } = checkedAsShown(asRead)
    expect(across.some((check) => !check.ok)).toBe(true)
    const built = buildSupervisorReport(asRead, {}, AT)
    expect(buildSupervisorReport(asShown, {}, AT)).toEqual(built)
    // The page passes the copied-text findings its selector has: the same report, and they are used as given.
    expect(buildSupervisorReport(asRead, {}, AT, { copied: findCopiedText(asRead, {}) })).toEqual(built)
    const copiedRows = (report: typeof built) =>
      report.agencies.flatMap((agency) => agency.reports).flatMap((row) => row.problems)
    expect(copiedRows(built).some((problem) => problem.rule === 'copied-text')).toBe(true)
    const none = buildSupervisorReport(asRead, {}, AT, { copied: new Map() })
    expect(copiedRows(none).some((problem) => problem.rule === 'copied-text')).toBe(false)
    // A report whose checks were not all run yet has them run: the PDF's R-T is not among the reader's.
    const pdf = asRead.find((entry) => entry.id === 'pdf')
    expect(pdf?.report.checks.some((check) => check.rule === 'R-T')).toBe(false)
  }, 30_000)

  it('takes the duplicate groups and the R-F/R-G findings a caller has, with the same result', async () => {
    const asRead = await inputs()
    const { checked, asShown } = checkedAsShown(asRead)
    const duplicates = findDuplicateGroups(asShown, {})
    const copied = findCopiedText(asShown, {})
    const given = { copied, duplicates, acrossReportsChecked: true }
    const built = buildSupervisorReport(asRead, {}, AT)
    const rows = (report: typeof built) => report.agencies.flatMap((agency) => agency.reports)
    // What is compared: two years of 新乡县城市管理局 with an R-F error, and the pair of seed 001.
    expect(rows(built).find((row) => row.reportId === 'seed0')?.problems[1]?.rule).toBe('R-F')
    expect(duplicates.map((group) => group.reportIds)).toEqual([['seed1', 'seed1-copy']])
    expect(buildSupervisorReport(asShown, {}, AT, given)).toEqual(built)
    const listed = new Set(['seed0', 'seed1'])
    expect(buildSupervisorReport(asShown, {}, AT, { ...given, listed })).toEqual(
      buildSupervisorReport(asRead, {}, AT, { listed }),
    )
    // Used as given: reports said to carry R-F/R-G but without them give none; no groups, no duplicates.
    const told = buildSupervisorReport(checked, {}, AT, {
      copied,
      duplicates: [],
      acrossReportsChecked: true,
    })
    expect(
      rows(told)
        .flatMap((row) => row.problems)
        .some((problem) => problem.rule === 'R-F'),
    ).toBe(false)
    expect(rows(told).every((row) => row.duplicateOf.length === 0)).toBe(true)
  }, 30_000)

  it('does not call a report with reading gaps clean: counted apart, said on its row, its CSV rows and its agency', () => {
    const noTable4 = readTextReport(SEED_FILES[1] ?? '', (text) => {
      const without = text.replace(/四、政府信息公开行政复议[\s\S]*?(?=五、存在)/u, '')
      expect(without).not.toBe(text)
      return without
    })
    const appealCells = APPEAL_GROUPS.length * APPEAL_COLUMNS.length
    expect(readingGaps(noTable4).unreadCells).toBe(appealCells)
    const report = buildSupervisorReport(
      [
        { id: 'gaps', fileName: 'no-table4.txt', report: noTable4 },
        { id: 'clean', fileName: '003.txt', report: readTextReport(SEED_FILES[3] ?? '') },
      ],
      {},
      AT,
    )
    expect(report.totals).toEqual({
      reports: 2,
      withErrors: 0,
      withWarnings: 0,
      withReadingGaps: 1,
      clean: 1,
    })
    const rows = report.agencies.flatMap((agency) => agency.reports)
    const gapsRow = rows.find((row) => row.reportId === 'gaps')
    expect([gapsRow?.status, gapsRow?.counts.errors, gapsRow?.counts.warnings]).toEqual([
      'reading-gaps',
      0,
      0,
    ])
    // Why: the reader's notice, beside R-J's notice that section 四 is missing.
    expect(gapsRow?.problems.map((problem) => [problem.rule, problem.severity])).toEqual([
      ['R-J', 'notice'],
      ['reading', 'notice'],
    ])
    expect(gapsRow?.problems[1]?.message).toContain('未找到表四')
    const csv = supervisorCsvRows(report).filter(
      (row) => row[SUPERVISOR_CSV_HEADERS.indexOf('文件')] === 'no-table4.txt',
    )
    // On each of its rows (R-J and the reading notice), as 错误数 and 警告数 are.
    expect(csv.map((row) => row[SUPERVISOR_CSV_HEADERS.indexOf('未读取或未识别')])).toEqual([
      `${appealCells} 格未读取`,
      `${appealCells} 格未读取`,
    ])
  })

  it('a year the reader guessed is a reading gap, with the reason, until the user corrects or confirms it', () => {
    const yearless = readTextReport(SEED_FILES[1] ?? '', (text) =>
      text.replace('2023 年政府信息公开', '政府信息公开'),
    )
    expect(yearless.year).toBe(0)
    const guessed = buildSupervisorReport([{ id: 'r', fileName: '001.txt', report: yearless }], {}, AT)
    const row = guessed.agencies[0]?.reports[0]
    expect(row?.status).toBe('reading-gaps')
    expect(row?.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('标题中没有年度'),
    ])
    expect(supervisorCsvRows(guessed)[0]?.[SUPERVISOR_CSV_HEADERS.indexOf('未读取或未识别')]).toBe(
      '机关或年度存疑',
    )

    const corrected = applyIdentityCorrection(yearless, { year: 2023, at: AT })
    const fixed = buildSupervisorReport([{ id: 'r', fileName: '001.txt', report: corrected }], {}, AT)
    expect(fixed.totals).toMatchObject({ withReadingGaps: 0, clean: 1 })
    expect(fixed.agencies[0]?.reports[0]?.problems).toEqual([])
    expect(supervisorCsvRows(fixed)[0]?.[SUPERVISOR_CSV_HEADERS.indexOf('问题说明')]).toBe('未发现问题')

    // A year lost without a notice (a report changed after reading) is still in doubt, and said so.
    const silent = { ...corrected, year: 0, identityCorrected: undefined, notices: [] }
    const unsaid = supervisorCsvRows(
      buildSupervisorReport([{ id: 'r', fileName: '001.txt', report: silent }], {}, AT),
    )
    expect(unsaid.map((row) => row[SUPERVISOR_CSV_HEADERS.indexOf('问题说明')])).toEqual([
      '未发现错误和警告，但有未读取或未识别的内容',
    ])
  })

  it('names an agency as the page does, brackets and abbreviations kept, not in its grouping form', () => {
    const read = readTextReport(SEED_FILES[1] ?? '')
    const written = '新乡县城市管理局(县住建局)'
    const corrected = applyIdentityCorrection(read, { agency: written, at: AT })
    const report = buildSupervisorReport([{ id: 'r', fileName: '001.txt', report: corrected }], {}, AT)
    expect(report.agencies.map((agency) => agency.agency)).toEqual([written])
  })

  it('aliases merge agencies', async () => {
    const report = buildSupervisorReport(await inputs(), { 洪泽区人民政府: '沭阳县发展和改革局' }, AT)
    expect(report.agencies).toHaveLength(3)
  }, 30_000)
})
