import { useEffect, useRef } from 'react'
import type { DefaultLegendContentProps } from 'recharts'

/** recharts' default icon size, in px. */
const SWATCH = 14

interface MeasuredLegendProps extends DefaultLegendContentProps {
  onHeight: (height: number) => void
}

/**
 * The legend recharts draws by default, telling the chart how tall it is: on a narrow screen its items wrap
 * onto several lines, and the chart grows by that much instead of squeezing the bars. Watched with a
 * ResizeObserver, which reports after layout and only when the height changes: measuring in a layout effect
 * forced a layout of the whole page at every render of every legend while 1,000 reports came in.
 * Drawn here rather than by recharts' DefaultLegendContent, whose swatches are images named
 * "<series> legend icon": English, and each series heard twice. Same classes and layout; the names are
 * in the text colour, as the exported image writes them (a light series colour such as 部分公开's green or
 * 2021年's blue is too faint for text on white).
 */
export function MeasuredLegend({ onHeight, payload }: MeasuredLegendProps) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = box.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize
      if (height !== undefined) onHeight(Math.round(height))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [onHeight])
  return (
    <div ref={box}>
      <ul className="recharts-default-legend chart-legend">
        {(payload ?? []).map((entry, index) => (
          <li key={String(entry.value)} className={`recharts-legend-item legend-item-${index}`}>
            <svg
              className="recharts-surface chart-legend-swatch"
              width={SWATCH}
              height={SWATCH}
              viewBox="0 0 32 32"
              aria-hidden="true"
            >
              <path d="M0,4h32v24h-32z" fill={entry.color} className="recharts-legend-icon" />
            </svg>
            <span className="recharts-legend-item-text">{entry.value}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
