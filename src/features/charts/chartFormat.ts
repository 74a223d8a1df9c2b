import type { ChartNote, ChartRow } from '../../core/compare/chartSeries'

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 })
const shareFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 })

/** Axis and tooltip numbers: grouped the zh-CN way, money keeps up to 6 decimals as reports give them. */
export function formatChartNumber(value: number): string {
  return numberFormat.format(value)
}

/** A share already in percent (0–100): 15.686 → "15.7%". */
export function formatShare(percent: number): string {
  return `${shareFormat.format(percent)}%`
}

/**
 * A bar's value as the tooltip and the data table say it: 未读出 for a cell not read (never 0), a share with
 * the count behind it.
 */
export function valueText(
  value: number | null | undefined,
  count: number | undefined,
  percent: boolean,
): string {
  if (typeof value !== 'number') return '未读出'
  if (!percent) return formatChartNumber(value)
  return count === undefined ? formatShare(value) : `${formatShare(value)}（${formatChartNumber(count)} 件）`
}

const YEAR_SUFFIX = /^(.*) (\d{4})$/

/**
 * A Y-axis label as at most two lines of `perLine` characters. A longer one keeps its start and its end
 * ("郑州航空港经济综合实验区" / "…管理委员会财政局 2023"): agencies of one parent share the start and differ
 * at the end, so cutting the end would make two bars look alike. A trailing year stays whole on the last
 * line.
 */
export function tickLines(label: string, perLine: number): string[] {
  const chars = [...label]
  if (chars.length <= perLine) return [label]
  const year = YEAR_SUFFIX.exec(label)
  const name = [...(year?.[1] ?? label)]
  const suffix = year?.[2] === undefined ? '' : ` ${year[2]}`
  const first = name.slice(0, perLine).join('')
  const rest = name.slice(perLine)
  // The label is longer than a line, so something is left for the second.
  if (rest.length + suffix.length <= perLine) return [first, (rest.join('') + suffix).trimStart()]
  return [first, `…${name.slice(-(perLine - 1 - suffix.length)).join('')}${suffix}`]
}

/** Reports (or agencies) named in one note; with 1,000 loaded the rest are counted, not listed. */
export const MAX_NOTE_REPORTS = 20

/** The one-line form of a note, shared by the page and the exported image. */
export function noteText(note: ChartNote): string {
  if (note.reports.length === 0) return note.message
  const named = note.reports.slice(0, MAX_NOTE_REPORTS).join('、')
  const more = note.reports.length - MAX_NOTE_REPORTS
  const unit = note.names === 'agencies' ? '个机关' : '份报告'
  return `${note.message}：${named}${more > 0 ? ` 等 ${note.reports.length} ${unit}` : ''}`
}

/** Said of a bar drawn under an agency or year the user corrected (the chart's notes name them); else ''. */
export function identityMark(row: Pick<ChartRow, 'correctedIdentities'> | undefined): string {
  return row !== undefined && row.correctedIdentities.length > 0 ? '机关或年度已更正' : ''
}

/**
 * A row's label with what in it and its numbers the report did not write: the tooltip's heading and the
 * data table's row header.
 */
export function rowTitle(label: string, row: ChartRow | undefined): string {
  const marks = [
    identityMark(row),
    row?.corrected === true ? '含已更正数值' : '',
    row?.blank === true ? '含空白按 0 计' : '',
  ]
  const said = marks.filter(Boolean).join('，')
  return said === '' ? label : `${label}（${said}）`
}
