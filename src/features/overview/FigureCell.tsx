import type { Figure } from '../../core/compare/figure'
import { formatFigure, type FigureKind } from '../format/formatFigure'
import { SMALL_SAMPLE_NOTE } from './overviewColumnsSpec'

interface FigureCellProps {
  figure: Figure
  kind: FigureKind
  smallSample?: boolean
  /** Replaces the default explanation of a not-applicable cell (e.g. a rate with no denominator). */
  notApplicableTitle?: string
}

/** A number as the table shows it: formatted, or the reason there is none. */
export function FigureCell({ figure, kind, smallSample = false, notApplicableTitle }: FigureCellProps) {
  const { text, title } = formatFigure(figure, kind)
  if (figure.state !== 'value') {
    return (
      <span
        className={`figure figure-${figure.state}`}
        title={figure.state === 'not-applicable' ? (notApplicableTitle ?? title) : title}
      >
        {text}
      </span>
    )
  }
  if (smallSample) {
    return (
      <span className="figure figure-small-sample" title={SMALL_SAMPLE_NOTE}>
        {text}
        <sup aria-hidden="true">*</sup>
        {/* The star is only a mark; a screen reader hears what it means instead. */}
        <span className="visually-hidden">（{SMALL_SAMPLE_NOTE}）</span>
      </span>
    )
  }
  return <span className="figure">{text}</span>
}
