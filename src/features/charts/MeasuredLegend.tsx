import { useLayoutEffect, useRef } from 'react'
import { DefaultLegendContent, type DefaultLegendContentProps } from 'recharts'

interface MeasuredLegendProps extends DefaultLegendContentProps {
  onHeight: (height: number) => void
}

/**
 * recharts' own legend, telling the chart how tall it is: on a narrow screen its items wrap onto several
 * lines, and the chart grows by that much instead of squeezing the bars. Measured after every render,
 * which recharts triggers when the chart's width changes.
 */
export function MeasuredLegend({ onHeight, ...legend }: MeasuredLegendProps) {
  const box = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    if (box.current) onHeight(box.current.offsetHeight)
  })
  return (
    <div ref={box}>
      <DefaultLegendContent {...legend} />
    </div>
  )
}
