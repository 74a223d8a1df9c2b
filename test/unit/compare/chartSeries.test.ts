import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildDecisionsSeries,
  buildFeesSeries,
  buildOutcomesSeries,
  buildTrendSeries,
  chartLabels,
  noteNames,
  TREND_METRICS,
  yearSeriesKey,
  type ChartReport,
} from '../../../src/core/compare/chartSeries'
import type { Cell, TableVariants, Template } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { LEGACY_CHART_REPORT } from '../../helpers/legacyChartReport'

interface GroundTruth {
  agency: string
  year: number
  template: Template
  tableVariants: TableVariants
  cells: Record<string, number>
}

const FIXTURES = join(import.meta.dirname, '../../fixtures')

/** Reports as the ground-truth files of the real seeds and real reports state them. */
function groundTruthReports(): ChartReport[] {
  const files = ['seeds', 'real'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => join(FIXTURES, dir, f)),
  )
  return files.map((file) => {
    const truth = JSON.parse(readFileSync(file, 'utf8')) as GroundTruth
    const cells: Record<string, Cell> = {}
    for (const [id, value] of Object.entries(truth.cells))
      cells[id] = { value, source: { line: 0, column: 0, raw: '' } }
    return {
      agency: truth.agency,
      year: truth.year,
      template: truth.template,
      tableVariants: truth.tableVariants,
      cells,
      notices: [],
    }
  })
}

function truthValue(report: ChartReport, id: string): number {
  const cell = report.cells[id]
  if (!cell) throw new Error(`ground truth lacks ${id}`)
  return cell.value
}

function withoutCells(report: ChartReport, ids: string[]): ChartReport {
  const cells = { ...report.cells }
  for (const id of ids) delete cells[id]
  return { ...report, cells }
}

const reports = groundTruthReports()
const byAgency = (agency: string): ChartReport => {
  const found = reports.find((r) => r.agency === agency)
  if (!found) throw new Error(`no fixture for ${agency}`)
  return found
}

describe('chart labels', () => {
  it('uses the agency name alone when each agency has one year', () => {
    expect(chartLabels(reports)).toEqual(reports.map((r) => r.agency))
  })

  it('says "机关 年度" when several years of one agency are loaded', () => {
    const xinxiang = byAgency('新乡县城市管理局')
    const earlier = { ...xinxiang, year: 2022 }
    expect(chartLabels([xinxiang, earlier])).toEqual(['新乡县城市管理局 2023', '新乡县城市管理局 2022'])
  })

  it('says 年度未识别 for a report whose year was not found, never 0', () => {
    const xinxiang = byAgency('新乡县城市管理局')
    expect(chartLabels([xinxiang, { ...xinxiang, year: 0 }])).toEqual([
      '新乡县城市管理局 2023',
      '新乡县城市管理局（年度未识别）',
    ])
  })

  it('marks a government’s 汇总 report on its bar, before the year', () => {
    const xinxiang = byAgency('新乡县城市管理局')
    const aggregate = { ...xinxiang, scope: 'aggregate' as const }
    expect(chartLabels([aggregate])).toEqual(['新乡县城市管理局（汇总）'])
    expect(chartLabels([aggregate, { ...aggregate, year: 2022 }])).toEqual([
      '新乡县城市管理局（汇总） 2023',
      '新乡县城市管理局（汇总） 2022',
    ])
  })

  it('keeps a repeated agency+year on separate bars', () => {
    const xinxiang = byAgency('新乡县城市管理局')
    expect(new Set(chartLabels([xinxiang, xinxiang])).size).toBe(2)
  })
})

describe('decisions series', () => {
  it('charts the 表二 处理决定数量 of every real report, as the report states them', () => {
    const data = buildDecisionsSeries(reports)
    expect(data.rows).toHaveLength(reports.length)
    for (const report of reports) {
      const row = data.rows.find((r) => r.agency === report.agency)
      expect(row?.values).toEqual({
        licensing: truthValue(report, 'proactive.licensing.decisions'),
        penalty: truthValue(report, 'proactive.penalty.decisions'),
        enforcement: truthValue(report, 'proactive.enforcement.decisions'),
      })
    }
    expect(data.notes).toEqual([])
    expect(data.years).toEqual([...new Set(reports.map((r) => r.year))].sort())
  })

  it('orders bars by agency so one agency’s years sit together', () => {
    const labels = buildDecisionsSeries(reports).rows.map((r) => r.agency)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'zh-CN')))
  })

  it('leaves an unread cell as a gap (null), not 0, and names it in a note', () => {
    const xinxiang = withoutCells(byAgency('新乡县城市管理局'), ['proactive.penalty.decisions'])
    const data = buildDecisionsSeries([xinxiang])
    expect(data.rows[0]?.values).toEqual({ licensing: 67, penalty: null, enforcement: 1 })
    expect(data.notes).toHaveLength(1)
    expect(data.notes[0]?.kind).toBe('unread')
    expect(data.notes[0]?.reports[0]).toContain('行政处罚')
  })

  it('leaves out legacy reports with the note 格式不可比', () => {
    const data = buildDecisionsSeries([...reports, LEGACY_CHART_REPORT])
    expect(data.rows.map((r) => r.agency)).not.toContain('某县教育局')
    expect(data.notes).toEqual([expect.objectContaining({ kind: 'legacy', reports: ['某县教育局 2017'] })])
    expect(data.notes[0]?.message).toContain('格式不可比')
  })
})

describe('fees series', () => {
  it('charts 万元 with every decimal the report gives', () => {
    const data = buildFeesSeries(reports)
    const xinxiang = data.rows.find((r) => r.agency === '新乡县城市管理局')
    expect(xinxiang?.values.fees).toBe(truthValue(byAgency('新乡县城市管理局'), 'proactive.fees.amount'))
    expect(xinxiang?.values.fees).toBe(2221.9632)
    expect(data.rows).toHaveLength(reports.length)
  })

  it('keeps 2019 fee item counts off the money axis, with a visible note', () => {
    // A 2019-table report: its fee row counts items (上一年项目数量 / 本年增/减), there is no money cell.
    const base = withoutCells(byAgency('卫辉市城市管理局'), ['proactive.fees.amount'])
    const report2019: ChartReport = {
      ...base,
      year: 2020,
      template: '2019',
      tableVariants: { ...base.tableVariants, proactive: '2019' },
      cells: {
        ...base.cells,
        'proactive.fees.lastYearItems': { value: 12, source: { line: 0, column: 0, raw: '12' } },
        'proactive.fees.change': { value: -2, source: { line: 0, column: 1, raw: '-2' } },
      },
    }
    const data = buildFeesSeries([byAgency('新乡县城市管理局'), report2019])
    expect(data.rows.map((r) => r.label)).toEqual(['新乡县城市管理局'])
    expect(data.notes).toEqual([
      expect.objectContaining({ kind: 'fee-items', reports: ['卫辉市城市管理局 2020'] }),
    ])
    expect(data.notes[0]?.message).toContain('不是金额')
  })
})

describe('outcomes series', () => {
  it('gives the shares of each 办理结果 group, summing to 100%', () => {
    const data = buildOutcomesSeries(reports)
    const demo = data.rows.find((r) => r.agency === '城乡一体化示范区党政办公室')
    const truth = byAgency('城乡一体化示范区党政办公室')
    const total = truthValue(truth, 'applications.total.total')
    expect(demo?.total).toBe(total)
    expect(demo?.counts?.granted).toBe(truthValue(truth, 'applications.granted.total'))
    expect(demo?.counts?.unavailable).toBe(truthValue(truth, 'applications.unavailable.notHeld.total'))
    expect(demo?.values.granted).toBeCloseTo(
      (truthValue(truth, 'applications.granted.total') / total) * 100,
      10,
    )
    const sum = Object.values(demo?.values ?? {}).reduce<number>((a, b) => a + (b ?? 0), 0)
    expect(sum).toBeCloseTo(100, 10)
  })

  it('reads the one-row （六）其他处理 of a 2021 report that kept the old row (洪泽区)', () => {
    const hongze = byAgency('洪泽区人民政府')
    const row = buildOutcomesSeries([hongze]).rows[0]
    expect(row?.total).toBe(truthValue(hongze, 'applications.total.total'))
    expect(row?.counts?.otherHandling).toBe(truthValue(hongze, 'applications.otherHandling.all.total'))
  })

  it('lists agencies without applications as 无申请 instead of drawing empty bars', () => {
    const data = buildOutcomesSeries(reports)
    const zero = reports.filter((r) => truthValue(r, 'applications.total.total') === 0)
    expect(zero.length).toBeGreaterThan(0)
    expect(data.rows).toHaveLength(reports.length - zero.length)
    const note = data.notes.find((n) => n.kind === 'no-applications')
    expect(note?.message).toContain('无申请')
    expect(note?.reports.sort()).toEqual(zero.map((r) => `${r.agency} ${r.year}`).sort())
  })

  it('does not draw a report whose 办理结果 cells were not all read', () => {
    const demo = withoutCells(byAgency('城乡一体化示范区党政办公室'), ['applications.granted.total'])
    const data = buildOutcomesSeries([demo])
    expect(data.rows).toEqual([])
    expect(data.notes[0]?.kind).toBe('unread')
  })
})

describe('trend series', () => {
  const received = TREND_METRICS.find((m) => m.key === 'received')
  if (!received) throw new Error('新收申请 metric missing')

  it('has one series per loaded year and one row per agency', () => {
    const data = buildTrendSeries(reports, received)
    const years = [...new Set(reports.map((r) => r.year))].sort()
    expect(data.years).toEqual(years)
    expect(data.series.map((s) => s.name)).toEqual(years.map((y) => `${y}年`))
    expect(data.rows).toHaveLength(new Set(reports.map((r) => r.agency)).size)
    const weihui = data.rows.find((r) => r.agency === '卫辉市城市管理局')
    expect(weihui?.values[yearSeriesKey(2021)]).toBe(
      truthValue(byAgency('卫辉市城市管理局'), received.cellId),
    )
    // Years the agency has no report for stay empty, not 0.
    expect(weihui?.values[yearSeriesKey(2023)]).toBeNull()
  })

  it('puts several years of one agency on one row', () => {
    const demo = byAgency('城乡一体化示范区党政办公室')
    const nextYear = { ...demo, year: 2024 }
    const data = buildTrendSeries([demo, nextYear], received)
    expect(data.rows).toHaveLength(1)
    expect(data.rows[0]?.values).toEqual({ y2023: 51, y2024: 51 })
  })

  it('names a second report of one agency and year, which it does not draw, in a note as its bar elsewhere', () => {
    const demo = byAgency('城乡一体化示范区党政办公室')
    const copy = {
      ...demo,
      cells: { ...demo.cells, [received.cellId]: { value: 52, source: { line: 0, column: 0, raw: '52' } } },
    }
    const loaded = [demo, copy, { ...demo, year: 2024 }]
    const data = buildTrendSeries(loaded, received)
    expect(data.rows[0]?.values).toEqual({ y2023: 51, y2024: 51 })
    // The copy not drawn is the second of its agency and year: the 处理决定 chart labels its bar so.
    const copyBar = buildDecisionsSeries(loaded).rows.filter((row) => row.year === 2023)[1]?.label
    expect(copyBar).toBe('城乡一体化示范区党政办公室 2023（2）')
    expect(data.notes.find((note) => note.kind === 'repeated')?.reports).toEqual([copyBar])
  })

  it('draws an agency’s 汇总 and its own report as two lines, the 汇总 marked', () => {
    const demo = byAgency('城乡一体化示范区党政办公室')
    const aggregate = { ...demo, scope: 'aggregate' as const, year: 2022 }
    const data = buildTrendSeries([{ ...demo, scope: 'agency' as const }, aggregate], received)
    expect(data.rows.map((row) => row.label).sort()).toEqual(
      ['城乡一体化示范区党政办公室', '城乡一体化示范区党政办公室（汇总）'].sort(),
    )
    expect(data.notes.filter((note) => note.kind === 'repeated')).toEqual([])
  })

  it('names each year of a row drawn under a year the user gave, and not a year the user only confirmed', () => {
    const demo = byAgency('城乡一体化示范区党政办公室')
    const at = '2026-01-01T00:00:00Z'
    // The 2023 report read without a year, given 2022 by the user; the 2024 one confirmed as read.
    const given = { ...demo, year: 2022, identityCorrected: { year: 0, at } }
    const confirmed = { ...demo, year: 2024, identityCorrected: { at } }
    const data = buildTrendSeries([given, demo, confirmed], received)
    expect(data.rows.map((row) => row.correctedIdentities)).toEqual([
      ['城乡一体化示范区党政办公室 2022（年度 原为 未识别）'],
    ])
    expect(data.notes.find((note) => note.kind === 'identity')?.reports).toEqual(
      data.rows[0]?.correctedIdentities,
    )
    expect(buildTrendSeries([demo, confirmed], received).notes.map((note) => note.kind)).not.toContain(
      'identity',
    )
  })

  it('leaves a report whose year was not found off the time axis, with a note', () => {
    const demo = byAgency('城乡一体化示范区党政办公室')
    const data = buildTrendSeries([demo, { ...demo, year: 0 }, { ...demo, year: 2024 }], received)
    expect(data.years).toEqual([2023, 2024])
    expect(data.series.map((series) => series.name)).toEqual(['2023年', '2024年'])
    expect(data.notes.find((note) => note.kind === 'undated')?.reports).toEqual([
      '城乡一体化示范区党政办公室（年度未识别）',
    ])
  })
})

describe('notes name reports as the bars do', () => {
  const at = '2026-01-01T00:00:00Z'
  const notesOf = (data: { notes: { kind: string; reports: string[] }[] }, kind: string) =>
    data.notes.find((note) => note.kind === kind)?.reports

  it('names each report "机关 年度", a 汇总 marked and a repeat numbered, as its bar is labelled', () => {
    const xinxiang = byAgency('新乡县城市管理局')
    const aggregate = { ...xinxiang, scope: 'aggregate' as const }
    const loaded = [xinxiang, xinxiang, aggregate]
    const labels = chartLabels(loaded)
    expect(labels).toEqual([xinxiang.agency, `${xinxiang.agency}（2）`, `${xinxiang.agency}（汇总）`])
    expect(noteNames(loaded)).toEqual([
      `${xinxiang.agency} ${xinxiang.year}`,
      `${xinxiang.agency} ${xinxiang.year}（2）`,
      `${xinxiang.agency}（汇总） ${xinxiang.year}`,
    ])
  })

  it('names two copies of a report without applications apart in the 无申请 note', () => {
    const zero = reports.find((r) => truthValue(r, 'applications.total.total') === 0)
    if (!zero) throw new Error('a real report without applications')
    const data = buildOutcomesSeries([zero, zero])
    const named = notesOf(data, 'no-applications')
    expect(named).toEqual([`${zero.agency} ${zero.year}`, `${zero.agency} ${zero.year}（2）`])
    // The bars of the two copies in the other charts are told apart the same way.
    expect(buildDecisionsSeries([zero, zero]).rows.map((row) => row.label)).toEqual([
      zero.agency,
      `${zero.agency}（2）`,
    ])
  })

  it('names a report corrected to another’s agency and year by its own bar in the identity and unread notes', () => {
    const xinxiang = byAgency('新乡县城市管理局')
    const other = byAgency('城乡一体化示范区党政办公室')
    const corrected: ChartReport = {
      ...withoutCells(other, ['proactive.fees.amount']),
      agency: xinxiang.agency,
      year: xinxiang.year,
      identityCorrected: {
        agency: other.agency,
        ...(other.year === xinxiang.year ? {} : { year: other.year }),
        at,
      },
    }
    const decisions = buildDecisionsSeries([xinxiang, corrected])
    const bars = decisions.rows.map((row) => row.label)
    expect(bars).toEqual([xinxiang.agency, `${xinxiang.agency}（2）`])
    const identity = notesOf(decisions, 'identity')
    expect(identity).toHaveLength(1)
    expect(identity?.[0]).toMatch(
      new RegExp(`^${xinxiang.agency} ${xinxiang.year}（2）（机关 原为 ${other.agency}`),
    )
    // Its fee amount unread: the fee chart's note names the second report, not one of the two alike.
    expect(notesOf(buildFeesSeries([xinxiang, corrected]), 'unread')).toEqual([
      `${xinxiang.agency} ${xinxiang.year}（2）`,
    ])
  })

  it('names two copies of a legacy report apart', () => {
    expect(notesOf(buildFeesSeries([LEGACY_CHART_REPORT, LEGACY_CHART_REPORT]), 'legacy')).toEqual([
      '某县教育局 2017',
      '某县教育局 2017（2）',
    ])
  })
})

describe('series from the reader on the real seed texts', () => {
  const seedDir = join(FIXTURES, 'seeds')
  const read = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const outcome = readReport(textToDocument(f, readFileSync(join(seedDir, f), 'utf8')))
      if (!outcome.ok) throw new Error(`${f}: ${outcome.error.message}`)
      return outcome.report
    })
  const truth = reports.filter((r) => read.some((s) => s.agency === r.agency))

  it('reads all five seeds', () => {
    expect(read).toHaveLength(5)
    expect(truth).toHaveLength(5)
  })

  it.each([
    ['decisions', buildDecisionsSeries],
    ['fees', buildFeesSeries],
    ['outcomes', buildOutcomesSeries],
  ] as const)('gives the same %s chart as the ground truth', (_, build) => {
    expect(build(read)).toEqual(build(truth))
  })

  it('gives the same trend chart as the ground truth', () => {
    for (const metric of TREND_METRICS)
      expect(buildTrendSeries(read, metric)).toEqual(buildTrendSeries(truth, metric))
  })
})
