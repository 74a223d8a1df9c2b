/**
 * The Excel export timed as the page runs it on a click: the five sheets of 导出 Excel built from the
 * overview's entries, then the .xlsx written. Reading and checking the reports is not timed.
 */
import { withRemainingChecks } from '../src/core/checks/runChecks'
import { decodeText } from '../src/core/decode/decodeText'
import type { Report } from '../src/core/model/report'
import { textToDocument } from '../src/core/read/text'
import { readReport } from '../src/core/readReport'
import { workbookBytes } from '../src/core/xlsx/workbook'
import { toOverviewEntries } from '../src/features/overview/overviewEntries'
import { overviewWorkbookSheets } from '../src/features/overview/overviewWorkbook'
import type { BenchFile } from './bench-core'

export interface WorkbookBenchResult {
  reports: number
  sheetsMs: number
  zipMs: number
  bytes: number
}

function reportOf(file: BenchFile): Report {
  const outcome = readReport(textToDocument(file.name, decodeText(file.bytes), 'text'))
  if (!outcome.ok) throw new Error(`${file.name}: ${outcome.error.message}`)
  // Every check run, as ingestFile leaves a report in the page.
  return withRemainingChecks(outcome.report)
}

export function benchWorkbook(files: readonly BenchFile[]): WorkbookBenchResult {
  const loaded = files.map((file, index) => ({
    id: `r${index}`,
    fileName: file.name,
    fingerprint: file.name,
    report: reportOf(file),
    addedAt: '2026-01-01T00:00:00.000Z',
  }))
  const exportedAt = new Date()
  const start = performance.now()
  const sheets = overviewWorkbookSheets({
    entries: toOverviewEntries(loaded),
    allReports: loaded,
    hidden: new Set(),
    aliases: {},
    filters: { agencies: [], years: [], onlyProblems: false },
    exportedAt,
  })
  const built = performance.now()
  const bytes = workbookBytes(sheets, exportedAt).length
  return { reports: files.length, sheetsMs: built - start, zipMs: performance.now() - built, bytes }
}
