import type { ChartReport } from '../../src/core/compare/chartSeries'

/** A pre-2019 report: its tables do not compare with the current template's, so charts note it instead. */
export const LEGACY_CHART_REPORT: ChartReport = {
  agency: '某县教育局',
  year: 2017,
  template: 'legacy',
  tableVariants: {},
  cells: {},
  notices: [],
}
