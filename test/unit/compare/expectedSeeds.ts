import type { Report } from '../../../src/core/model/report'
import { expectedReportsIn, reportFromExpected } from '../../helpers/expectedReports'

export interface ExpectedSeed {
  report: Report
  /** The ground-truth numbers, for computing expected sums independently of the code under test. */
  cells: Record<string, number>
}

/** The five seed reports as their hand-checked ground truth (*.expected.json) gives them. */
export function expectedSeeds(): ExpectedSeed[] {
  return expectedReportsIn('seeds').map((expected) => ({
    report: reportFromExpected(expected),
    cells: expected.cells,
  }))
}

export function withoutCells(report: Report, ids: readonly string[]): Report {
  const cells = { ...report.cells }
  for (const id of ids) delete cells[id]
  return { ...report, cells }
}
