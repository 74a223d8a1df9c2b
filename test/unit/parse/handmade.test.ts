import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellValues, type Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { expectedOf, type ExpectedReport } from '../../helpers/expectedReports'

const DIR = join(__dirname, '../../fixtures/handmade')

function read(file: string): Report {
  const outcome = readReport(textToDocument(file, readFileSync(join(DIR, file), 'utf8')))
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error.message}`)
  return outcome.report
}

const expected = (file: string): ExpectedReport => expectedOf(join(DIR, file))

const FILES = ['2019_template.txt', '2021_one_row_other_handling.txt', 'legacy_2017.txt']

describe('readReport on the handmade fixtures', () => {
  it.each(FILES)('%s: identity, template, scope, variants and every cell', (file) => {
    const report = read(file)
    const truth = expected(file)
    expect({
      agency: report.agency,
      year: report.year,
      template: report.template,
      scope: report.scope,
      tableVariants: report.tableVariants,
    }).toEqual({
      agency: truth.agency,
      year: truth.year,
      template: truth.template,
      scope: truth.scope,
      tableVariants: truth.tableVariants,
    })
    expect(cellValues(report)).toEqual(truth.cells)
  })

  it.each(FILES.slice(0, 2))('%s: every within-report rule holds', (file) => {
    const checks = read(file).checks
    expect(checks.length).toBeGreaterThan(0)
    expect(checks.filter((check) => !check.ok)).toEqual([])
  })

  it('says which cells were blank and read as 0', () => {
    const blank = read('2021_one_row_other_handling.txt').notices.find((n) => n.code === 'blank-as-zero')
    expect(blank?.cellIds).toEqual([
      'proactive.penalty.decisions',
      'applications.carriedOver.commercial',
      'applications.carriedOver.research',
      'applications.carriedOver.nonprofit',
      'applications.carriedOver.legal',
      'applications.carriedOver.other',
    ])
  })

  it('keeps the number of an annotated cell and says the note was dropped', () => {
    const report = read('2021_one_row_other_handling.txt')
    const dropped = report.notices.filter((n) => n.code === 'annotation-dropped')
    expect(dropped.map((n) => n.cellIds)).toEqual([['proactive.normativeDocs.inForce']])
    expect(report.cells['proactive.normativeDocs.inForce']?.source.raw).toBe('55（含自然失效29件）')
  })

  it('flags the typo label and the mixed template', () => {
    const codes = read('2021_one_row_other_handling.txt').notices.map((n) => n.code)
    expect(codes).toContain('label-by-keyword')
    expect(codes).toContain('template-mixed')
  })

  it('keeps a legacy report without inventing cells or checks', () => {
    const report = read('legacy_2017.txt')
    expect(report.cells).toEqual({})
    expect(report.checks).toEqual([])
  })
})
