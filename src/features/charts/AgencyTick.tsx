import type { BaseTickContentProps } from 'recharts'
import { truncateLabel } from './chartFormat'

export const AGENCY_LABEL_MAX_CHARS = 13

/** Y-axis agency label: long names are shortened, the full name stays in an SVG <title> tooltip. */
export function AgencyTick({ x, y, payload }: BaseTickContentProps) {
  const label = String(payload.value)
  return (
    <g transform={`translate(${x},${y})`}>
      <title>{label}</title>
      <text x={-6} y={0} dy="0.35em" textAnchor="end" fontSize={12} fill="#1f2328">
        {truncateLabel(label, AGENCY_LABEL_MAX_CHARS)}
      </text>
    </g>
  )
}
