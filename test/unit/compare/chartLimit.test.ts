import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildDecisionsSeries,
  buildFeesSeries,
  buildOutcomesSeries,
  buildTrendSeries,
  MAX_CHART_AGENCIES,
  TREND_METRICS,
  type ChartReport,
} from '../../../src/core/compare/chartSeries'
import type { Cell, TableVariants, Template } from '../../../src/core/model/report'

interface GroundTruth {
  agency: string
  year: number
  template: Template
  tableVariants: TableVariants
  cells: Record<string, number>
}

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds')
/** 新乡县城市管理局 has decisions and fees; 城乡一体化示范区党政办公室 has applications (51 received). */
const WITH_DECISIONS = '000_7bba39e252e1dfbf'
const WITH_APPLICATIONS = '001_cad4fa3e014eb2f3'

/** A seed's ground truth with every number multiplied by `factor`: a bigger agency of the same shape. */
function scaledSeed(seed: string, agency: string, factor: number, year?: number): ChartReport {
  const truth = JSON.parse(readFileSync(join(SEEDS, `${seed}.expected.json`), 'utf8')) as GroundTruth
  const cells: Record<string, Cell> = {}
  for (const [id, value] of Object.entries(truth.cells))
    cells[id] = { value: value * factor, source: { line: 0, column: 0, raw: '' } }
  return {
    agency,
    year: year ?? truth.year,
    template: truth.template,
    tableVariants: truth.tableVariants,
    cells,
    notices: [],
  }
}

/** Agency names that sort in the opposite order of their size, so "top" cannot mean "first by name". */
const agencyName = (i: number) => `第${String(99 - i).padStart(2, '0')}号机关`
const agencies = (count: number, seed: string = WITH_DECISIONS) =>
  Array.from({ length: count }, (_, i) => scaledSeed(seed, agencyName(i), i + 1))
const topNames = (count: number, top: number) =>
  Array.from({ length: top }, (_, i) => agencyName(count - 1 - i)).sort((a, b) => a.localeCompare(b, 'zh-CN'))

describe('charts of many agencies', () => {
  it('the seeds have decisions, fees and applications to rank by', () => {
    const [decisions] = agencies(1)
    expect(decisions?.cells['proactive.licensing.decisions']?.value).toBeGreaterThan(0)
    expect(decisions?.cells['proactive.fees.amount']?.value).toBeGreaterThan(0)
    expect(buildOutcomesSeries(agencies(1, WITH_APPLICATIONS)).rows[0]?.total).toBeGreaterThan(0)
  })

  it.each([
    ['decisions', buildDecisionsSeries, WITH_DECISIONS],
    ['fees', buildFeesSeries, WITH_DECISIONS],
    ['outcomes', buildOutcomesSeries, WITH_APPLICATIONS],
  ] as const)('%s: draws the 30 largest of 40 agencies, in name order, and says so', (_, build, seed) => {
    const data = build(agencies(40, seed))
    expect(MAX_CHART_AGENCIES).toBe(30)
    expect(data.rows.map((row) => row.agency)).toEqual(topNames(40, 30))
    expect(data.notes[0]).toEqual({
      kind: 'top-agencies',
      message: '仅显示前 30 个机关（共 40 个），可用筛选查看其他机关',
      reports: [],
    })
  })

  it('draws 30 agencies of 1,000 and every one with maxAgencies: Infinity', () => {
    const many = agencies(1000)
    expect(buildDecisionsSeries(many).rows).toHaveLength(30)
    expect(buildDecisionsSeries(many).notes[0]?.message).toContain('共 1000 个')
    expect(buildDecisionsSeries(many, { maxAgencies: Infinity }).rows).toHaveLength(1000)
  })

  it('adds no note at 30 agencies', () => {
    const data = buildDecisionsSeries(agencies(30))
    expect(data.rows).toHaveLength(30)
    expect(data.notes).toEqual([])
  })

  it('counts agencies, not reports: an agency keeps all its years', () => {
    const twoYears = agencies(40).flatMap((report) => [report, { ...report, year: report.year - 1 }])
    const data = buildDecisionsSeries(twoYears)
    expect(new Set(data.rows.map((row) => row.agency)).size).toBe(30)
    expect(data.rows).toHaveLength(60)
    expect(data.notes[0]?.message).toContain('共 40 个')
  })

  it('trend: the 30 agencies with the largest sum over the years', () => {
    const received = TREND_METRICS[0]
    if (!received) throw new Error('no trend metric')
    // Agency i has i+1 in one year and 40-i in the other: equal sums, except the last ten get a third year.
    const reports = Array.from({ length: 40 }, (_, i) => [
      scaledSeed(WITH_APPLICATIONS, agencyName(i), i + 1, 2022),
      scaledSeed(WITH_APPLICATIONS, agencyName(i), 40 - i, 2023),
      ...(i >= 10 ? [scaledSeed(WITH_APPLICATIONS, agencyName(i), 1, 2021)] : []),
    ]).flat()
    const data = buildTrendSeries(reports, received)
    expect(data.rows.map((row) => row.agency)).toEqual(topNames(40, 30))
    expect(data.series.map((s) => s.key)).toEqual(['y2021', 'y2022', 'y2023'])
    expect(data.notes[0]?.kind).toBe('top-agencies')
  })
})
