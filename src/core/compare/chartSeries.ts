/**
 * Pure data builders for the dashboard charts. Charts must show the report's numbers or say why a
 * number is missing: legacy reports, unread cells and 2019 fee item counts become notes, never zeros.
 */
import { compareAgencyNames } from '../identity/agencyOrder'
import { identityChanged, identityCorrectedTexts } from '../identity/identityCorrection'
import { reportTitle } from '../model/labels'
import { numberedRepeats } from '../model/repeatedNames'
import { isUserValue } from '../corrections'
import { isBlankZero } from './blankZeroCells'
import { overviewFigureCells } from './overviewFigureCells'
import type { OverviewFigureKey } from './overviewRow'
import type { Report } from '../model/report'

/** The part of a report the charts read. */
export type ChartReport = Pick<
  Report,
  'agency' | 'year' | 'template' | 'tableVariants' | 'cells' | 'notices'
> &
  Partial<Pick<Report, 'scope' | 'identityCorrected'>>

export interface ChartSeriesDef {
  key: string
  /** Chinese legend label. */
  name: string
}

export interface ChartRow {
  /** Y-axis label: the agency, or "机关 年度" when several years of that agency are charted. */
  label: string
  agency: string
  year: number
  /** Per series key; null when the cell was not read (never drawn as 0). */
  values: Record<string, number | null>
  /** For percentage charts: the counts behind each share, and their sum. */
  counts?: Record<string, number>
  total?: number
  /** Whether a cell the row is drawn from holds a value the user corrected or entered, not the report's. */
  corrected: boolean
  /** Whether a cell the row is drawn from was left blank by the report and counted as 0. */
  blank: boolean
  /**
   * The reports drawn in the row whose agency or year the user corrected, each named with what the reader
   * had found: "某局 2023（年度 原为 未识别）". Empty when the row is drawn under the reports' own identity.
   */
  correctedIdentities: string[]
  /**
   * A trend row spans its agency's years: the years whose value is corrected, or blank counted as 0, so
   * a note names "机关 年度" and not the whole row. Absent on a row of one report.
   */
  markedYears?: { corrected: number[]; blank: number[] }
}

export type ChartNoteKind =
  | 'legacy'
  | 'unread'
  | 'fee-items'
  | 'no-applications'
  | 'top-agencies'
  | 'corrected'
  | 'blank'
  | 'identity'
  | 'undated'
  | 'repeated'

export interface ChartNote {
  kind: ChartNoteKind
  /** Chinese, for the user. */
  message: string
  /** "机关 年度" of every report concerned, or every agency's name when `names` is 'agencies'. */
  reports: string[]
  names?: 'reports' | 'agencies'
}

export interface ChartData {
  series: ChartSeriesDef[]
  rows: ChartRow[]
  notes: ChartNote[]
  /** The report years the chart draws, ascending. */
  years: number[]
}

/** Builder options; every chart caps its agencies unless told otherwise. */
export interface ChartOptions {
  /** At most this many agencies are drawn (those with the largest values); Infinity draws all. */
  maxAgencies?: number
}

/** More bars than this are neither readable nor quick to draw; the user filters to see the others. */
export const MAX_CHART_AGENCIES = 30

const LEGACY_MESSAGE = '格式不可比（2019 年以前的旧版年报），未画入'

function byAgencyThenYear(a: ChartReport, b: ChartReport): number {
  return compareAgencyNames(a.agency, b.agency) || a.year - b.year
}

function sumOfValues(row: ChartRow): number {
  let sum = 0
  for (const value of Object.values(row.values)) sum += value ?? 0
  return sum
}

/**
 * Keeps the rows of the `max` agencies with the largest `rank` (an agency's largest row counts; ties
 * keep chart order), so a chart of 1,000 agencies stays readable and quick. Rows stay in chart order,
 * which is by name, so the note says what "largest" means and names every agency left out, smallest
 * first: an agency with nothing to report is exactly the one a reader looks for.
 */
export function limitAgencies(
  data: ChartData,
  rank: (row: ChartRow) => number,
  rankedBy: string,
  max: number = MAX_CHART_AGENCIES,
): ChartData {
  const best = new Map<string, number>()
  for (const row of data.rows) best.set(row.agency, Math.max(best.get(row.agency) ?? -Infinity, rank(row)))
  if (best.size <= max) return data
  const ranked = [...best.keys()]
    .map((agency, order) => ({ agency, order, value: best.get(agency) ?? 0 }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
  const kept = new Set(ranked.slice(0, max).map((entry) => entry.agency))
  const omitted = ranked
    .slice(max)
    .sort((a, b) => a.value - b.value || a.order - b.order)
    .map((entry) => entry.agency)
  const note: ChartNote = {
    kind: 'top-agencies',
    message:
      `按${rankedBy}显示最大的 ${max} 个机关（共 ${ranked.length} 个），` +
      `未显示的 ${omitted.length} 个机关可用筛选查看（按数值从小到大）`,
    reports: omitted,
    names: 'agencies',
  }
  return { ...data, rows: data.rows.filter((row) => kept.has(row.agency)), notes: [note, ...data.notes] }
}

/** A government's 汇总 report says so on its bar: drawn beside its own departments, it is not one of them. */
function barName(report: ChartReport): string {
  return report.scope === 'aggregate' ? `${report.agency}（汇总）` : report.agency
}

/**
 * Bar labels for reports in chart order. An agency with several years loaded gets "机关 年度";
 * a repeated agency+year gets a running suffix so bars never merge on one category.
 */
export function chartLabels(reports: readonly ChartReport[]): string[] {
  const yearsByAgency = new Map<string, Set<number>>()
  for (const r of reports) {
    const years = yearsByAgency.get(r.agency) ?? new Set<number>()
    years.add(r.year)
    yearsByAgency.set(r.agency, years)
  }
  return numberedRepeats(
    reports.map((r) =>
      (yearsByAgency.get(r.agency)?.size ?? 0) > 1 ? reportTitle(barName(r), r.year) : barName(r),
    ),
  )
}

/**
 * How the notes under a chart name reports in chart order: "机关 年度", 汇总 marked, and a repeated one
 * numbered as its bar is ("某局 2023（2）" beside the bar "某局（2）"), so a note never names two reports alike.
 */
export function noteNames(reports: readonly ChartReport[]): string[] {
  return numberedRepeats(reports.map((r) => reportTitle(barName(r), r.year)))
}

interface Partitioned {
  comparable: ChartReport[]
  notes: ChartNote[]
}

/** Sorts reports and sets legacy ones aside with a note. */
function partitionComparable(reports: readonly ChartReport[]): Partitioned {
  const sorted = [...reports].sort(byAgencyThenYear)
  const legacy = sorted.filter((r) => r.template === 'legacy')
  const notes: ChartNote[] = legacy.length
    ? [{ kind: 'legacy', message: LEGACY_MESSAGE, reports: noteNames(legacy) }]
    : []
  return { comparable: sorted.filter((r) => r.template !== 'legacy'), notes }
}

function cellValue(report: ChartReport, id: string): number | null {
  return report.cells[id]?.value ?? null
}

/** The report, named `name`, as a row's correctedIdentities names it, when the user corrected its agency or year. */
function correctedIdentityNames(report: ChartReport, name: string): string[] {
  if (!identityChanged(report)) return []
  return [`${name}（${identityCorrectedTexts(report).join('；')}）`]
}

/**
 * What of a bar drawn from these cells of the report the report did not write: whether a cell holds a
 * value the user corrected or entered, whether one was blank and counted as 0, and whether the agency or
 * year it is drawn under is the user's.
 */
function drawnFrom(
  report: ChartReport,
  name: string,
  ids: readonly string[],
): Pick<ChartRow, 'corrected' | 'blank' | 'correctedIdentities'> {
  return {
    corrected: ids.some((id) => isUserValue(report.cells[id])),
    blank: ids.some((id) => isBlankZero(report, id)),
    correctedIdentities: correctedIdentityNames(report, name),
  }
}

/**
 * The chart's notes with one naming the reports drawn under an agency or year the user corrected, one naming
 * the bars drawn with a corrected or entered value, and one naming those drawn with a blank counted as 0:
 * the page marks them, and an exported image carries its notes, so what the report did not write is never
 * shown unflagged.
 */
function withMarkNotes(data: ChartData): ChartData {
  const named = (mark: 'corrected' | 'blank') =>
    data.rows
      .filter((row) => row[mark])
      .flatMap((row) =>
        row.markedYears ? row.markedYears[mark].map((year) => reportTitle(row.label, year)) : [row.label],
      )
  const corrected = named('corrected')
  const blank = named('blank')
  const identities = data.rows.flatMap((row) => row.correctedIdentities)
  const notes: ChartNote[] = []
  if (identities.length > 0)
    notes.push({ kind: 'identity', message: '机关或年度经用户更正（不是报告所写）', reports: identities })
  if (corrected.length > 0)
    notes.push({ kind: 'corrected', message: '含用户更正或补录的数值（不是报告原文）', reports: corrected })
  if (blank.length > 0)
    notes.push({ kind: 'blank', message: '含报告中空白（或“/”“—”“无”）、按 0 计的数值', reports: blank })
  return notes.length === 0 ? data : { ...data, notes: [...data.notes, ...notes] }
}

function uniqueYears(reports: readonly { year: number }[]): number[] {
  return [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b)
}

function unreadNote(what: string, reports: string[]): ChartNote[] {
  return reports.length ? [{ kind: 'unread', message: `以下报告的${what}未读出，未画入`, reports }] : []
}

export const DECISION_SERIES: readonly ChartSeriesDef[] = [
  { key: 'licensing', name: '行政许可' },
  { key: 'penalty', name: '行政处罚' },
  { key: 'enforcement', name: '行政强制' },
]

/**
 * 行政许可、行政处罚、行政强制 处理决定数量 per report. Both templates have these cells, so they compare.
 * A report none of whose three cells was read is left out with a note; partly read rows keep null gaps.
 */
export function buildDecisionsSeries(reports: readonly ChartReport[], options: ChartOptions = {}): ChartData {
  const { comparable, notes } = partitionComparable(reports)
  const labels = chartLabels(comparable)
  const names = noteNames(comparable)
  const rows: ChartRow[] = []
  const unread: string[] = []
  comparable.forEach((report, index) => {
    const name = names[index] ?? report.agency
    const values: Record<string, number | null> = {}
    for (const { key } of DECISION_SERIES) values[key] = cellValue(report, `proactive.${key}.decisions`)
    const missing = DECISION_SERIES.filter(({ key }) => values[key] === null)
    if (missing.length) unread.push(`${name}（${missing.map((s) => s.name).join('、')}）`)
    if (missing.length === DECISION_SERIES.length) return
    rows.push({
      label: labels[index] ?? report.agency,
      agency: report.agency,
      year: report.year,
      values,
      ...drawnFrom(report, name, DECISION_CELL_IDS),
    })
  })
  const data = {
    series: [...DECISION_SERIES],
    rows,
    notes: [...notes, ...unreadNote('处理决定数量', unread)],
    years: uniqueYears(rows),
  }
  return withMarkNotes(limitAgencies(data, sumOfValues, '处理决定数量合计', options.maxAgencies))
}

const DECISION_CELL_IDS = DECISION_SERIES.map(({ key }) => `proactive.${key}.decisions`)

export const FEE_SERIES: readonly ChartSeriesDef[] = [{ key: 'fees', name: '收费金额（万元）' }]

function hasFeeItemCounts(report: ChartReport): boolean {
  return (
    report.tableVariants.proactive === '2019' ||
    'proactive.fees.lastYearItems' in report.cells ||
    'proactive.fees.change' in report.cells
  )
}

/**
 * 行政事业性收费 本年收费金额（万元）. The 2019 table counts fee items instead of money, so those reports
 * are listed in a note instead of sharing the money axis.
 */
export function buildFeesSeries(reports: readonly ChartReport[], options: ChartOptions = {}): ChartData {
  const { comparable, notes } = partitionComparable(reports)
  const labels = chartLabels(comparable)
  const names = noteNames(comparable)
  const rows: ChartRow[] = []
  const feeItems: string[] = []
  const unread: string[] = []
  comparable.forEach((report, index) => {
    const name = names[index] ?? report.agency
    const amount = cellValue(report, 'proactive.fees.amount')
    if (amount === null) {
      if (hasFeeItemCounts(report)) feeItems.push(name)
      else unread.push(name)
      return
    }
    rows.push({
      label: labels[index] ?? report.agency,
      agency: report.agency,
      year: report.year,
      values: { fees: amount },
      ...drawnFrom(report, name, ['proactive.fees.amount']),
    })
  })
  const feeNote: ChartNote[] = feeItems.length
    ? [
        {
          kind: 'fee-items',
          message: '2019 年版表二的收费栏是收费项目数量，不是金额，不能与万元同轴比较，未画入',
          reports: feeItems,
        },
      ]
    : []
  const data = {
    series: [...FEE_SERIES],
    rows,
    notes: [...notes, ...feeNote, ...unreadNote('收费金额', unread)],
    years: uniqueYears(rows),
  }
  return withMarkNotes(limitAgencies(data, sumOfValues, '收费金额', options.maxAgencies))
}

/** The outcome groups: overview figures, so a bar and the overview's column are drawn from the same cells. */
const OUTCOME_FIGURES: readonly { key: OverviewFigureKey; name: string }[] = [
  { key: 'granted', name: '予以公开' },
  { key: 'partlyGranted', name: '部分公开' },
  { key: 'refused', name: '不予公开' },
  { key: 'unavailable', name: '无法提供' },
  { key: 'notProcessed', name: '不予处理' },
  { key: 'otherHandling', name: '其他处理' },
]

/** The sum of the cells; null when any of them was not read. */
function sumCells(report: ChartReport, ids: readonly string[]): number | null {
  let sum = 0
  for (const id of ids) {
    const value = cellValue(report, id)
    if (value === null) return null
    sum += value
  }
  return sum
}

/**
 * 表三 办理结果 as shares (0–100) of the six outcome groups, for a 100% stacked bar. Reports without
 * any handled application are listed as 无申请 rather than drawn as an empty bar.
 */
export function buildOutcomesSeries(reports: readonly ChartReport[], options: ChartOptions = {}): ChartData {
  const { comparable, notes } = partitionComparable(reports)
  const labels = chartLabels(comparable)
  const names = noteNames(comparable)
  const rows: ChartRow[] = []
  const unread: string[] = []
  const noApplications: string[] = []
  const shownYears: number[] = []
  comparable.forEach((report, index) => {
    const name = names[index] ?? report.agency
    const counts: Record<string, number> = {}
    const drawn: string[] = []
    for (const { key } of OUTCOME_FIGURES) {
      const ids = overviewFigureCells(report, key)
      drawn.push(...ids)
      const count = sumCells(report, ids)
      if (count === null) {
        unread.push(name)
        return
      }
      counts[key] = count
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    shownYears.push(report.year)
    if (total === 0) {
      noApplications.push(name)
      return
    }
    const values: Record<string, number | null> = {}
    for (const [key, count] of Object.entries(counts)) values[key] = (count / total) * 100
    rows.push({
      label: labels[index] ?? report.agency,
      agency: report.agency,
      year: report.year,
      values,
      counts,
      total,
      ...drawnFrom(report, name, drawn),
    })
  })
  const noApplicationsNote: ChartNote[] = noApplications.length
    ? [{ kind: 'no-applications', message: '无申请（本年度办理结果合计为 0）', reports: noApplications }]
    : []
  const data = {
    series: [...OUTCOME_FIGURES],
    rows,
    notes: [...notes, ...noApplicationsNote, ...unreadNote('办理结果', unread)],
    years: [...new Set(shownYears)].sort((a, b) => a - b),
  }
  // Shares all sum to 100, so they cannot rank: the agencies with the most handled applications are shown.
  return withMarkNotes(limitAgencies(data, (row) => row.total ?? 0, '办理的申请总数', options.maxAgencies))
}

export interface TrendMetric {
  key: string
  /** Chinese, for the metric selector and the chart title. */
  name: string
  cellId: string
}

export const TREND_METRICS: readonly TrendMetric[] = [
  { key: 'received', name: '新收申请', cellId: 'applications.received.total' },
  { key: 'licensing', name: '行政许可', cellId: 'proactive.licensing.decisions' },
  { key: 'penalty', name: '行政处罚', cellId: 'proactive.penalty.decisions' },
  { key: 'enforcement', name: '行政强制', cellId: 'proactive.enforcement.decisions' },
]

/** Series key for a year in the trend chart. */
export function yearSeriesKey(year: number): string {
  return `y${year}`
}

/**
 * One metric per agency and year: agencies on the category axis, one series per year. Horizontal
 * grouped bars stay readable with 30 agencies where 30 lines would not.
 * The chart is only meaningful when more than one year is loaded; `years.length` tells the caller.
 */
export function buildTrendSeries(
  reports: readonly ChartReport[],
  metric: TrendMetric,
  options: ChartOptions = {},
): ChartData {
  const partitioned = partitionComparable(reports)
  // Named over every comparable report, as the other charts name them, so a note means the same report there.
  const names = noteNames(partitioned.comparable)
  const named = partitioned.comparable.map((report, index) => ({
    report,
    name: names[index] ?? report.agency,
  }))
  // A report without a year has no place on a time axis.
  const undated = named.filter(({ report }) => report.year <= 0)
  const comparable = named.filter(({ report }) => report.year > 0)
  const years = uniqueYears(comparable.map(({ report }) => report))
  // One row per agency and scope: a government's 汇总 and its own office's report are two lines.
  const byAgency = new Map<string, ChartRow>()
  const unread: string[] = []
  const repeated: string[] = []
  for (const { report, name } of comparable) {
    const value = cellValue(report, metric.cellId)
    if (value === null) unread.push(name)
    const rowKey = barName(report)
    const row = byAgency.get(rowKey) ?? {
      label: barName(report),
      agency: report.agency,
      year: report.year,
      values: Object.fromEntries(years.map((y) => [yearSeriesKey(y), null])),
      corrected: false,
      blank: false,
      correctedIdentities: [],
      markedYears: { corrected: [], blank: [] },
    }
    const key = yearSeriesKey(report.year)
    // A repeated agency+year keeps the first value read, like the label builder keeps the first bar.
    if (row.values[key] === null) {
      row.values[key] = value
      // A trend row spans its agency's years: one corrected (or blank) year marks it.
      const marks = drawnFrom(report, name, [metric.cellId])
      row.corrected ||= marks.corrected
      row.blank ||= marks.blank
      row.correctedIdentities.push(...marks.correctedIdentities)
      if (marks.corrected) row.markedYears?.corrected.push(report.year)
      if (marks.blank) row.markedYears?.blank.push(report.year)
    } else if (value !== null) repeated.push(name)
    byAgency.set(rowKey, row)
  }
  const notes: ChartNote[] = [...partitioned.notes]
  if (undated.length > 0)
    notes.push({
      kind: 'undated',
      message: '年度未识别，不能放入趋势，未画入',
      reports: undated.map(({ name }) => name),
    })
  if (repeated.length > 0)
    notes.push({
      kind: 'repeated',
      message: '同一机关同一年度载入了多份报告，趋势只画第一份，以下各份未画入',
      reports: repeated,
    })
  const rows = [...byAgency.values()].filter((row) => Object.values(row.values).some((v) => v !== null))
  const data = {
    series: years.map((y) => ({ key: yearSeriesKey(y), name: `${y}年` })),
    rows,
    notes: [...notes, ...unreadNote(metric.name, unread)],
    years,
  }
  // An agency's years added up: the agencies with the most over the period are the ones shown.
  return withMarkNotes(limitAgencies(data, sumOfValues, `${metric.name}各年度合计`, options.maxAgencies))
}
