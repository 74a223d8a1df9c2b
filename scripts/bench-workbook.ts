/**
 * The Excel export timed as the page runs it on a click: the five sheets of 导出 Excel built from the
 * overview's entries, then the .xlsx written. The reports are put in the store and everything the page has
 * worked out before the click is worked out first, untimed: the effective reports (R-F/R-G in their
 * checks), the overview's entries, and the 文字雷同 and duplicate findings its selectors memoise
 * (selectSupervisorFindings), which the page passes to the sheets and so must not be timed again here.
 */
import { withRemainingChecks } from '../src/core/checks/runChecks'
import { decodeText } from '../src/core/decode/decodeText'
import type { Report } from '../src/core/model/report'
import { textToDocument } from '../src/core/read/text'
import { readReport } from '../src/core/readReport'
import { workbookBytes } from '../src/core/xlsx/workbook'
import type { Sheet } from '../src/core/xlsx/sheet'
import { toOverviewEntries } from '../src/features/overview/overviewEntries'
import { overviewWorkbookSheets, type OverviewWorkbookInput } from '../src/features/overview/overviewWorkbook'
import {
  resetDashboardStore,
  selectCopiedText,
  selectEffectiveReports,
  selectFilteredReports,
  selectSupervisorFindings,
  useDashboardStore,
} from '../src/store'
import type { BenchFile } from './bench-core'

export interface WorkbookBenchResult {
  reports: number
  /** CPU milliseconds of building the sheets, per round, in the order run (the first one is cold). */
  sheetsCpuMs: number[]
  /** Wall milliseconds of writing the .xlsx once (on the page, the workbook worker does it). */
  zipMs: number
  bytes: number
}

function reportOf(file: BenchFile): Report {
  const outcome = readReport(textToDocument(file.name, decodeText(file.bytes), 'text'))
  if (!outcome.ok) throw new Error(`${file.name}: ${outcome.error.message}`)
  // Every check run, as ingestFile leaves a report in the page.
  return withRemainingChecks(outcome.report)
}

/** What the page's export handler passes to overviewWorkbookSheets, the store's memoised parts worked out. */
function pageExportInput(files: readonly BenchFile[], exportedAt: Date): OverviewWorkbookInput {
  resetDashboardStore()
  useDashboardStore.getState().addReports(
    files.map((file, index) => ({
      id: `r${index}`,
      fileName: file.name,
      fingerprint: file.name,
      report: reportOf(file),
      addedAt: '2026-01-01T00:00:00.000Z',
    })),
  )
  const state = useDashboardStore.getState()
  return {
    // As useOverviewEntries gives them; the table's sort order does not change the work.
    entries: toOverviewEntries(selectFilteredReports(state), selectCopiedText(state)),
    allReports: selectEffectiveReports(state),
    hidden: new Set(),
    aliases: state.aliases,
    filters: state.filters,
    exportedAt,
    ...selectSupervisorFindings(state),
  }
}

function cpuMsOf(build: () => Sheet[]): { ms: number; sheets: Sheet[] } {
  const start = process.cpuUsage()
  const sheets = build()
  const used = process.cpuUsage(start)
  return { ms: (used.user + used.system) / 1000, sheets }
}

export function benchWorkbook(files: readonly BenchFile[], rounds: number): WorkbookBenchResult {
  const input = pageExportInput(files, new Date())
  const timed = Array.from({ length: rounds }, () => cpuMsOf(() => overviewWorkbookSheets(input)))
  const sheets = timed[0]?.sheets ?? overviewWorkbookSheets(input)
  const start = performance.now()
  const bytes = workbookBytes(sheets, input.exportedAt).length
  const zipMs = performance.now() - start
  resetDashboardStore()
  return { reports: files.length, sheetsCpuMs: timed.map((round) => round.ms), zipMs, bytes }
}
