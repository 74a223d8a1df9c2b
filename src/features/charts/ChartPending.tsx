/** The room a chart will take while it waits its turn to be drawn, so the page does not jump. */
export function ChartPending({ height }: { height: number }) {
  return (
    <div className="chart-pending" style={{ height }} role="status">
      正在绘制图表…
    </div>
  )
}
