import { applicationCellId, NOT_PROCESSED_ROWS, REFUSED_ROWS, UNAVAILABLE_ROWS } from '../model/ids'
import type { Report } from '../model/report'
import type { OverviewFigureKey } from './overviewRow'
import { otherHandlingRows, otherHandlingVariantOf, proactiveVariantOf } from './reportCells'

function totalsOf(rows: readonly string[]): string[] {
  return rows.map((row) => `applications.${row}.total`)
}

/**
 * The report cells an overview figure is computed from, so a click on a sum or a rate can show where
 * each of its parts was read. Empty when the figure has no cells (a 2019 report's 收费 column).
 */
export function overviewFigureCells(
  report: Pick<Report, 'template' | 'tableVariants' | 'cells'>,
  key: OverviewFigureKey,
): string[] {
  switch (key) {
    case 'licensing':
      return ['proactive.licensing.decisions']
    case 'penalty':
      return ['proactive.penalty.decisions']
    case 'enforcement':
      return ['proactive.enforcement.decisions']
    case 'fees':
      return proactiveVariantOf(report) === '2019' ? [] : ['proactive.fees.amount']
    case 'received':
      return [applicationCellId('received', 'total')]
    case 'granted':
      return [applicationCellId('granted', 'total')]
    case 'partlyGranted':
      return [applicationCellId('partlyGranted', 'total')]
    case 'refused':
      return totalsOf(REFUSED_ROWS)
    case 'unavailable':
      return totalsOf(UNAVAILABLE_ROWS)
    case 'notProcessed':
      return totalsOf(NOT_PROCESSED_ROWS)
    case 'otherHandling':
      return totalsOf(otherHandlingRows(otherHandlingVariantOf(report)))
    case 'disclosureRate':
      return [
        applicationCellId('granted', 'total'),
        applicationCellId('partlyGranted', 'total'),
        applicationCellId('total', 'total'),
      ]
    case 'reconsideration':
      return ['appeals.reconsideration.total']
    case 'litigation':
      return ['appeals.litigationDirect.total', 'appeals.litigationAfterReconsideration.total']
  }
}
