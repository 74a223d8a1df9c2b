import { useContext, useState } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BaseTickContentProps,
  type RenderableText,
} from 'recharts'
import type { ChartData, ChartRow } from '../../core/compare/chartSeries'
import { AgencyTick } from './AgencyTick'
import { FALLBACK_COLOR } from './chartColors'
import { formatChartNumber, rowTitle, valueText } from './chartFormat'
import { ChartImageLabel } from './chartImageLabel'
import { agencyAxis, chartHeight, LEGEND_HEIGHT } from './chartSize'
import { MeasuredLegend } from './MeasuredLegend'

export interface HorizontalBarChartProps {
  data: ChartData
  colors: Record<string, string>
  /** 100% stacked shares (values are percentages, tooltips add the counts). */
  percent?: boolean
  /** Fixed pixel width; omitted in the app (fills its container), required in jsdom tests. */
  width?: number
}

type FlatRow = Record<string, string | number | null>

const MARGIN = { top: 4, right: 64, bottom: 4, left: 12 }
/** A reported 0 gets a 2 px stub (and so its "0" label); a null stays without a bar. */
function zeroStub(value: number | undefined | null): number {
  return value === 0 ? 2 : 0
}

function valueLabel(value: RenderableText): RenderableText {
  return typeof value === 'number' ? formatChartNumber(value) : ''
}

function labelOf(payload: unknown): string {
  return typeof payload === 'object' && payload !== null && 'label' in payload ? String(payload.label) : ''
}

function flatten(rows: readonly ChartRow[]): FlatRow[] {
  return rows.map((row) => ({ label: row.label, ...row.values }))
}

/**
 * Agencies on the Y axis, one bar (or stack) per series. Animation is off so an export taken at any
 * moment shows the final chart.
 */
export function HorizontalBarChart({ data, colors, percent = false, width }: HorizontalBarChartProps) {
  const [measuredWidth, setMeasuredWidth] = useState<number>()
  const [legendHeight, setLegendHeight] = useState(LEGEND_HEIGHT)
  const height = chartHeight(data.rows.length, data.series.length, percent, legendHeight)
  const axis = agencyAxis(width ?? measuredWidth)
  const imageLabel = useContext(ChartImageLabel)
  const rowsByLabel = new Map(data.rows.map((row) => [row.label, row]))
  const names = new Map(data.series.map((s) => [s.name, s.key]))
  // The tooltip lists the series as the legend and the bars do; recharts would sort them by name.
  const seriesOrder = new Map(data.series.map((s, at) => [s.key, at]))

  const tooltipValue = (value: unknown, name: unknown, item: { payload?: unknown }): string => {
    const count = rowsByLabel.get(labelOf(item.payload))?.counts?.[names.get(String(name)) ?? '']
    return valueText(typeof value === 'number' ? value : null, count, percent)
  }

  const chart = (
    <BarChart
      layout="vertical"
      data={flatten(data.rows)}
      width={width}
      height={height}
      margin={MARGIN}
      barCategoryGap={percent ? '20%' : '15%'}
      accessibilityLayer={false}
      role="img"
      aria-label={imageLabel}
    >
      <CartesianGrid horizontal={false} stroke="#e5e7eb" />
      <XAxis
        type="number"
        domain={percent ? [0, 100] : [0, 'auto']}
        ticks={percent ? [0, 25, 50, 75, 100] : undefined}
        tickFormatter={(v: number) => (percent ? `${v}%` : formatChartNumber(v))}
        allowDecimals={!percent}
        fontSize={12}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={axis.width}
        interval={0}
        tick={(tick: BaseTickContentProps) => (
          <AgencyTick
            {...tick}
            lineChars={axis.lineChars}
            row={rowsByLabel.get(String(tick.payload.value))}
          />
        )}
      />
      <Tooltip
        formatter={tooltipValue}
        itemSorter={(item) => seriesOrder.get(String(item.dataKey)) ?? 0}
        labelFormatter={(label: unknown) => rowTitle(String(label), rowsByLabel.get(String(label)))}
        cursor={{ fill: 'rgba(0,0,0,0.04)' }}
      />
      {/* No fixed height: recharts keeps free whatever the legend measures, wrapped lines included. */}
      <Legend
        verticalAlign="top"
        wrapperStyle={{ minHeight: LEGEND_HEIGHT }}
        itemSorter={null}
        content={(legend) => <MeasuredLegend {...legend} onHeight={setLegendHeight} />}
      />
      {data.series.map((series) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={series.name}
          fill={colors[series.key] ?? FALLBACK_COLOR}
          stackId={percent ? 'share' : undefined}
          isAnimationActive={false}
          maxBarSize={percent ? 20 : 14}
          minPointSize={percent ? 0 : zeroStub}
        >
          {/* Printed values make a 0 visibly 0; an unread cell (null) gets no bar and no label. */}
          {!percent && (
            <LabelList
              dataKey={series.key}
              position="right"
              fontSize={10}
              fill="#57606a"
              formatter={valueLabel}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  )

  if (width !== undefined) return chart
  return (
    <ResponsiveContainer width="100%" height={height} onResize={(measured) => setMeasuredWidth(measured)}>
      {chart}
    </ResponsiveContainer>
  )
}
