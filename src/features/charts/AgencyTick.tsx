import type { BaseTickContentProps } from 'recharts'
import { tickLines } from './chartFormat'

/** Characters of a 12 px CJK label that fit the 170 px axis on one line. */
const AGENCY_LABEL_LINE_CHARS = 13
const LINE_HEIGHT_EM = 1.1

/**
 * Y-axis agency label on up to two lines, centred on its bar; a name longer than two lines keeps its start
 * and end. The full name stays in an SVG <title> tooltip.
 */
export function AgencyTick({ x, y, payload }: BaseTickContentProps) {
  const label = String(payload.value)
  const lines = tickLines(label, AGENCY_LABEL_LINE_CHARS)
  const firstDy = 0.35 - ((lines.length - 1) * LINE_HEIGHT_EM) / 2
  return (
    <g transform={`translate(${x},${y})`}>
      <title>{label}</title>
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
