import { describe, expect, it } from 'vitest'
import { withAllChecks } from '../../../src/core/checks/runChecks'
import { readingGaps } from '../../../src/core/compare/readingGaps'
import { agencyIsFileName } from '../../../src/core/identity/agencyFromFileName'
import {
  applyIdentityCorrection,
  IDENTITY_CONFIRMED_TEXT,
  storedIdentityProblem,
  identityCorrectedTexts,
  identityCorrectionOf,
  identityProblem,
} from '../../../src/core/identity/identityCorrection'
import { readRealReport, readTextReport, SEED_FILES } from './readFixture'

const AT = '2025-03-01T08:00:00.000Z'

/** Seed 0 as a department would publish it with the year left out of its title. */
function yearlessSeed() {
  return withAllChecks(
    readTextReport(SEED_FILES[0] ?? '', (text) =>
      text.replace(
        '新乡县城市管理局 2023 年政府信息公开工作年度 报告',
        '新乡县城市管理局政府信息公开工作年度报告',
      ),
    ),
  )
}

describe('identity corrections', () => {
  it('a title without a year: the user gives the year, the report is no longer flagged, the original is kept', () => {
    const report = yearlessSeed()
    expect(report.year).toBe(0)
    expect(readingGaps(report).identityGuessed).toBe(true)
    const correction = identityCorrectionOf(report, report.agency, 2023, AT)
    expect(correction).toEqual({ year: 2023, at: AT })
    if (correction === undefined) throw new Error('no correction')
    const corrected = applyIdentityCorrection(report, correction)
    expect([corrected.agency, corrected.year]).toEqual([report.agency, 2023])
    expect(corrected.identityCorrected).toEqual({ year: 0, at: AT })
    expect(readingGaps(corrected).identityGuessed).toBe(false)
    expect(identityCorrectedTexts(corrected)).toEqual(['年度 原为 未识别'])
    // The report as read is untouched, and so are its cells.
    expect(report.year).toBe(0)
    expect(report.identityCorrected).toBeUndefined()
    expect(corrected.cells).toBe(report.cells)
  })

  it('the real 洪泽 PDF: a year before 2021 re-runs the checks, and R-T (2021 format) no longer applies', async () => {
    const report = withAllChecks(await readRealReport('hongze_district_gov_2023.pdf'))
    expect(report.checks.some((check) => check.rule === 'R-T' && !check.ok)).toBe(true)
    const correction = identityCorrectionOf(report, report.agency, 2020, AT)
    if (correction === undefined) throw new Error('no correction')
    const corrected = applyIdentityCorrection(report, correction)
    expect(corrected.year).toBe(2020)
    expect(corrected.checks.some((check) => check.rule === 'R-T')).toBe(false)
    expect(corrected.checks.filter((check) => check.rule !== 'R-T')).toEqual(
      report.checks.filter((check) => check.rule !== 'R-T'),
    )
  }, 30_000)

  it('keeps only what differs from the reader: a field set back is no longer corrected', () => {
    const report = readTextReport(SEED_FILES[1] ?? '')
    expect(identityCorrectionOf(report, ` ${report.agency} `, report.year, AT)).toBeUndefined()
    expect(identityCorrectionOf(report, '另一机关', report.year, AT)).toEqual({ agency: '另一机关', at: AT })
    const renamed = applyIdentityCorrection(report, { agency: '另一机关', at: AT })
    expect(renamed.identityCorrected).toEqual({ agency: report.agency, at: AT })
    expect(identityCorrectedTexts(renamed)).toEqual([`机关 原为 ${report.agency}`])
    // Only the year moves the checks; a new name leaves them as they were.
    expect(renamed.checks).toBe(report.checks)
  })

  it('a confirmation (neither field) keeps the reader’s identity and takes the report out of doubt', () => {
    const report = withAllChecks(
      readTextReport(SEED_FILES[0] ?? '', (text) =>
        text.replace('新乡县城市管理局 2023 年政府信息公开工作年度 报告', '工作年度报告'),
      ),
    )
    expect(agencyIsFileName(report)).toBe(true)
    const confirmed = applyIdentityCorrection(report, { at: AT })
    expect([confirmed.agency, confirmed.year]).toEqual([report.agency, report.year])
    expect(confirmed.identityCorrected).toEqual({ at: AT })
    expect(agencyIsFileName(confirmed)).toBe(false)
    expect(readingGaps(confirmed).identityGuessed).toBe(report.year === 0)
    expect(identityCorrectedTexts(confirmed)).toEqual([IDENTITY_CONFIRMED_TEXT])
  })

  it('a stored correction is checked as the form checks it, the year against a bound given', () => {
    expect(storedIdentityProblem({ at: AT }, 2100)).toBeUndefined()
    expect(storedIdentityProblem({ agency: ' ', at: AT }, 2100)).toBe('请填写机关名称')
    expect(storedIdentityProblem({ year: 1999, at: AT }, 2100)).toBe('年度应在 2008 至 2100 之间')
  })

  it.each([
    ['', 2023, '请填写机关名称'],
    ['某局'.repeat(21), 2023, '机关名称不应超过 40 个字'],
    ['某局', 2023.5, '年度应为四位数字，如 2023'],
    ['某局', 2007, '年度应在 2008 至 2026 之间'],
    ['某局', 2027, '年度应在 2008 至 2026 之间'],
  ])('refuses agency %j and year %s: %s', (agency, year, message) => {
    expect(identityProblem(agency, year, 2026)).toBe(message)
  })

  it('accepts a plausible agency and year', () => {
    expect(identityProblem('新乡县城市管理局', 2026, 2026)).toBeUndefined()
    expect(identityProblem('新乡县城市管理局', 2008, 2026)).toBeUndefined()
  })
})
