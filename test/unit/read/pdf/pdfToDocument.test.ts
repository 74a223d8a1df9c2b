import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNodePdfjs } from '../../../../scripts/nodePdfjs'
import { ingestFile } from '../../../../src/core/ingest/ingestFile'
import { cellValues, type SourceDocument } from '../../../../src/core/model/report'
import { pdfToDocument } from '../../../../src/core/read/pdf/pdfToDocument'
import type { PdfjsLike } from '../../../../src/core/read/pdf/pdfjsLike'
import { readReport } from '../../../../src/core/readReport'
import { lineCells } from '../../../../src/core/model/lineCells'

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures')
const REAL_PDF = join(FIXTURES, 'real', 'hongze_district_gov_2023.pdf')

interface Expected {
  agency: string
  year: number
  template: string
  scope: string
  tableVariants: Record<string, string>
  cells: Record<string, number>
}

const expected = JSON.parse(
  readFileSync(join(FIXTURES, 'real', 'hongze_district_gov_2023.expected.json'), 'utf8'),
) as Expected

function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path))
}

let pdfjs: PdfjsLike

beforeAll(async () => {
  pdfjs = await loadNodePdfjs()
})

let realDocument: Promise<SourceDocument> | undefined

/** The real PDF read once for the tests that only inspect the result. */
function readDocument(path: string): Promise<SourceDocument> {
  realDocument ??= pdfToDocument('hongze_district_gov_2023.pdf', bytesOf(path), pdfjs).then((result) => {
    if ('code' in result) throw new Error(`expected a document, got ${result.code}: ${result.message}`)
    return result
  })
  return realDocument
}

describe('pdfToDocument on the real WPS PDF (洪泽区 2023)', () => {
  it('reads to exactly the ground truth: identity, variants and every cell', async () => {
    const outcome = readReport(await readDocument(REAL_PDF))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const report = outcome.report
    expect(report.agency).toBe(expected.agency)
    expect(report.year).toBe(expected.year)
    expect(report.template).toBe(expected.template)
    expect(report.scope).toBe(expected.scope)
    for (const [table, variant] of Object.entries(expected.tableVariants)) {
      expect(report.tableVariants[table as keyof typeof report.tableVariants]).toBe(variant)
    }
    expect(cellValues(report)).toEqual(expected.cells)
  })

  it('reports the published 表四 as breaking R-D, without repairing it', async () => {
    const outcome = readReport(await readDocument(REAL_PDF))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const failedGroups = outcome.report.checks
      .filter((check) => check.rule === 'R-D' && !check.ok)
      .map((check) => check.cellIds.find((id) => id.endsWith('.total')))
    expect(failedGroups.sort()).toEqual([
      'appeals.litigationAfterReconsideration.total',
      'appeals.reconsideration.total',
    ])
    const failedOthers = outcome.report.checks.filter((check) => check.rule !== 'R-D' && !check.ok)
    expect(failedOthers).toEqual([])
  })

  it('gives page-numbered lines with table rows as cells and no page numbers', async () => {
    const document = await readDocument(REAL_PDF)
    expect(document.kind).toBe('pdf')
    expect(document.lines[0]).toMatchObject({ text: '洪泽区人民政府', cells: ['洪泽区人民政府'], page: 1 })
    expect(document.lines.some((line) => /^[-—]\s*\d+\s*[-—]$/.test(line.text))).toBe(false)
    const received = document.lines.find((line) => lineCells(line)[0] === '一、本年新收政府信息公开申请数量')
    expect(received).toMatchObject({
      page: 3,
      cells: ['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21'],
    })
    // Every cell stands somewhere on the page, left to right as the cells go.
    const centers = received?.cellCenters ?? []
    expect(centers).toHaveLength(received?.cells?.length ?? -1)
    expect(centers.every((center, at) => at === 0 || center > (centers[at - 1] ?? Infinity))).toBe(true)
    // Saved with the report's lines in workspace files: a tenth of a unit, not a float's seventeen digits.
    expect(centers.map(String).every((center) => /^\d+(?:\.\d)?$/.test(center))).toBe(true)
    // The merged label is cut off at the page break in the PDF itself ("三、本年"); it leads the first row it spans.
    const granted = document.lines.find((line) => lineCells(line).includes('(一)予以公开'))
    expect(granted?.cells?.slice(0, 2)).toEqual(['三、本年', '(一)予以公开'])
    const notProcessed = document.lines.find((line) => lineCells(line)[0] === '(五)不予处理')
    expect(notProcessed).toMatchObject({
      page: 4,
      cells: ['(五)不予处理', '1.信访举报投诉类申请', '1', '0', '0', '0', '0', '0', '1'],
    })
  })

  it('goes through ingestFile with the Node pdf.js injected', async () => {
    const items = await ingestFile('hongze_district_gov_2023.pdf', bytesOf(REAL_PDF), {
      pdfjs: loadNodePdfjs,
    })
    expect(items).toHaveLength(1)
    const outcome = items[0]?.outcome
    expect(outcome?.ok && cellValues(outcome.report)).toEqual(expected.cells)
    // The places ordered the columns while reading; the report keeps its lines without them.
    const lines = outcome?.ok === true ? outcome.report.document.lines : []
    expect(lines.some((line) => line.cells !== undefined)).toBe(true)
    expect(lines.some((line) => line.cellCenters !== undefined)).toBe(false)
  })

  it('reads the 5 pages in well under the budget of a file drop', async () => {
    const bytes = bytesOf(REAL_PDF)
    const started = performance.now()
    await pdfToDocument('hongze.pdf', bytes, pdfjs)
    const elapsed = performance.now() - started
    console.log(`pdfToDocument(hongze_district_gov_2023.pdf, 5 pages): ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(10_000)
  })
})

describe('pdfToDocument on PDFs it cannot read', () => {
  it('reads a report whose Chinese font is not embedded (STSong-Light) through the cmaps', async () => {
    const bytes = bytesOf(join(FIXTURES, 'generated', 'cidfont', '001_cad4fa3e014eb2f3.stsong.pdf'))
    const result = await pdfToDocument('stsong.pdf', bytes, pdfjs)
    if ('code' in result) throw new Error(result.message)
    const outcome = readReport(result)
    if (!outcome.ok) throw new Error(outcome.error.message)
    const seed = JSON.parse(
      readFileSync(join(FIXTURES, 'seeds', '001_cad4fa3e014eb2f3.expected.json'), 'utf8'),
    ) as Expected
    expect([outcome.report.agency, outcome.report.year]).toEqual([seed.agency, seed.year])
    expect(outcome.report.cells['applications.received.total']?.value).toBe(
      seed.cells['applications.received.total'],
    )
  })

  it('asks pdf.js to fetch the cmaps from its worker code only where the platform says so', async () => {
    const seen: (boolean | undefined)[] = []
    const recording = (workerFetch: boolean | undefined): PdfjsLike => ({
      ...pdfjs,
      ...(workerFetch === undefined ? {} : { workerFetch }),
      getDocument: (params) => {
        seen.push(params.useWorkerFetch)
        return pdfjs.getDocument(params)
      },
    })
    const bytes = bytesOf(join(FIXTURES, 'generated', 'cidfont', '001_cad4fa3e014eb2f3.stsong.pdf'))
    await pdfToDocument('a.pdf', bytes, recording(undefined))
    await pdfToDocument('b.pdf', bytes, recording(true))
    expect(seen).toEqual([undefined, true])
  })

  it('reads a PDF given as a Node Buffer (a Uint8Array too) as it reads any other', async () => {
    const result = await pdfToDocument('buffer.pdf', readFileSync(REAL_PDF), pdfjs)
    if ('code' in result) throw new Error(result.message)
    expect(result.lines.length).toBeGreaterThan(100)
  })

  it('says a PDF without a text layer is a scan', async () => {
    const result = await pdfToDocument(
      'scan.pdf',
      bytesOf(join(FIXTURES, 'generated', 'pdf', 'scanned_image_only.pdf')),
      pdfjs,
    )
    expect(result).toEqual({ code: 'scanned-pdf', message: expect.stringContaining('扫描件') as unknown })
  })

  it('says an encrypted PDF needs its password removed', async () => {
    const result = await pdfToDocument(
      'locked.pdf',
      bytesOf(join(FIXTURES, 'generated', 'pdf', 'password_protected.pdf')),
      pdfjs,
    )
    expect(result).toEqual({ code: 'unsupported', message: expect.stringContaining('密码') as unknown })
  })

  it('returns corrupt in Chinese only, never throws, for truncated and garbage bytes', async () => {
    const real = bytesOf(REAL_PDF)
    const broken = [
      real.slice(0, 0),
      real.slice(0, 10),
      real.slice(0, 1000),
      real.slice(0, real.length >> 1),
      real.slice(0, real.length - 100),
      new TextEncoder().encode('%PDF-1.7\n这不是 PDF'),
    ]
    for (const bytes of broken) {
      const result = await pdfToDocument('broken.pdf', bytes, pdfjs)
      // pdf.js's own reason ("Invalid PDF structure.") is English and stays out of the message.
      expect(result).toEqual({
        code: 'corrupt',
        message: 'PDF 文件已损坏或不完整，无法打开（可能下载不完整，请重新下载后再试）',
      })
    }
  })

  it("leaves the caller's bytes intact (pdf.js may detach the buffer it is given)", async () => {
    const bytes = bytesOf(REAL_PDF)
    await pdfToDocument('hongze.pdf', bytes, pdfjs)
    expect(bytes.length).toBe(readFileSync(REAL_PDF).length)
  })
})
