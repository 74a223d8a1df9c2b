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
const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN')
const topNames = (count: number, top: number) =>
  Array.from({ length: top }, (_, i) => agencyName(count - 1 - i)).sort(byName)
/** The agencies below the top `top`, smallest first. */
const omittedNames = (count: number, top: number) =>
  Array.from({ length: count - top }, (_, i) => agencyName(i))

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
  ] as const)(
    '%s: draws the 30 largest of 40 agencies in name order, says by what, names the 10 left out',
    (_, build, seed) => {
      const data = build(agencies(40, seed))
      expect(MAX_CHART_AGENCIES).toBe(30)
      expect(data.rows.map((row) => row.agency)).toEqual(topNames(40, 30))
      expect(data.notes[0]).toMatchObject({ kind: 'top-agencies', names: 'agencies' })
      expect(data.notes[0]?.message).toMatch(
        /^按.+显示最大的 30 个机关（共 40 个），未显示的 10 个机关可用筛选查看（按数值从小到大）$/,
      )
      expect(data.notes[0]?.reports).toEqual(omittedNames(40, 30))
    },
  )

  it.each([
    ['decisions', buildDecisionsSeries, WITH_DECISIONS, '处理决定数量合计'],
    ['fees', buildFeesSeries, WITH_DECISIONS, '收费金额'],
    ['outcomes', buildOutcomesSeries, WITH_APPLICATIONS, '办理的申请总数'],
  ] as const)('%s: the note says the agencies are ranked by %s', (_, build, seed, rankedBy) => {
    expect(build(agencies(31, seed)).notes[0]?.message).toMatch(new RegExp(`^按${rankedBy}显示最大的 30 个`))
  })

  it('names an agency whose values are all 0 among those left out, first', () => {
    const reports = agencies(31)
    const zero = scaledSeed(WITH_DECISIONS, '零值机关', 0)
    const data = buildDecisionsSeries([...reports, zero])
    expect(data.rows.some((row) => row.agency === '零值机关')).toBe(false)
    expect(data.notes[0]?.reports).toEqual(['零值机关', agencyName(0)])
  })

  it('outcomes: ranks by handled applications, not by the drawn shares', () => {
    // Every copy has the same shares; only the number of applications behind them differs.
    const data = buildOutcomesSeries(agencies(31, WITH_APPLICATIONS))
    expect(new Set(data.rows.map((row) => row.values.granted)).size).toBe(1)
    expect(data.notes[0]?.reports).toEqual([agencyName(0)])
  })

  it('outcomes: equal totals keep name order at the cut, and an agency without applications is never cut', () => {
    // 32 agencies of one size, and one that handled no application.
    const equal = Array.from({ length: 32 }, (_, i) => scaledSeed(WITH_APPLICATIONS, agencyName(i), 1))
    const none = scaledSeed(WITH_APPLICATIONS, '零申请机关', 0)
    const data = buildOutcomesSeries([none, ...equal.reverse()])
    const byNameAll = equal.map((report) => report.agency).sort(byName)
    expect(data.rows.map((row) => row.agency)).toEqual(byNameAll.slice(0, 30))
    expect(data.notes.find((note) => note.kind === 'top-agencies')?.reports).toEqual(byNameAll.slice(30))
    // Its bar would have no shares to draw: it is named 无申请, not counted among those left out.
    expect(data.notes.find((note) => note.kind === 'no-applications')?.reports).toEqual([
      `零申请机关 ${none.year}`,
    ])
    expect(data.notes.find((note) => note.kind === 'top-agencies')?.message).toContain('（共 32 个）')
  })

  it('draws 30 agencies of 1,000 and every one with maxAgencies: Infinity', () => {
    const many = agencies(1000)
    expect(buildDecisionsSeries(many).rows).toHaveLength(30)
    expect(buildDecisionsSeries(many).notes[0]?.message).toContain('共 1000 个')
    expect(buildDecisionsSeries(many).notes[0]?.reports).toEqual(omittedNames(1000, 30))
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
    expect(data.notes[0]?.reports).toEqual(omittedNames(40, 30))
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
    expect(data.notes[0]?.message).toMatch(/^按新收申请各年度合计显示最大的 30 个机关（共 40 个）/)
    // Equal sums keep chart order, which is by name.
    expect(data.notes[0]?.reports).toEqual(omittedNames(40, 30).sort(byName))
  })
})
