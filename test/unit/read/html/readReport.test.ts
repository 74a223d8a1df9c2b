import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellValues, type ParseOutcome, type Report } from '../../../../src/core/model/report'
import { readHtmlBytes } from '../../../../src/core/read/html/readHtmlBytes'
import { readMhtmlBytes } from '../../../../src/core/read/mhtml'
import { readReport } from '../../../../src/core/readReport'
import { GB2312_HEAD, gbk, seedAsPage } from './seedPage'
import { readExpected, type ExpectedReport } from '../../../helpers/expectedReports'

const FIXTURES = join(import.meta.dirname, '../../../fixtures')
const REAL_PAGE = 'shuyang_fgj_2023_page.html'

function reportOf(outcome: ParseOutcome): Report {
  if (!outcome.ok) throw new Error(`readReport failed: ${outcome.error.code} ${outcome.error.message}`)
  return outcome.report
}

function expectReportMatches(report: Report, truth: ExpectedReport): void {
  expect({
    agency: report.agency,
    year: report.year,
    template: report.template,
    scope: report.scope,
  }).toEqual({
    agency: truth.agency,
    year: truth.year,
    template: truth.template,
    scope: truth.scope,
  })
  expect(report.tableVariants['applications.otherHandling']).toBe(
    truth.tableVariants['applications.otherHandling'],
  )
  expect(cellValues(report)).toEqual(truth.cells)
  expect(report.checks.filter((check) => !check.ok)).toEqual([])
}

describe('readReport on HTML documents', () => {
  const truth = readExpected(join(FIXTURES, 'real', REAL_PAGE.replace('.html', '.expected.json')))
  const pageBytes = new Uint8Array(readFileSync(join(FIXTURES, 'real', REAL_PAGE)))

  it('reads the real Word-pasted saved page exactly per its ground truth', () => {
    const { doc } = readHtmlBytes(REAL_PAGE, pageBytes)
    const report = reportOf(readReport(doc))
    expectReportMatches(report, truth)
    // Provenance points at the <tr> line and the cell the number came from.
    const received = report.cells['applications.received.natural']
    expect(received?.source.raw).toBe('26')
    expect(doc.lines[received?.source.line ?? -1]?.cells?.[received?.source.column ?? -1]).toBe('26')
  })

  it('reads the same page saved as gb2312 and as a quoted-printable MHTML identically', () => {
    const html = new TextDecoder().decode(pageBytes)
    const gbkPage = readHtmlBytes(REAL_PAGE, gbk(html.replace(/charset="?utf-8"?/gi, 'charset="gb2312"')))
    expectReportMatches(reportOf(readReport(gbkPage.doc)), truth)

    const base64 = Buffer.from(pageBytes).toString('base64').replace(/.{76}/g, '$&\r\n')
    const mhtml = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64}\r\n--b1--\r\n`
    const fromMhtml = readMhtmlBytes('page.mht', new TextEncoder().encode(mhtml))
    expect(fromMhtml.ok).toBe(true)
    if (fromMhtml.ok) expectReportMatches(reportOf(readReport(fromMhtml.doc)), truth)
  })

  it('reads numbers and labels broken by soft hyphens (&shy;), which the page shows only at a line end', () => {
    const file = '000_7bba39e252e1dfbf.txt'
    const seed = readFileSync(join(FIXTURES, 'seeds', file), 'utf8')
    const page = seedAsPage(seed, GB2312_HEAD)
      .replace(/<TD>(\d)(\d*)<\/TD>/g, '<TD>$1&shy;$2</TD>')
      .replace(/本年新收/g, '本年&shy;新收')
    expect(page).toContain('<TD>1&shy;')
    const { doc } = readHtmlBytes(file, gbk(page))
    expectReportMatches(
      reportOf(readReport(doc)),
      readExpected(join(FIXTURES, 'seeds', file.replace('.txt', '.expected.json'))),
    )
  })

  const seeds = readdirSync(join(FIXTURES, 'seeds')).filter((file) => file.endsWith('.txt'))
  it.each(seeds)('reads seed %s published as a gb2312 table page per its ground truth', (file) => {
    const seed = readFileSync(join(FIXTURES, 'seeds', file), 'utf8')
    const { doc } = readHtmlBytes(file, gbk(seedAsPage(seed, GB2312_HEAD)))
    expectReportMatches(
      reportOf(readReport(doc)),
      readExpected(join(FIXTURES, 'seeds', file.replace('.txt', '.expected.json'))),
    )
  })
})
