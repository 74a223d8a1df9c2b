import { checkWithinReport } from '../../core/checks/withinReport'
import type { Cell, Report } from '../../core/model/report'
import type { CellCorrection, DashboardState, LoadedReport } from '../types'
import { memoizeByReference } from './memoizeByReference'

const NO_CORRECTIONS: readonly CellCorrection[] = []

/** The report as the user sees it: corrected cells carry their new value and the original, checks re-run. */
function correctedReport(report: Report, corrections: readonly CellCorrection[]): Report {
  if (corrections.length === 0) return report
  const cells: Record<string, Cell> = { ...report.cells }
  for (const correction of corrections) {
    const cell = cells[correction.cellId]
    if (cell === undefined) continue
    cells[correction.cellId] = {
      ...cell,
      value: correction.value,
      corrected: { original: correction.original, at: correction.at },
    }
  }
  const corrected: Report = { ...report, cells }
  return { ...corrected, checks: checkWithinReport(corrected) }
}

interface CachedEntry {
  corrections: readonly CellCorrection[]
  result: LoadedReport
}

// One entry per loaded report object: a correction elsewhere leaves every other report's object (and so
// its memoised overview row) untouched.
const entryCache = new WeakMap<LoadedReport, CachedEntry>()

function sameCorrections(a: readonly CellCorrection[], b: readonly CellCorrection[]): boolean {
  return a.length === b.length && a.every((correction, index) => correction === b[index])
}

function effectiveEntry(loaded: LoadedReport, corrections: readonly CellCorrection[]): LoadedReport {
  const cached = entryCache.get(loaded)
  if (cached && sameCorrections(cached.corrections, corrections)) return cached.result
  const report = correctedReport(loaded.report, corrections)
  const result = report === loaded.report ? loaded : { ...loaded, report }
  entryCache.set(loaded, { corrections, result })
  return result
}

const applyCorrections = memoizeByReference(
  (reports: LoadedReport[], corrections: CellCorrection[]): LoadedReport[] => {
    if (corrections.length === 0) return reports
    const byReport = new Map<string, CellCorrection[]>()
    for (const correction of corrections) {
      const list = byReport.get(correction.reportId)
      if (list) list.push(correction)
      else byReport.set(correction.reportId, [correction])
    }
    return reports.map((loaded) => effectiveEntry(loaded, byReport.get(loaded.id) ?? NO_CORRECTIONS))
  },
)

/**
 * Every loaded report with the user's corrections applied and its checks re-run. Every view reads these,
 * never the raw reports, so a corrected cell is marked and counted the same everywhere.
 */
export function selectEffectiveReports(state: DashboardState): LoadedReport[] {
  return applyCorrections(state.reports, state.corrections)
}
