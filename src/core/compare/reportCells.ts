import type { OtherHandlingVariant, ProactiveVariant } from '../model/ids'
import { OTHER_HANDLING_ONE_ROW, OTHER_HANDLING_THREE_ROWS } from '../model/ids'
import type { Report } from '../model/report'
import { figureOf, UNREAD, type Figure } from './figure'

/** A cell as a figure: the report's value, or unread when the cell is absent. */
export function cellFigure(report: Pick<Report, 'cells'>, cellId: string): Figure {
  const cell = report.cells[cellId]
  return cell === undefined ? UNREAD : figureOf(cell.value)
}

/**
 * The sum of several cells. Unread as soon as one of them is missing: a partial sum would look like
 * the report's number while it is not.
 */
export function sumFigure(report: Pick<Report, 'cells'>, cellIds: readonly string[]): Figure {
  let sum = 0
  for (const id of cellIds) {
    const cell = report.cells[id]
    if (cell === undefined) return UNREAD
    sum += cell.value
  }
  return figureOf(sum)
}

/** Which 表二 layout the report has; decided per table, falling back to the template. */
export function proactiveVariantOf(report: Pick<Report, 'template' | 'tableVariants'>): ProactiveVariant {
  return report.tableVariants.proactive ?? (report.template === '2019' ? '2019' : '2021')
}

/**
 * Which （六）其他处理 layout the report has. When the parser did not say, the cells decide: a report
 * with the single 其他处理 row has the one-row variant.
 */
export function otherHandlingVariantOf(
  report: Pick<Report, 'tableVariants' | 'cells'>,
): OtherHandlingVariant {
  const declared = report.tableVariants['applications.otherHandling']
  if (declared) return declared
  return report.cells['applications.otherHandling.all.total'] !== undefined ? 'one-row' : 'three-rows'
}

export function otherHandlingRows(variant: OtherHandlingVariant): readonly string[] {
  return variant === 'one-row' ? OTHER_HANDLING_ONE_ROW : OTHER_HANDLING_THREE_ROWS
}
