import { yearText } from '../../core/model/labels'

/** Characters Windows, macOS or Linux refuse in file names. */
const UNSAFE = /[\\/:*?"<>|\s]+/g

/**
 * The years an export or a chart is said to show: the active year filter when there is one, otherwise the
 * single year shown; null when several years are shown unfiltered. Ascending.
 */
export function namedYears(activeYears: readonly number[], shownYears: readonly number[]): number[] | null {
  if (activeYears.length > 0) return [...activeYears].sort((a, b) => a - b)
  return shownYears.length === 1 ? [...shownYears] : null
}

/**
 * The years part of an export name: the active year filter when there is one, otherwise the single
 * year shown, otherwise 全部年份.
 */
export function yearsPart(activeYears: readonly number[], shownYears: readonly number[]): string {
  return namedYears(activeYears, shownYears)?.map(yearText).join('_') ?? '全部年份'
}

/** Longer agency names (a misread title) would make unwieldy file names; they are counted instead. */
const MAX_AGENCY_IN_NAME = 30

/**
 * The agencies part of an export name: nothing without an agency filter, the agency when one is chosen,
 * "3个机关" for several (their names would make the file name too long to be useful).
 */
function agenciesPart(activeAgencies: readonly string[]): string {
  const [only] = activeAgencies
  if (only === undefined) return ''
  if (activeAgencies.length === 1 && only.length <= MAX_AGENCY_IN_NAME) return only
  return `${activeAgencies.length}个机关`
}

/** Marks an export made under 只看有问题的报告, so it is not taken for one of every report. */
const ONLY_PROBLEMS_PART = '仅有问题'

/**
 * The filter part of an export name: the years, then the agencies when filtered, then 仅有问题 under
 * 只看有问题的报告 ("2023_新乡县城市管理局_仅有问题").
 */
export function filterPart(
  activeYears: readonly number[],
  shownYears: readonly number[],
  activeAgencies: readonly string[],
  onlyProblems: boolean,
): string {
  const parts = [yearsPart(activeYears, shownYears), agenciesPart(activeAgencies)]
  if (onlyProblems) parts.push(ONLY_PROBLEMS_PART)
  return parts.filter((part) => part !== '').join('_')
}

/**
 * A file name that says what is shown, e.g. "行政许可处罚强制_按机关_2023.png"; characters a file system
 * refuses become "_" (an agency name may hold any of them).
 * @param subject what the figure shows ("行政许可处罚强制_按机关")
 * @param filter the years and agencies shown (filterPart, or yearsPart where agencies do not apply)
 */
export function exportFileName(
  subject: string,
  filter: string,
  extension: 'png' | 'svg' | 'csv' | 'xlsx',
): string {
  return `${subject}_${filter}`.replace(UNSAFE, '_') + `.${extension}`
}
