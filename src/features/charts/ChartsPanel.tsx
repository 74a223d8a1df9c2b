import { useMemo, useState } from 'react'
import {
  buildDecisionsSeries,
  buildFeesSeries,
  buildOutcomesSeries,
  buildTrendSeries,
  TREND_METRICS,
  type ChartData,
  type ChartReport,
} from '../../core/compare/chartSeries'
import { filterPart } from '../export/fileNames'
import type { LegendEntry } from '../export/svgLayout'
import { NoReportsNotice } from '../filters/NoReportsNotice'
import { ChartFigure } from './ChartFigure'
import { chartTitle } from './chartTitle'
import { DECISION_COLORS, FALLBACK_COLOR, FEE_COLORS, OUTCOME_COLORS, yearColors } from './chartColors'
import { ChartPending } from './ChartPending'
import { chartHeight } from './chartSize'
import { HorizontalBarChart } from './HorizontalBarChart'
import { useStagedReveal } from './useStagedReveal'
import './charts.css'

export interface ChartsPanelProps {
  reports: readonly ChartReport[]
  /** The active year filter; empty when every year is shown. Goes into export file names. */
  activeYears?: readonly number[]
  /** The active agency filter; empty when every agency is shown. Goes into export file names. */
  activeAgencies?: readonly string[]
  /** 只看有问题的报告 is on: the titles and export file names say so. */
  onlyProblems?: boolean
  /** Fixed chart width for tests (jsdom cannot measure); the app leaves it out. */
  width?: number
  /** Draw the charts one after another, each after the previous is painted (the app); tests draw all at once. */
  staged?: boolean
}

function legendOf(data: ChartData, colors: Record<string, string>): LegendEntry[] {
  return data.series.map((s) => ({ label: s.name, color: colors[s.key] ?? FALLBACK_COLOR }))
}

/** The four charts of the 图表 tab for the given reports. */
export function ChartsPanel({
  reports,
  activeYears = [],
  activeAgencies = [],
  onlyProblems = false,
  width,
  staged = false,
}: ChartsPanelProps) {
  const [metricKey, setMetricKey] = useState(TREND_METRICS[0]?.key ?? 'received')
  const metric = TREND_METRICS.find((m) => m.key === metricKey) ?? TREND_METRICS[0]

  const decisions = useMemo(() => buildDecisionsSeries(reports), [reports])
  const fees = useMemo(() => buildFeesSeries(reports), [reports])
  const outcomes = useMemo(() => buildOutcomesSeries(reports), [reports])
  const trend = useMemo(() => (metric ? buildTrendSeries(reports, metric) : null), [reports, metric])
  const trendColors = useMemo(() => yearColors(trend?.series.map((s) => s.key) ?? []), [trend])
  const showTrend = trend !== null && metric !== undefined && trend.years.length > 1
  const drawn = useStagedReveal(showTrend ? 4 : 3, staged)

  if (reports.length === 0) {
    return <NoReportsNotice className="charts-empty" none="尚未载入报告。载入报告后，这里按机关显示图表。" />
  }

  const fileFilter = (data: ChartData) => filterPart(activeYears, data.years, activeAgencies, onlyProblems)
  const titleOf = (subject: string, data: ChartData) =>
    chartTitle(subject, activeYears, data.years, onlyProblems)

  return (
    <div className="charts-view">
      <ChartFigure
        chartKey="decisions"
        title={titleOf('行政许可、行政处罚、行政强制（本年处理决定数量）', decisions)}
        fileSubject="行政许可处罚强制_按机关"
        filterLabel={fileFilter(decisions)}
        legend={legendOf(decisions, DECISION_COLORS)}
        data={decisions}
      >
        <HorizontalBarChart data={decisions} colors={DECISION_COLORS} width={width} />
      </ChartFigure>

      <ChartFigure
        chartKey="fees"
        title={titleOf('收费（本年收费金额，万元）', fees)}
        fileSubject="收费_按机关"
        filterLabel={fileFilter(fees)}
        legend={legendOf(fees, FEE_COLORS)}
        data={fees}
        pending={drawn < 2}
      >
        {drawn < 2 ? (
          <ChartPending height={chartHeight(fees.rows.length, fees.series.length, false)} />
        ) : (
          <HorizontalBarChart data={fees} colors={FEE_COLORS} width={width} />
        )}
      </ChartFigure>

      <ChartFigure
        chartKey="outcomes"
        title={titleOf('办理结果构成（依申请公开，100% 堆叠）', outcomes)}
        fileSubject="办理结果构成_按机关"
        filterLabel={fileFilter(outcomes)}
        legend={legendOf(outcomes, OUTCOME_COLORS)}
        data={outcomes}
        percent
        pending={drawn < 3}
      >
        {drawn < 3 ? (
          <ChartPending height={chartHeight(outcomes.rows.length, outcomes.series.length, true)} />
        ) : (
          <HorizontalBarChart data={outcomes} colors={OUTCOME_COLORS} percent width={width} />
        )}
      </ChartFigure>

      {showTrend ? (
        <ChartFigure
          chartKey="trend"
          title={titleOf(`跨年度趋势：${metric.name}`, trend)}
          fileSubject={`跨年度趋势_${metric.name}_按机关`}
          filterLabel={fileFilter(trend)}
          legend={legendOf(trend, trendColors)}
          data={trend}
          pending={drawn < 4}
          controls={
            <label className="chart-metric">
              指标
              <select
                value={metric.key}
                onChange={(event) => setMetricKey(event.target.value)}
                aria-label="趋势指标"
              >
                {TREND_METRICS.map((m) => (
                  <option key={m.key} value={m.key}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
          }
        >
          {drawn < 4 ? (
            <ChartPending height={chartHeight(trend.rows.length, trend.series.length, false)} />
          ) : (
            <HorizontalBarChart data={trend} colors={trendColors} width={width} />
          )}
        </ChartFigure>
      ) : (
        <p className="charts-trend-hint">
          {activeYears.length === 1
            ? '跨年度趋势：当前只筛选了一个年度，多选年份或取消年份筛选后显示。'
            : '跨年度趋势：载入两个及以上年度的报告后显示。'}
        </p>
      )}
    </div>
  )
}
