import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellValues, type Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'

const SEEDS = join(__dirname, '../../fixtures/seeds')

interface Expected {
  agency: string
  year: number
  template: string
  scope: string
  tableVariants: Record<string, string>
  cells: Record<string, number>
}

const seeds = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .sort()

function read(file: string): Report {
  const outcome = readReport(textToDocument(file, readFileSync(join(SEEDS, file), 'utf8')))
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error.code} ${outcome.error.message}`)
  return outcome.report
}

function expected(file: string): Expected {
  return JSON.parse(readFileSync(join(SEEDS, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected
}

describe('readReport on the seeds', () => {
  it('has the five seeds', () => {
    expect(seeds).toHaveLength(5)
  })

  it.each(seeds)('%s: identity, template, scope and variants', (file) => {
    const report = read(file)
    const truth = expected(file)
    expect(report.agency).toBe(truth.agency)
    expect(report.year).toBe(truth.year)
    expect(report.template).toBe(truth.template)
    expect(report.scope).toBe(truth.scope)
    expect(report.tableVariants['applications.otherHandling']).toBe(
      truth.tableVariants['applications.otherHandling'],
    )
  })

  it.each(seeds)('%s: every cell of the ground truth and no other', (file) => {
    expect(cellValues(read(file))).toEqual(expected(file).cells)
  })

  it.each(seeds)('%s: R-A to R-E all hold', (file) => {
    const checks = read(file).checks
    for (const rule of ['R-A', 'R-B', 'R-C', 'R-D', 'R-E'] as const)
      expect(checks.filter((check) => check.rule === rule).length).toBeGreaterThan(0)
    expect(checks.filter((check) => !check.ok)).toEqual([])
  })

  it.each(seeds)('%s: no cell is reported unread', (file) => {
    expect(read(file).notices.filter((notice) => notice.code === 'cell-unread')).toEqual([])
  })

  it('records where each number was read', () => {
    const file = seeds[0] ?? ''
    const report = read(file)
    const fee = report.cells['proactive.fees.amount']
    const lines = readFileSync(join(SEEDS, file), 'utf8').split('\n')
    expect(fee).toBeDefined()
    expect(fee?.source.raw).toBe('2221.9632')
    expect(lines[fee?.source.line ?? -1]?.split('\t')[fee?.source.column ?? -1]).toBe('2221.9632')
  })
})
