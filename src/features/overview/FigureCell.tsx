import { SMALL_SAMPLE_THRESHOLD } from '../../core/compare/overviewRow'
import type { Figure } from '../../core/compare/figure'
import { BlankMark } from '../format/BlankMark'
import { formatFigure, type FigureKind } from '../format/formatFigure'
import '../corrections/corrections.css'

const CORRECTED_TITLE = '此数含用户更正或填入的数值，不是报告原文；点击数字查看来源'
const BLANK_TITLE = '此数含报告中空白（或“/”“—”“无”）、按 0 计的单元格；点击数字查看来源'

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
  // Before the number, so the digits of a column stay right-aligned.
  const marks = (
    <>
      {figure.corrected === true ? (
        <span className="corrected-mark" title={CORRECTED_TITLE} data-corrected="true">
          已更正
        </span>
      ) : null}
      {figure.blank === true ? <BlankMark title={BLANK_TITLE} /> : null}
    </>
  )
  if (smallSample) {
    return (
      <span
        className="figure figure-small-sample"
        title={`办结申请少于 ${SMALL_SAMPLE_THRESHOLD} 件，比例仅供参考`}
      >
        {marks}
        {text}
        <sup aria-hidden="true">*</sup>
      </span>
    )
  }
  return (
    <span className="figure">
      {marks}
      {text}
    </span>
  )
}
