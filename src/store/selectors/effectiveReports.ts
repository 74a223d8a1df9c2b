import {
  checkAcrossReports,
  hasEveryCheck,
  withAllChecks,
  type CrossReportCheck,
} from '../../core/checks/runChecks'
import { applyCorrection } from '../../core/corrections'
import {
  applyIdentityCorrection,
  type IdentityCorrection,
  type IdentityCorrections,
} from '../../core/identity/identityCorrection'
import type { AgencyAliases } from '../../core/identity/agencyName'
import { displayAgencyNames } from '../../core/identity/displayNames'
import type { Report } from '../../core/model/report'
import type { CellCorrection, DashboardState, LoadedReport } from '../types'
import { memoizeByReference } from './memoizeByReference'

const NO_CORRECTIONS: readonly CellCorrection[] = []
const NO_CROSS_CHECKS: readonly CrossReportCheck[] = []

// The reader stores only the rules of one table set; the prose, completeness and template rules are added
// here, once per report object (about 2.5 ms a report on the main thread).
const fullyChecked = new WeakMap<Report, Report>()

function withEveryCheck(report: Report): Report {
  if (hasEveryCheck(report)) return report
  let checked = fullyChecked.get(report)
  if (!checked) {
    checked = withAllChecks(report)
    fullyChecked.set(report, checked)
  }
  return checked
}

/**
 * The report under the user's agency and year, if they gave them, with the correction log replayed, oldest
 * first; each step re-runs the checks.
 */
function correctedReport(
  loaded: LoadedReport,
  corrections: readonly CellCorrection[],
  identity: IdentityCorrection | undefined,
): Report {
  let report = withEveryCheck(loaded.report)
  if (identity !== undefined) report = applyIdentityCorrection(report, identity)
  for (const correction of corrections) {
    const outcome = applyCorrection(loaded.id, report, correction.cellId, correction.new, correction.at)
    if (outcome.ok) report = outcome.report
  }
  return report
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

// Per loaded report object: a correction elsewhere leaves every other report's object (and so its
// memoised overview row) untouched.
const correctedCache = new WeakMap<
  LoadedReport,
  {
    corrections: readonly CellCorrection[]
    identity: IdentityCorrection | undefined
    result: LoadedReport
  }
>()

function correctedEntry(
  loaded: LoadedReport,
  corrections: readonly CellCorrection[],
  identity: IdentityCorrection | undefined,
): LoadedReport {
  const cached = correctedCache.get(loaded)
  if (cached && cached.identity === identity && sameItems(cached.corrections, corrections))
    return cached.result
  const result = { ...loaded, report: correctedReport(loaded, corrections, identity) }
  correctedCache.set(loaded, { corrections, identity, result })
  return result
}

function crossKey(checks: readonly CrossReportCheck[]): string {
  return checks
    .map((check) => `${check.rule}|${check.ok}|${check.previousReportId}|${check.message}`)
    .join('\n')
}

const crossCache = new WeakMap<LoadedReport, { key: string; result: LoadedReport }>()

/** The report's own checks plus the R-F/R-G findings against its previous year; same object while unchanged. */
function withCrossChecks(entry: LoadedReport, cross: readonly CrossReportCheck[]): LoadedReport {
  if (cross.length === 0) return entry
  const key = crossKey(cross)
  const cached = crossCache.get(entry)
  if (cached && cached.key === key) return cached.result
  const result = { ...entry, report: { ...entry.report, checks: [...entry.report.checks, ...cross] } }
  crossCache.set(entry, { key, result })
  return result
}

/** One name per agency across every view (沭阳县发改局 shown as 沭阳县发展和改革局 when both are loaded). */
function withDisplayNames(entries: LoadedReport[], aliases: AgencyAliases): LoadedReport[] {
  const renamed = displayAgencyNames(
    entries.map((entry) => entry.report.agency),
    aliases,
  )
  if (renamed.size === 0) return entries
  return entries.map((entry) => {
    const shown = renamed.get(entry.report.agency)
    return shown === undefined ? entry : { ...entry, report: { ...entry.report, agency: shown } }
  })
}

const effectiveReports = memoizeByReference(
  (
    reports: LoadedReport[],
    corrections: CellCorrection[],
    identityCorrections: IdentityCorrections,
    aliases: AgencyAliases,
  ): LoadedReport[] => {
    const byReport = new Map<string, CellCorrection[]>()
    for (const correction of corrections) {
      const list = byReport.get(correction.reportId)
      if (list) list.push(correction)
      else byReport.set(correction.reportId, [correction])
    }
    const corrected = reports.map((loaded) =>
      correctedEntry(loaded, byReport.get(loaded.id) ?? NO_CORRECTIONS, identityCorrections[loaded.id]),
    )
    const crossByReport = new Map<string, CrossReportCheck[]>()
    for (const check of checkAcrossReports(corrected, aliases)) {
      const list = crossByReport.get(check.reportId)
      if (list) list.push(check)
      else crossByReport.set(check.reportId, [check])
    }
    const checked = corrected.map((entry) =>
      withCrossChecks(entry, crossByReport.get(entry.id) ?? NO_CROSS_CHECKS),
    )
    return withDisplayNames(checked, aliases)
  },
)

/**
 * Every loaded report as the user sees it: the agency and year the user corrected, the correction log replayed, every check run (within the report,
 * prose, completeness, template, and across years of one agency). Every view reads these, never the raw
 * reports, so a corrected cell is marked and counted the same everywhere and its checks re-run at once.
 */
export function selectEffectiveReports(
  state: Pick<DashboardState, 'reports' | 'corrections' | 'identityCorrections' | 'aliases'>,
): LoadedReport[] {
  return effectiveReports(state.reports, state.corrections, state.identityCorrections, state.aliases)
}
