import { countProblems } from '../checks/runChecks'
import { readingGapsOf, type ReadingGaps } from './readingGaps'
import { applicationCellId, NOT_PROCESSED_ROWS, REFUSED_ROWS, UNAVAILABLE_ROWS } from '../model/ids'
import type { Report } from '../model/report'
import { figureOf, NOT_APPLICABLE, NOT_COMPARABLE, UNREAD, type Figure } from './figure'
import {
  cellFigure,
  otherHandlingRows,
  otherHandlingVariantOf,
  proactiveVariantOf,
  sumFigure,
} from './reportCells'

/** The numeric columns of the overview, in display order. */
export const OVERVIEW_FIGURE_KEYS = [
  'licensing',
  'penalty',
  'enforcement',
  'fees',
  'received',
  'granted',
  'partlyGranted',
  'refused',
  'unavailable',
  'notProcessed',
  'otherHandling',
  'disclosureRate',
  'reconsideration',
  'litigation',
] as const
export type OverviewFigureKey = (typeof OVERVIEW_FIGURE_KEYS)[number]

/** Below this many concluded applications a rate says little; the view flags it. */
export const SMALL_SAMPLE_THRESHOLD = 30

export interface CheckSummary extends ReadingGaps {
  errors: number
  warnings: number
  /** Failed notices: said beside the ✓, never a problem on their own. */
  notices: number
}

export interface OverviewRow {
  agency: string
  year: number
  template: Report['template']
  figures: Record<OverviewFigureKey, Figure>
  /** True when the rate's denominator is under SMALL_SAMPLE_THRESHOLD. */
  disclosureRateSmallSample: boolean
  checks: CheckSummary
}

function totals(rows: readonly string[]): string[] {
  return rows.map((row) => `applications.${row}.total`)
}

function disclosureRate(report: Report): { rate: Figure; smallSample: boolean } {
  const granted = sumFigure(report, [
    applicationCellId('granted', 'total'),
    applicationCellId('partlyGranted', 'total'),
  ])
  const denominator = cellFigure(report, applicationCellId('total', 'total'))
  if (granted.state !== 'value' || denominator.state !== 'value') return { rate: UNREAD, smallSample: false }
  // No concluded application: a rate would be 0/0, not a finding.
  if (denominator.value < 1) return { rate: NOT_APPLICABLE, smallSample: false }
  return {
    rate: figureOf(granted.value / denominator.value),
    smallSample: denominator.value < SMALL_SAMPLE_THRESHOLD,
  }
}

function comparableFigures(report: Report): {
  figures: Record<OverviewFigureKey, Figure>
  smallSample: boolean
} {
  const { rate, smallSample } = disclosureRate(report)
  const figures: Record<OverviewFigureKey, Figure> = {
    licensing: cellFigure(report, 'proactive.licensing.decisions'),
    penalty: cellFigure(report, 'proactive.penalty.decisions'),
    enforcement: cellFigure(report, 'proactive.enforcement.decisions'),
    // The 2019 fee row counts fee items, not 万元: it has no place in a money column.
    fees:
      proactiveVariantOf(report) === '2019' ? NOT_APPLICABLE : cellFigure(report, 'proactive.fees.amount'),
    received: cellFigure(report, applicationCellId('received', 'total')),
    granted: cellFigure(report, applicationCellId('granted', 'total')),
    partlyGranted: cellFigure(report, applicationCellId('partlyGranted', 'total')),
    refused: sumFigure(report, totals(REFUSED_ROWS)),
    unavailable: sumFigure(report, totals(UNAVAILABLE_ROWS)),
    notProcessed: sumFigure(report, totals(NOT_PROCESSED_ROWS)),
    otherHandling: sumFigure(report, totals(otherHandlingRows(otherHandlingVariantOf(report)))),
    disclosureRate: rate,
    reconsideration: cellFigure(report, 'appeals.reconsideration.total'),
    litigation: sumFigure(report, [
      'appeals.litigationDirect.total',
      'appeals.litigationAfterReconsideration.total',
    ]),
  }
  return { figures, smallSample }
}

function notComparableFigures(): Record<OverviewFigureKey, Figure> {
  return Object.fromEntries(OVERVIEW_FIGURE_KEYS.map((key) => [key, NOT_COMPARABLE])) as Record<
    OverviewFigureKey,
    Figure
  >
}

/** The overview line of one report. */
export function toOverviewRow(report: Report): OverviewRow {
  const checks = { ...countProblems(report.checks), ...readingGapsOf(report) }
  const base = { agency: report.agency, year: report.year, template: report.template, checks }
  if (report.template === 'legacy') {
    return { ...base, figures: notComparableFigures(), disclosureRateSmallSample: false }
  }
  const { figures, smallSample } = comparableFigures(report)
  return { ...base, figures, disclosureRateSmallSample: smallSample }
}
