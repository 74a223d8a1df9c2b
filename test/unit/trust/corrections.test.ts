import { describe, expect, it } from 'vitest'
import { withAllChecks } from '../../../src/core/checks/runChecks'
import { applyCorrection, isUserValue, undoCorrection, type Correction } from '../../../src/core/corrections'
import type { Report } from '../../../src/core/model/report'
import { readRealReport, readTextReport, SEED_FILES } from './readFixture'

const T1 = '2025-01-01T10:00:00.000Z'
const T2 = '2025-01-01T11:00:00.000Z'

function corrected(report: Report, cellId: string, value: number, at = T1) {
  const outcome = applyCorrection('r1', report, cellId, value, at)
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome
}

const failedRules = (report: Report) => report.checks.filter((check) => !check.ok).map((check) => check.rule)

describe('corrections', () => {
  it('the real 洪泽 PDF: correcting 行政复议·总计 0 → 11 turns its R-D check green', async () => {
    const report = withAllChecks(await readRealReport('hongze_district_gov_2023.pdf'))
    expect(failedRules(report)).toEqual(['R-D', 'R-D', 'R-T'])
    const { report: fixed, correction } = corrected(report, 'appeals.reconsideration.total', 11)
    expect(correction).toEqual({
      reportId: 'r1',
      cellId: 'appeals.reconsideration.total',
      old: 0,
      new: 11,
      at: T1,
    })
    expect(failedRules(fixed)).toEqual(['R-D', 'R-T'])
    const cell = fixed.cells['appeals.reconsideration.total']
    expect(cell?.value).toBe(11)
    expect(cell?.corrected).toEqual({ original: 0, at: T1 })
    expect(cell?.source).toEqual(report.cells['appeals.reconsideration.total']?.source)
    expect(isUserValue(cell)).toBe(true)
    expect(report.cells['appeals.reconsideration.total']?.value).toBe(0)
  }, 30_000)

  it('a wrong correction turns checks red, and undo restores the report exactly', () => {
    const report = withAllChecks(readTextReport(SEED_FILES[1] ?? ''))
    const { report: wrong, correction } = corrected(report, 'applications.received.natural', 50)
    expect(failedRules(wrong).sort()).toEqual(['R-A', 'R-B'])
    const undone = undoCorrection(wrong, correction, [correction])
    expect(undone.ok && undone.report).toEqual(report)
  })

  it('keeps the report’s original through several corrections and undoes them in order', () => {
    const report = withAllChecks(readTextReport(SEED_FILES[1] ?? ''))
    const first = corrected(report, 'applications.granted.natural', 9, T1)
    const second = corrected(first.report, 'applications.granted.natural', 10, T2)
    const log: Correction[] = [first.correction, second.correction]
    expect(second.correction.old).toBe(9)
    expect(second.report.cells['applications.granted.natural']?.corrected).toEqual({ original: 8, at: T2 })
    const outOfOrder = undoCorrection(second.report, first.correction, log)
    expect(outOfOrder.ok || outOfOrder.error.code).toBe('not-latest')
    const back = undoCorrection(second.report, second.correction, log)
    if (!back.ok) throw new Error(back.error.message)
    expect(back.report.cells['applications.granted.natural']).toEqual(
      first.report.cells['applications.granted.natural'],
    )
    const home = undoCorrection(back.report, first.correction, [first.correction])
    expect(home.ok && home.report).toEqual(report)
  })

  it('correcting back to the original value clears the mark', () => {
    const report = readTextReport(SEED_FILES[1] ?? '')
    const there = corrected(report, 'applications.granted.natural', 9)
    const back = corrected(there.report, 'applications.granted.natural', 8)
    expect(back.report.cells['applications.granted.natural']?.corrected).toBeUndefined()
  })

  it('enters a value for a cell the reader could not read, and undo removes it again', () => {
    const report = readTextReport(SEED_FILES[1] ?? '')
    const { ['proactive.fees.amount']: _dropped, ...rest } = report.cells
    const unread = { ...report, cells: rest }
    const { report: entered, correction } = corrected(unread, 'proactive.fees.amount', 0.5)
    expect(correction.old).toBeNull()
    expect(entered.cells['proactive.fees.amount']).toMatchObject({ value: 0.5, entered: { at: T1 } })
    expect(entered.cells['proactive.fees.amount']?.source.line).toBe(-1)
    const undone = undoCorrection(entered, correction, [correction])
    expect(undone.ok && undone.report.cells['proactive.fees.amount']).toBeUndefined()
  })

  it.each([
    ['applications.granted.natural', -1, 'out-of-domain'],
    ['applications.granted.natural', 1.5, 'out-of-domain'],
    ['applications.granted.natural', Number.NaN, 'not-a-number'],
    ['applications.granted.natural', 8, 'unchanged'],
    ['not.a.cell', 1, 'unknown-cell'],
  ])('refuses %s = %s (%s)', (cellId, value, code) => {
    const outcome = applyCorrection('r1', readTextReport(SEED_FILES[1] ?? ''), cellId, value, T1)
    expect(outcome.ok || outcome.error.code).toBe(code)
    expect(outcome.ok || outcome.error.message.length > 0).toBe(true)
  })

  it('allows negative 本年增/减 and decimal fees', () => {
    const report = readTextReport('handmade/2019_template.txt')
    expect(applyCorrection('r1', report, 'proactive.licensing.change', -3, T1).ok).toBe(true)
    expect(
      applyCorrection('r1', readTextReport(SEED_FILES[1] ?? ''), 'proactive.fees.amount', 0.0316, T1).ok,
    ).toBe(true)
  })
})
