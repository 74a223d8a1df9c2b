/** Single fixtures read through the real readers, for the trust tests that do not need the whole set. */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { loadNodePdfjs } from '../../../scripts/nodePdfjs'
import type { Report, SourceDocument } from '../../../src/core/model/report'
import { readHtmlBytes } from '../../../src/core/read/html/readHtmlBytes'
import { pdfToDocument } from '../../../src/core/read/pdf/pdfToDocument'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'

export const FIXTURE_DIR = join(__dirname, '../../fixtures')

export const SEED_FILES = [
  'seeds/000_7bba39e252e1dfbf.txt',
  'seeds/001_cad4fa3e014eb2f3.txt',
  'seeds/002_3971b268707d3ce1.txt',
  'seeds/003_1579294a3fe638da.txt',
  'seeds/004_1acaf75430f57636.txt',
]

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURE_DIR, path), 'utf8')
}

export function reportOf(document: SourceDocument): Report {
  const outcome = readReport(document)
  if (!outcome.ok) throw new Error(`${document.name}: ${outcome.error.message}`)
  return outcome.report
}

/** A text fixture, optionally changed first (the corrupted copies). */
export function readTextReport(path: string, change: (text: string) => string = (text) => text): Report {
  return reportOf(textToDocument(path, change(fixtureText(path))))
}

/** A PDF fixture (path under test/fixtures) read through pdf.js in Node, as the browser reads it. */
export async function readPdfReport(path: string): Promise<Report> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURE_DIR, path)))
  // Named as the dropped file would be: by its file name alone.
  const document = await pdfToDocument(basename(path), bytes, await loadNodePdfjs())
  if ('code' in document) throw new Error(`${path}: ${document.message}`)
  return reportOf(document)
}

export async function readRealReport(file: 'hongze_district_gov_2023.pdf' | 'shuyang_fgj_2023_page.html') {
  if (file.endsWith('.pdf')) return readPdfReport(`real/${file}`)
  const bytes = new Uint8Array(readFileSync(join(FIXTURE_DIR, 'real', file)))
  return reportOf(readHtmlBytes(file, bytes).doc)
}

/** A document from literal lines, for rule tests on crafted prose. */
export function documentOf(lines: readonly string[], page?: number): SourceDocument {
  return {
    name: 'crafted.txt',
    kind: 'text',
    lines: lines.map((text) =>
      page === undefined ? { text, cells: [text] } : { text, cells: [text], page },
    ),
  }
}

export function expectedCells(path: string): Record<string, number> {
  const json = join(FIXTURE_DIR, path.replace(/\.[^.]+$/u, '.expected.json'))
  return (JSON.parse(readFileSync(json, 'utf8')) as { cells: Record<string, number> }).cells
}
