/**
 * Every fixture with a ground truth, read through the real ingest path, checked with runChecks: the
 * errors found are exactly those the ground-truth numbers give (the published 洪泽 表四 breaks R-D), and
 * the soft rules raise nothing on reports that are right.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { runChecks } from '../../../src/core/checks/runChecks'
import { checkWithinReport } from '../../../src/core/checks/withinReport'
import type { Cell, CheckResult } from '../../../src/core/model/report'
import { fixtureReports, readOk, type FixtureReport } from './fixtureReports'

let fixtures: FixtureReport[] = []
let failedToRead: string[] = []

beforeAll(async () => {
  const all = await fixtureReports()
  fixtures = all.filter(readOk)
  failedToRead = all.filter((entry) => !readOk(entry)).map((entry) => entry.path)
}, 120_000)

const failing = (checks: CheckResult[], rule: string) => checks.filter((c) => c.rule === rule && !c.ok)
const signature = (checks: CheckResult[]) =>
  checks.map((check) => `${check.rule} ${check.cellIds.join(',')}`).sort()

function truthCells(fixture: FixtureReport): Record<string, Cell> {
  return Object.fromEntries(
    Object.entries(fixture.expected.cells).map(([id, value]) => [
      id,
      { value, source: { line: 0, column: 0, raw: '' } },
    ]),
  )
}

describe('runChecks on every fixture with a ground truth', () => {
  it('reads all of them', () => {
    expect(failedToRead).toEqual([])
    expect(fixtures.length).toBeGreaterThanOrEqual(50)
  })

  it('finds exactly the errors of the ground-truth numbers (R-A to R-E)', () => {
    for (const fixture of fixtures) {
      const errors = runChecks(fixture.report).filter((check) => check.severity === 'error' && !check.ok)
      const truth = checkWithinReport({ ...fixture.report, cells: truthCells(fixture) }).filter(
        (check) => !check.ok,
      )
      expect(signature(errors), fixture.path).toEqual(signature(truth))
    }
  })

  it('the real 洪泽 PDF: R-D fails for 行政复议 and 复议后起诉, nothing else is an error', () => {
    const hongze = fixtures.find((fixture) => fixture.path.startsWith('real/hongze'))
    if (hongze === undefined) throw new Error('hongze not read')
    const errors = runChecks(hongze.report).filter((check) => check.severity === 'error' && !check.ok)
    expect(errors.map((check) => [check.rule, check.cellIds.at(-1), check.lhs, check.rhs])).toEqual([
      ['R-D', 'appeals.reconsideration.total', 11, 0],
      ['R-D', 'appeals.litigationAfterReconsideration.total', 5, 0],
    ])
  })

  it('R-I: no prose figure contradicts the tables, and the stated figures are found', () => {
    for (const fixture of fixtures) {
      const checks = runChecks(fixture.report)
      expect(failing(checks, 'R-I'), fixture.path).toEqual([])
    }
    const seed001 = fixtures.find((fixture) => fixture.path === 'seeds/001_cad4fa3e014eb2f3.txt')
    expect(seed001 && runChecks(seed001.report).filter((check) => check.rule === 'R-I')).toMatchObject([
      { ok: true, lhs: 51, rhs: 51 },
    ])
    const hongze = fixtures.find((fixture) => fixture.path.startsWith('real/hongze'))
    expect(hongze && runChecks(hongze.report).filter((check) => check.rule === 'R-I')).toMatchObject([
      { ok: true, lhs: 21, cellIds: ['applications.received.total'] },
    ])
  })

  it('R-J: only the handmade report whose section 五 reads "问题与改进措施略。" is flagged', () => {
    const flagged = fixtures.filter((fixture) => failing(runChecks(fixture.report), 'R-J').length > 0)
    expect(flagged.map((fixture) => fixture.path)).toEqual(['handmade/2021_one_row_other_handling.txt'])
    const first = flagged[0]
    if (first === undefined) throw new Error('nothing flagged')
    const [check] = failing(runChecks(first.report), 'R-J')
    expect(check?.message).toContain('第五部分')
  })

  it('R-T: exactly the 2021-or-later reports printed with the old one-row （六）其他处理', () => {
    const flagged = fixtures.filter((fixture) => failing(runChecks(fixture.report), 'R-T').length > 0)
    const expected = fixtures.filter(
      (fixture) =>
        fixture.expected.year >= 2021 &&
        (fixture.expected as { tableVariants?: Record<string, string> }).tableVariants?.[
          'applications.otherHandling'
        ] === 'one-row',
    )
    expect(flagged.map((fixture) => fixture.path)).toEqual(expected.map((fixture) => fixture.path))
    expect(flagged.map((fixture) => fixture.path).sort()).toEqual([
      'generated/item-number-cells/901_every_cell_nonzero.item-cells-one-row.txt',
      'handmade/2021_one_row_other_handling.txt',
      'real/hongze_district_gov_2023.pdf',
    ])
  })
})
