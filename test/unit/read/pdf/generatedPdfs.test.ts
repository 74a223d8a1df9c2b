import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNodePdfjs } from '../../../../scripts/nodePdfjs'
import { cellValues } from '../../../../src/core/model/report'
import { pdfToDocument } from '../../../../src/core/read/pdf/pdfToDocument'
import type { PdfjsLike } from '../../../../src/core/read/pdf/pdfjsLike'
import { readReport } from '../../../../src/core/readReport'

/*
 * The LibreOffice PDFs of the fixture generator (test/fixtures/README.md): top-aligned cells, labels
 * wrapped three characters per line in narrow merged cells, left-aligned digits, values of one row
 * on two baselines. Each must read to its ground truth.
 */

const GENERATED = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'generated')
/** Each PDF with its folder: LibreOffice's, and merged-labels/ (word-processor table layout, "—" for 0). */
const PDFS = ['pdf', 'merged-labels'].flatMap((folder) =>
  readdirSync(join(GENERATED, folder))
    .filter((name) => /^\d{3}_.*\.pdf$/.test(name))
    .map((name) => ({ name, folder: join(GENERATED, folder) })),
)

interface Expected {
  agency: string
  year: number
  template: string
  cells: Record<string, number>
}

let pdfjs: PdfjsLike

beforeAll(async () => {
  pdfjs = await loadNodePdfjs()
})

describe('generated PDFs', () => {
  it('are there to test', () => {
    expect(PDFS.length).toBeGreaterThanOrEqual(7)
  })

  for (const { name, folder } of PDFS) {
    it(`${name} reads to its ground truth`, async () => {
      const expected = JSON.parse(
        readFileSync(join(folder, name.replace(/\.pdf$/, '.expected.json')), 'utf8'),
      ) as Expected
      const document = await pdfToDocument(name, new Uint8Array(readFileSync(join(folder, name))), pdfjs)
      if ('code' in document) throw new Error(document.message)
      const outcome = readReport(document)
      if (!outcome.ok) throw new Error(outcome.error.message)
      expect(outcome.report.agency).toBe(expected.agency)
      expect(outcome.report.year).toBe(expected.year)
      expect(outcome.report.template).toBe(expected.template)
      expect(cellValues(outcome.report)).toEqual(expected.cells)
    })
  }
})
