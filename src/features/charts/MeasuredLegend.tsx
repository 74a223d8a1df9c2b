import { useEffect, useRef } from 'react'
import { DefaultLegendContent, type DefaultLegendContentProps } from 'recharts'

interface MeasuredLegendProps extends DefaultLegendContentProps {
  onHeight: (height: number) => void
}

/**
 * recharts' own legend, telling the chart how tall it is: on a narrow screen its items wrap onto several
 * lines, and the chart grows by that much instead of squeezing the bars. Watched with a ResizeObserver,
 * which reports after layout and only when the height changes: measuring in a layout effect forced a
 * layout of the whole page at every render of every legend while 1,000 reports came in.
 */
export function MeasuredLegend({ onHeight, ...legend }: MeasuredLegendProps) {
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
      <DefaultLegendContent {...legend} />
    </div>
  )
}
