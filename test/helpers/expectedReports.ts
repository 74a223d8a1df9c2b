/**
 * The hand-checked ground truth of the fixtures (*.expected.json next to each report file), typed once and
 * turned into Report objects, so tests compare against real numbers independent of the parser under test.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  cellValues,
  type Cell,
  type Report,
  type Scope,
  type TableVariants,
  type Template,
} from '../../src/core/model/report'

export const FIXTURES = join(import.meta.dirname, '../fixtures')

export interface ExpectedReport {
  file: string
  agency: string
  year: number
  template: Template
  scope: Scope
  tableVariants: TableVariants
  cells: Record<string, number>
}

export function readExpected(path: string): ExpectedReport {
  return JSON.parse(readFileSync(path, 'utf8')) as ExpectedReport
}

/** The ground truth of a fixture file: the same path with its extension replaced by .expected.json. */
export function expectedOf(fixturePath: string): ExpectedReport {
  return readExpected(fixturePath.replace(/\.[a-z]+$/, '.expected.json'))
}

/** Every ground truth in a fixtures folder ('seeds', 'real', …), in file-name order. */
export function expectedReportsIn(folder: string): ExpectedReport[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => readExpected(join(FIXTURES, folder, name)))
}

/** A Report carrying exactly the ground-truth numbers, with no notices or checks. */
export function reportFromExpected(expected: ExpectedReport): Report {
  const cells: Record<string, Cell> = {}
  for (const [id, value] of Object.entries(expected.cells)) {
    cells[id] = { value, source: { line: 0, column: 0, raw: String(value) } }
  }
  return {
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
}

/** What a report says that its ground truth fixes: who, which year, its template and scope, every number. */
export interface Reading {
  agency: string
  year: number
  template: Template
  scope: Scope
  cells: Record<string, number>
}

/** The report's reading, to compare with truthOf(its ground truth) in one assertion. */
export function readingOf(report: Report): Reading {
  const { agency, year, template, scope } = report
  return { agency, year, template, scope, cells: cellValues(report) }
}

export function truthOf(expected: ExpectedReport): Reading {
  const { agency, year, template, scope, cells } = expected
  return { agency, year, template, scope, cells }
}
