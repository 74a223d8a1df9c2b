import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadNodePdfjs } from '../../../scripts/nodePdfjs'
import { cellValues, type Report, type SourceDocument } from '../../../src/core/model/report'
import { readHtmlBytes } from '../../../src/core/read/html/readHtmlBytes'
import { pdfToDocument } from '../../../src/core/read/pdf/pdfToDocument'
import { readReport } from '../../../src/core/readReport'
import { expectedOf, type ExpectedReport } from '../../helpers/expectedReports'

const DIR = join(__dirname, '../../fixtures/real')

const expected = (file: string): ExpectedReport => expectedOf(join(DIR, file))

async function documentOf(file: string): Promise<SourceDocument> {
  const bytes = new Uint8Array(readFileSync(join(DIR, file)))
  if (file.endsWith('.html')) return readHtmlBytes(file, bytes).doc
  const document = await pdfToDocument(file, bytes, await loadNodePdfjs())
  if ('code' in document) throw new Error(`${file}: ${document.message}`)
  return document
}

async function read(file: string): Promise<Report> {
  const outcome = readReport(await documentOf(file))
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error.message}`)
  return outcome.report
}

describe('readReport on real documents through the html and pdf readers', () => {
  it.each(['shuyang_fgj_2023_page.html', 'hongze_district_gov_2023.pdf'])(
    '%s: identity, template, scope, variant and every cell',
    async (file) => {
      const report = await read(file)
      const truth = expected(file)
      expect(report.agency).toBe(truth.agency)
      expect(report.year).toBe(truth.year)
      expect(report.template).toBe(truth.template)
      expect(report.scope).toBe(truth.scope)
      expect(report.tableVariants['applications.otherHandling']).toBe(
        truth.tableVariants['applications.otherHandling'],
      )
      expect(cellValues(report)).toEqual(truth.cells)
    },
    30_000,
  )

  it('shuyang: the 125 blank cells are read as 0 and listed in one notice', async () => {
    const blank = (await read('shuyang_fgj_2023_page.html')).notices.filter((n) => n.code === 'blank-as-zero')
    expect(blank).toHaveLength(1)
    expect(blank[0]?.cellIds).toHaveLength(125)
  })

  it('hongze: the published 表四 breaks R-D, reported as errors and not repaired', async () => {
    const report = await read('hongze_district_gov_2023.pdf')
    const failed = report.checks.filter((check) => !check.ok)
    expect(failed.map((check) => [check.rule, check.cellIds.at(-1)])).toEqual([
      ['R-D', 'appeals.reconsideration.total'],
      ['R-D', 'appeals.litigationAfterReconsideration.total'],
    ])
    expect(failed[0]?.message).toContain('11')
    expect(report.cells['appeals.reconsideration.total']?.value).toBe(0)
    expect(report.cells['appeals.reconsideration.total']?.source.page).toBeGreaterThan(0)
  }, 30_000)
})
