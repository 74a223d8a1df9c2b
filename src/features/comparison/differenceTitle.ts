import { figureOf } from '../../core/compare/figure'
import type { ValueDifference } from '../../core/compare/valueDifference'
import { formatFigure, type FigureKind } from '../format/formatFigure'

/** Said where three or more reports differ and no value is held by most of them (tooltip and CSV). */
export const NO_MAJORITY_TEXT = '各报告数值不一，没有过半数报告相同的数值'

/** What the row mark means, for its tooltip and for screen readers. */
export const ROW_DIFFERS_TITLE = '此行各报告的数值有不同'

/** The tooltip of a marked cell: what it differs from, so a mark on three of five cells reads right. */
export function differenceTitle(difference: ValueDifference, kind: FigureKind): string | undefined {
  switch (difference.kind) {
    case 'same':
      return undefined
    case 'majority':
      return `与多数报告不同（${difference.voters} 份中 ${difference.count} 份为 ${formatFigure(figureOf(difference.value), kind).text}）`
    case 'no-majority':
      return difference.voters === 2 ? '与另一份报告不同' : NO_MAJORITY_TEXT
  }
}
