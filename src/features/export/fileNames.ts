import { yearText } from '../../core/model/labels'

/** Characters Windows, macOS or Linux refuse in file names. */
const UNSAFE = /[\\/:*?"<>|\s]+/g

/**
 * The years part of an export name: the active year filter when there is one, otherwise the single
 * year shown, otherwise 全部年份.
 */
export function yearsPart(activeYears: readonly number[], shownYears: readonly number[]): string {
  const years = activeYears.length ? activeYears : shownYears
  if (activeYears.length === 0 && shownYears.length !== 1) return '全部年份'
  return [...years]
    .sort((a, b) => a - b)
    .map(yearText)
    .join('_')
}

/**
 * A file name that says what is shown, e.g. "行政许可处罚强制_按机关_2023.png".
 * @param subject what the figure shows ("行政许可处罚强制_按机关")
 */
export function exportFileName(
  subject: string,
  years: string,
  extension: 'png' | 'svg' | 'csv' | 'xlsx',
): string {
  return `${subject}_${years}`.replace(UNSAFE, '_') + `.${extension}`
}
