import type { Figure } from '../../core/compare/figure'
import { formatCount, formatDecimal, formatRate } from './formatNumber'

export type FigureKind = 'count' | 'decimal' | 'rate'

export interface FormattedFigure {
  text: string
  /** Explanation for the tooltip when the cell holds no plain number. */
  title?: string
}

export const UNREAD_TEXT = '—'
export const NOT_COMPARABLE_TEXT = '格式不可比'

export function formatFigure(figure: Figure, kind: FigureKind): FormattedFigure {
  switch (figure.state) {
    case 'value': {
      const format = kind === 'rate' ? formatRate : kind === 'decimal' ? formatDecimal : formatCount
      return { text: format(figure.value) }
    }
    case 'unread':
      return { text: UNREAD_TEXT, title: '未能从报告中读取该数值' }
    case 'not-applicable':
      return { text: '', title: '该报告的表格格式中没有此项' }
    case 'not-comparable':
      return { text: NOT_COMPARABLE_TEXT, title: '2019 年以前的旧版年报，格式不可比' }
  }
}
