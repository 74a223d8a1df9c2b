/**
 * Every fixture that has a ground truth, read through the real ingest path (text, HTML, PDF, DOCX, DOC,
 * zip). Each report is returned with its `.expected.json`, so tests compare against the truth, not
 * against our own reading.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadNodePdfjs } from '../../../scripts/nodePdfjs'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import type { Report } from '../../../src/core/model/report'

export const FIXTURES = join(__dirname, '../../fixtures')

export interface Expected {
  file: string
  agency: string
  year: number
  template: string
  scope: string
  cells: Record<string, number>
}

export interface FixtureReport {
  /** Path under test/fixtures, e.g. "seeds/001_cad4fa3e014eb2f3.txt" or "generated/zip/reports_bundle.zip/…". */
  path: string
  report: Report
  expected: Expected
}

const FOLDERS = [
  'seeds',
  'handmade',
  'real',
  'generated/text',
  'generated/flat',
  'generated/pasted',
  'generated/docx',
  'generated/html',
  'generated/pdf',
  'generated/doc',
  'generated/zip',
  'generated/traditional',
  'generated/item-number-cells',
  'generated/appeals-rows',
  'generated/signed-changes',
  'generated/amount-units',
]

function expectedOf(folder: string, file: string): Expected[] {
  const json = join(FIXTURES, folder, file.replace(/\.[^.]+$/u, '.expected.json'))
  const parsed = JSON.parse(readFileSync(json, 'utf8')) as Expected | { entries: Expected[] }
  return 'entries' in parsed ? parsed.entries : [parsed]
}

/** The fixture's reports; a file whose reading fails is returned with report undefined so tests see it. */
async function readFolder(folder: string): Promise<(FixtureReport | { path: string; failed: string })[]> {
  const files = readdirSync(join(FIXTURES, folder))
    .filter((file) => !file.endsWith('.json') && readdirSync(join(FIXTURES, folder)).includes(file))
    .filter((file) => {
      try {
        readFileSync(join(FIXTURES, folder, file.replace(/\.[^.]+$/u, '.expected.json')))
        return true
      } catch {
        return false
      }
    })
    .sort()
  const results: (FixtureReport | { path: string; failed: string })[] = []
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, folder, file)))
    const items = await ingestFile(file, bytes, { pdfjs: loadNodePdfjs })
    const truths = expectedOf(folder, file)
    for (const item of items) {
      const path = `${folder}/${item.file}`
      if (!item.outcome.ok) {
        results.push({ path, failed: item.outcome.error.message })
        continue
      }
      const truth = truths.find((candidate) => candidate.file === item.file) ?? truths[0]
      if (truth === undefined) continue
      results.push({ path, report: item.outcome.report, expected: truth })
    }
  }
  return results
}

let cache: Promise<(FixtureReport | { path: string; failed: string })[]> | undefined

/** Every fixture with ground truth, read once per test file. */
export function fixtureReports(): Promise<(FixtureReport | { path: string; failed: string })[]> {
  cache ??= Promise.all(FOLDERS.map(readFolder)).then((folders) => folders.flat())
  return cache
}

export function readOk(entry: FixtureReport | { path: string; failed: string }): entry is FixtureReport {
  return 'report' in entry
}
