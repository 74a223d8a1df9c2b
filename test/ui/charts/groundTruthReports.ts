import type { ChartReport } from '../../../src/core/compare/chartSeries'
import { expectedReportsIn, reportFromExpected } from '../../helpers/expectedReports'

/** The real seeds and real reports as their ground-truth files (.expected.json) state them. */
export function groundTruthReports(): ChartReport[] {
  return ['seeds', 'real'].flatMap((folder) =>
    expectedReportsIn(folder).map((expected) => {
      const { agency, year, template, tableVariants, cells, notices } = reportFromExpected(expected)
      return { agency, year, template, tableVariants, cells, notices }
    }),
  )
}
