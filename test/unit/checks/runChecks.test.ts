/**
 * ingestFile keeps readReport's R-A..R-E results and adds only the other checks (withRemainingChecks):
 * on every fixture the report it gives carries exactly what runChecks gives, in the same order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkAcrossReports,
  checkBeyondTables,
  ownChecks,
  runChecks,
  withAllChecks,
  withRemainingChecks,
} from '../../../src/core/checks/runChecks'
import { checkWithinReport } from '../../../src/core/checks/withinReport'
import { fixtureReports, readOk, type FixtureReport } from '../trust/fixtureReports'
import { readTextReport, SEED_FILES } from '../trust/readFixture'

let fixtures: FixtureReport[] = []

beforeAll(async () => {
  fixtures = (await fixtureReports()).filter(readOk)
}, 120_000)

describe('checks of an ingested report', () => {
  it('are runChecks, in its order, on every fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(50)
    for (const { path, report } of fixtures) expect(report.checks, path).toEqual(runChecks(report))
  })

  it.each(SEED_FILES)('withRemainingChecks equals withAllChecks on %s read by readReport', (path) => {
    const report = readTextReport(path)
    expect(report.checks).toEqual(checkWithinReport(report))
    expect(withRemainingChecks(report)).toEqual(withAllChecks(report))
  })

  it('runChecks is R-A..R-E followed by R-T, R-I and R-J', () => {
    const report = readTextReport(SEED_FILES[0] ?? '')
    const rules = checkBeyondTables(report).map((check) => check.rule)
    expect(rules[0]).toBe('R-T')
    expect(rules).toContain('R-J')
    expect(runChecks(report)).toEqual([...checkWithinReport(report), ...checkBeyondTables(report)])
  })

  it('ownChecks is runChecks on every fixture: ingested, as the reader left it, with findings across years appended', () => {
    expect(fixtures.some(({ report }) => report.template === 'legacy')).toBe(true)
    const entries = fixtures.map(({ path, report }) => ({ id: path, report: { ...report, year: 2023 } }))
    // Every fixture as the same agency's 2022 report too, so each has R-F and R-G findings to append.
    const earlier = entries.map(({ id, report }) => ({ id: `${id}-2022`, report: { ...report, year: 2022 } }))
    const across = checkAcrossReports(
      [...entries, ...earlier].map(({ id, report }) => ({ id, report: { ...report, agency: '某机关' } })),
    )
    for (const { path, report } of fixtures) {
      const expected = runChecks(report)
      expect(ownChecks(report), path).toEqual(expected)
      expect(ownChecks({ ...report, checks: checkWithinReport(report) }), path).toEqual(expected)
      const appended = across.filter((check) => check.reportId === path)
      if (report.template !== 'legacy') expect(appended.length, path).toBeGreaterThan(0)
      expect(ownChecks({ ...report, checks: [...report.checks, ...appended] }), path).toEqual(expected)
    }
  })
})
