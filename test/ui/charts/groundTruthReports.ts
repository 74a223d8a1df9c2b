import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ChartReport } from '../../../src/core/compare/chartSeries'
import type { Cell, TableVariants, Template } from '../../../src/core/model/report'

interface GroundTruth {
  agency: string
  year: number
  template: Template
  tableVariants: TableVariants
  cells: Record<string, number>
}

const FIXTURES = join(import.meta.dirname, '../../fixtures')

/** The real seeds and real reports as their ground-truth files (.expected.json) state them. */
export function groundTruthReports(): ChartReport[] {
  return ['seeds', 'real'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => {
        const truth = JSON.parse(readFileSync(join(FIXTURES, dir, f), 'utf8')) as GroundTruth
        const cells: Record<string, Cell> = {}
        for (const [id, value] of Object.entries(truth.cells)) {
          cells[id] = { value, source: { line: 0, column: 0, raw: String(value) } }
        }
        return {
          agency: truth.agency,
          year: truth.year,
          template: truth.template,
          tableVariants: truth.tableVariants,
          cells,
        }
      }),
  )
}
