import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { docxToDocument } from '../../../../src/core/read/docx/docxToDocument'
import { readReport } from '../../../../src/core/readReport'
import { readingOf, truthOf } from '../../../helpers/expectedReports'
import { generatedFixtures } from './expectedReports'

describe('readReport on the generated .docx files', () => {
  const fixtures = generatedFixtures('docx')

  it('has the six generated reports, the four whose styles hide or strike digits, the one of nested fields, the one of marks off the baseline, the one whose main part is renamed, the one of white digits, the one of table styles, the one of theme colours and the one of text boxes', () => {
    expect(fixtures).toHaveLength(17)
  })

  for (const { path, expected } of fixtures) {
    it(`${expected.file} is read exactly per its ground truth`, () => {
      const read = docxToDocument(expected.file, new Uint8Array(readFileSync(path)))
      if (!read.ok) throw new Error(read.error.message)
      expect(read.doc.kind).toBe('docx')
      const outcome = readReport(read.doc)
      if (!outcome.ok) throw new Error(outcome.error.message)
      const report = outcome.report
      expect(readingOf(report)).toEqual(truthOf(expected))
      expect(report.tableVariants['applications.otherHandling']).toBe(
        expected.tableVariants['applications.otherHandling'],
      )
      expect(report.checks.filter((check) => !check.ok)).toEqual([])
    })
  }
})
