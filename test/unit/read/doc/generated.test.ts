import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/core/ingest/ingestFile'
import { cellValues } from '../../../../src/core/model/report'
import { docToDocument } from '../../../../src/core/read/doc/docToDocument'
import { readReport } from '../../../../src/core/readReport'
import { readingOf, truthOf } from '../../../helpers/expectedReports'
import { generatedFixtures } from '../docx/expectedReports'
import { lineCells } from '../../../../src/core/model/lineCells'

describe('readReport on the generated .doc files (LibreOffice Word 97–2003)', () => {
  const fixtures = generatedFixtures('doc')

  it('has the six generated reports, the one with text that is not shown, four whose styles hide text, the two with footnote marks, the one of white digits and the one of table styles', () => {
    expect(fixtures).toHaveLength(15)
  })

  for (const { path, expected } of fixtures) {
    it(`${expected.file} is read exactly per its ground truth`, () => {
      const read = docToDocument(expected.file, new Uint8Array(readFileSync(path)))
      if (!read.ok) throw new Error(read.error.message)
      expect(read.doc.kind).toBe('doc')
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

  it('keeps blank cells and row boundaries exact (rows of 表三 have eight cells, 表四 fifteen)', () => {
    const fixture = fixtures.find((candidate) => candidate.expected.file.startsWith('000_'))!
    const read = docToDocument('000.doc', new Uint8Array(readFileSync(fixture.path)))
    if (!read.ok) throw new Error(read.error.message)
    const received = read.doc.lines.find((line) => lineCells(line)[0] === '一、本年新收政府信息公开申请数量')
    expect(received?.cells).toHaveLength(8)
    const carried = read.doc.lines.find((line) => lineCells(line)[0] === '四、结转下年度继续办理')
    expect(carried?.cells).toHaveLength(8)
    // The header row keeps the empty halves of merged cells (binary Word stores them); the value row follows.
    const fifteen = read.doc.lines.filter((line) => lineCells(line).length === 15)
    expect(fifteen).toHaveLength(2)
    expect(fifteen[1] && lineCells(fifteen[1]).every((cell) => /^\d+$/.test(cell))).toBe(true)
  })

  it('is dispatched by content: a .doc named .wps goes through ingestFile like any Word file', async () => {
    const fixture = fixtures.find((candidate) => candidate.expected.file === '900_designed_nonzero.doc')!
    const items = await ingestFile('样例.wps', new Uint8Array(readFileSync(fixture.path)))
    expect(items).toHaveLength(1)
    const outcome = items[0]!.outcome
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(cellValues(outcome.report)).toEqual(fixture.expected.cells)
  })
})
