import { describe, expect, it } from 'vitest'
import { buildDecisionsSeries, buildTrendSeries, TREND_METRICS } from '../../../src/core/compare/chartSeries'
import { applyCorrection } from '../../../src/core/corrections'
import {
  correctedChartLabels,
  correctedReportKeys,
} from '../../../src/features/corrections/correctedChartLabels'
import { parsedSeedEntries } from '../store/expectedReports'
import { SHIFANQU } from './trustFixtures'

describe('chart tooltips flag corrected reports', () => {
  it('flags exactly the rows drawn from a report with a corrected cell', () => {
    const entries = parsedSeedEntries()
    const target = entries.find((entry) => entry.report.agency === SHIFANQU)
    if (!target) throw new Error('示范区 seed missing')
    const outcome = applyCorrection(
      target.id,
      target.report,
      'proactive.penalty.decisions',
      7,
      '2025-01-01T00:00:00Z',
    )
    if (!outcome.ok) throw new Error(outcome.error.message)
    const reports = entries.map((entry) => (entry === target ? outcome.report : entry.report))

    const keys = correctedReportKeys(reports)
    const decisions = buildDecisionsSeries(reports)
    expect([...correctedChartLabels(decisions, keys)]).toEqual([SHIFANQU])
    expect(correctedChartLabels(decisions, correctedReportKeys(entries.map((e) => e.report))).size).toBe(0)

    // A trend row covers all years of its agency: one corrected year flags it.
    const metric = TREND_METRICS[0]
    if (!metric) throw new Error('no trend metric')
    const older = { ...target.report, year: 2022 }
    const trend = buildTrendSeries([...reports, older], metric)
    expect([...correctedChartLabels(trend, keys, true)]).toEqual([SHIFANQU])
  })
})
