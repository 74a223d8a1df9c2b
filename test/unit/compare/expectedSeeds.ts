import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Cell, Report, Scope, TableVariants, Template } from '../../../src/core/model/report'

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds')

interface ExpectedFile {
  file: string
  agency: string
  year: number
  template: Template
  scope: Scope
  tableVariants: TableVariants
  cells: Record<string, number>
}

export interface ExpectedSeed {
  report: Report
  /** The ground-truth numbers, for computing expected sums independently of the code under test. */
  cells: Record<string, number>
}

/** The five seed reports as their hand-checked ground truth (*.expected.json) gives them. */
export function expectedSeeds(): ExpectedSeed[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(SEEDS, name), 'utf-8')) as ExpectedFile
      const cells: Record<string, Cell> = {}
      for (const [id, value] of Object.entries(expected.cells)) {
        cells[id] = { value, source: { line: 0, column: 0, raw: String(value) } }
      }
      const report: Report = {
        agency: expected.agency,
        year: expected.year,
        template: expected.template,
        scope: expected.scope,
        tableVariants: expected.tableVariants,
        cells,
        notices: [],
        checks: [],
        document: { name: expected.file, kind: 'text', lines: [] },
      }
      return { report, cells: expected.cells }
    })
}

export function withoutCells(report: Report, ids: readonly string[]): Report {
  const cells = { ...report.cells }
  for (const id of ids) delete cells[id]
  return { ...report, cells }
}
