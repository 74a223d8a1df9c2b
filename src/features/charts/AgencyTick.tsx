import type { BaseTickContentProps } from 'recharts'
import type { ChartRow } from '../../core/compare/chartSeries'
import { identityMark, tickLines } from './chartFormat'

const LINE_HEIGHT_EM = 1.1

interface AgencyTickProps extends BaseTickContentProps {
  lineChars: number
  /** The bar's row, whose marks its tooltip gives. */
  row: Pick<ChartRow, 'correctedIdentities'> | undefined
}

/**
 * Y-axis agency label on up to two lines, centred on its bar; a name longer than two lines keeps its start
 * and end. The full name stays in an SVG <title> tooltip, saying so when the user corrected the agency or
 * year the bar is drawn under.
 */
export function AgencyTick({ x, y, payload, lineChars, row }: AgencyTickProps) {
  const label = String(payload.value)
  const lines = tickLines(label, lineChars)
  const firstDy = 0.35 - ((lines.length - 1) * LINE_HEIGHT_EM) / 2
  const mark = identityMark(row)
  return (
    <g transform={`translate(${x},${y})`}>
      <title>{mark === '' ? label : `${label}（${mark}）`}</title>
      <text x={-6} y={0} textAnchor="end" fontSize={12} fill="#1f2328">
        {lines.map((line, index) => (
          <tspan key={index} x={-6} dy={`${index === 0 ? firstDy : LINE_HEIGHT_EM}em`}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  )
}
