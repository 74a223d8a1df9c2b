/**
 * The consistency rules that need only one report (R-A to R-E). A rule whose cells are not all read is not
 * evaluated: an unread cell is never taken as 0, and the 'cell-unread' notice already says it is missing.
 */
import type { CheckResult, Report } from '../model/report'
import { checkAppealTotals } from './rules/appeals'
import { checkCarryOver, checkOutcomeTotals, checkRowTotals } from './rules/applications'
import { checkDomains } from './rules/domain'
import { readValues } from './rules/values'
import type { ReadCells } from '../parse/cellSink'

/** `read`: the cells as the reader read them, when it knows (see checkDomains). */
export function checkWithinReport(
  r: Pick<Report, 'cells' | 'tableVariants' | 'template'>,
  read?: ReadCells,
): CheckResult[] {
  if (r.template === 'legacy') return []
  const variant =
    r.tableVariants['applications.otherHandling'] ?? (r.template === '2019' ? 'one-row' : 'three-rows')
  const values = readValues(r.cells, read)
  return checkCarryOver(values).concat(
    checkRowTotals(values, variant),
    checkOutcomeTotals(values, variant),
    checkAppealTotals(values),
    checkDomains(r.cells, read),
  )
}
