import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cellValues } from '../../../../src/core/model/report'
import { docxToDocument } from '../../../../src/core/read/docx/docxToDocument'
import { readReport } from '../../../../src/core/readReport'
import { generatedFixtures } from './expectedReports'

describe('readReport on the generated .docx files', () => {
  const fixtures = generatedFixtures('docx')

  it('has the six generated reports and the four whose styles hide or strike digits', () => {
    expect(fixtures).toHaveLength(10)
  })

  for (const { path, expected } of fixtures) {
    it(`${expected.file} is read exactly per its ground truth`, () => {
      const read = docxToDocument(expected.file, new Uint8Array(readFileSync(path)))
      if (!read.ok) throw new Error(read.error.message)
      expect(read.doc.kind).toBe('docx')
      const outcome = readReport(read.doc)
      if (!outcome.ok) throw new Error(outcome.error.message)
      const report = outcome.report
      expect({
        agency: report.agency,
        year: report.year,
        template: report.template,
        scope: report.scope,
      }).toEqual({
        agency: expected.agency,
        year: expected.year,
        template: expected.template,
        scope: expected.scope,
      })
      expect(report.tableVariants['applications.otherHandling']).toBe(
        expected.tableVariants['applications.otherHandling'],
      )
      expect(cellValues(report)).toEqual(expected.cells)
      expect(report.checks.filter((check) => !check.ok)).toEqual([])
    })
  }
})
