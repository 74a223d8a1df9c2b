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

const YEAR_SUFFIX = /^(.*) (\d{4})$/

/**
 * Shortens a long Y-axis label to `maxChars`, keeping a trailing " 2023" intact so the years of one
 * agency stay distinguishable.
 */
export function truncateLabel(label: string, maxChars: number): string {
  const chars = [...label]
  if (chars.length <= maxChars) return label
  const match = YEAR_SUFFIX.exec(label)
  if (match?.[1] && match[2]) {
    const name = [...match[1]]
    const keep = Math.max(1, maxChars - 6)
    return name.length <= keep ? label : `${name.slice(0, keep).join('')}… ${match[2]}`
  }
  return `${chars.slice(0, maxChars - 1).join('')}…`
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
