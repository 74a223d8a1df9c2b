import type { ChartNote } from '../../core/compare/chartSeries'

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
 * A Y-axis label as at most two lines of `perLine` characters. A longer one keeps its start and its end
 * ("郑州航空港经济综合实验区" / "…管理委员会财政局 2023"): agencies of one parent share the start and differ
 * at the end, where a trailing year also is, so cutting the end would make two bars look alike.
 */
export function tickLines(label: string, perLine: number): string[] {
  const chars = [...label]
  if (chars.length <= perLine) return [label]
  if (chars.length <= 2 * perLine) return [chars.slice(0, perLine).join(''), chars.slice(perLine).join('')]
  return [chars.slice(0, perLine).join(''), `…${chars.slice(-(perLine - 1)).join('')}`]
}

/** Reports named in one note; with 1,000 loaded the rest are counted, not listed. */
export const MAX_NOTE_REPORTS = 20

/** The one-line form of a note, shared by the page and the exported image. */
export function noteText(note: ChartNote): string {
  if (note.reports.length === 0) return note.message
  const named = note.reports.slice(0, MAX_NOTE_REPORTS).join('、')
  const more = note.reports.length - MAX_NOTE_REPORTS
  return `${note.message}：${named}${more > 0 ? ` 等 ${note.reports.length} 份报告` : ''}`
}
