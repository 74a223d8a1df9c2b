// One collator for every comparison: localeCompare(…, 'zh-CN') builds one per call, slow for 1,000 reports.
// Numeric, so numbered offices read in order: 第10号 before 第100号, not after it as text.
const agencyCollator = new Intl.Collator('zh-CN', { numeric: true })

/** The order agency names are shown in everywhere: Chinese collation, numbers by their value. */
export function compareAgencyNames(a: string, b: string): number {
  return agencyCollator.compare(a, b)
}
