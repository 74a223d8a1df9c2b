import type { BaseTickContentProps } from 'recharts'
import { tickLines } from './chartFormat'

const LINE_HEIGHT_EM = 1.1

/**
 * Y-axis agency label on up to two lines, centred on its bar; a name longer than two lines keeps its start
 * and end. The full name stays in an SVG <title> tooltip.
 */
export function AgencyTick({ x, y, payload, lineChars }: BaseTickContentProps & { lineChars: number }) {
  const label = String(payload.value)
  const lines = tickLines(label, lineChars)
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
