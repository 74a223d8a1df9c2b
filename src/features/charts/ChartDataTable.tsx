import { useRef } from 'react'
import type { ChartData } from '../../core/compare/chartSeries'
import { useOverflow } from '../scrolling/useOverflow'
import { rowTitle, valueText } from './chartFormat'

export interface ChartDataTableProps {
  /** The chart's title: the scrolling table is named after it. */
  title: string
  data: ChartData
  /** 100% stacked shares: each cell gives the share and the count behind it. */
  percent?: boolean
}

/**
 * The chart's numbers as a table, folded under the chart: a screen reader hears a recharts chart as a
 * jumble of axis ticks and bar labels, and a sighted reader cannot read an exact figure off a bar. It says
 * what the bars and tooltips say, in their words (未读出, 含已更正数值, shares with their counts).
 */
export function ChartDataTable({ title, data, percent = false }: ChartDataTableProps) {
  const box = useRef<HTMLDivElement>(null)
  const { left, right, vertical } = useOverflow(box)
  const scrolls = left || right || vertical
  return (
    <details className="chart-data">
      <summary>以表格查看数据</summary>
      <div
        ref={box}
        className="chart-data-scroll"
        role="group"
        aria-label={`${title}：数据表`}
        // A box that scrolls takes focus, or the keyboard could not scroll to the agencies below 360 px.
        tabIndex={scrolls ? 0 : undefined}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">机关</th>
              {data.series.map((series) => (
                <th key={series.key} scope="col">
                  {series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{rowTitle(row.label, row)}</th>
                {data.series.map((series) => (
                  <td key={series.key}>
                    {valueText(row.values[series.key], row.counts?.[series.key], percent)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
