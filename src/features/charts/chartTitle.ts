import { namedYears } from '../export/fileNames'

/** How the title says the chart holds only the reports 只看有问题的报告 leaves. */
const ONLY_PROBLEMS_TITLE = '仅含有问题的报告'

/** "2023 年", "2021、2023 年", "年度未识别" for reports without a year. */
function yearsText(years: readonly number[]): string {
  const dated = years.filter((year) => year > 0)
  const texts = dated.length > 0 ? [`${dated.join('、')} 年`] : []
  if (dated.length < years.length) texts.push('年度未识别')
  return texts.join('、')
}

/**
 * A chart's title as the page and the exported image give it: what it shows, then the years when a year
 * filter applies or only one year is drawn (the bars name agencies, not years, so a pasted image would
 * otherwise lose its year), then whether only the reports with problems are drawn.
 */
export function chartTitle(
  subject: string,
  activeYears: readonly number[],
  shownYears: readonly number[],
  onlyProblems: boolean,
): string {
  const years = namedYears(activeYears, shownYears)
  const parts = [subject]
  if (years !== null) parts.push(yearsText(years))
  if (onlyProblems) parts.push(ONLY_PROBLEMS_TITLE)
  return parts.join(' · ')
}
