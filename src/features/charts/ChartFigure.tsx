import { useId, useRef, useState, type ReactNode } from 'react'
import type { ChartData } from '../../core/compare/chartSeries'
import { downloadBlob } from '../export/download'
import { exportErrorMessage } from '../export/exportErrors'
import { exportPng } from '../export/exportPng'
import { exportSvg, type ExportResult } from '../export/exportSvg'
import { exportFileName } from '../export/fileNames'
import type { LegendEntry } from '../export/svgLayout'
import { noteText } from './chartFormat'
import { ChartDataTable } from './ChartDataTable'
import { ChartImageLabel, chartImageLabel } from './chartImageLabel'
import { ChartNotes } from './ChartNotes'

export interface ChartFigureProps {
  /** Becomes data-testid="chart-<key>". */
  chartKey: string
  /** Chinese title: the figcaption on the page and the heading of the exported image. */
  title: string
  /** What the file shows, e.g. "行政许可处罚强制_按机关". */
  fileSubject: string
  /** The years and agencies shown, for the file name: "2023", "2021_2023_3个机关" or "全部年份". */
  filterLabel: string
  legend: readonly LegendEntry[]
  /** What the chart draws: its notes and, under it, its numbers as a table. */
  data: ChartData
  /** 100% stacked shares. */
  percent?: boolean
  /** The chart waits its turn to be drawn: nothing to export yet. */
  pending?: boolean
  /** Extra controls next to the export buttons, e.g. the trend metric selector. */
  controls?: ReactNode
  children: ReactNode
}

type ExportFormat = 'png' | 'svg'

/** A chart with its caption, its notes, its numbers as a table and the 导出 PNG / 导出 SVG buttons. */
export function ChartFigure(props: ChartFigureProps) {
  const { chartKey, title, fileSubject, filterLabel, legend, data, percent, pending, controls, children } =
    props
  const { notes } = data
  const hasData = data.rows.length > 0
  const chartRef = useRef<HTMLDivElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const captionId = useId()

  const runExport = async (format: ExportFormat) => {
    const container = chartRef.current
    if (!container) return
    setError(null)
    setBusy(true)
    const options = { title, legend, notes: notes.map(noteText) }
    let result: ExportResult<Blob>
    try {
      result =
        format === 'svg'
          ? exportSvg(container, options)
          : await exportPng(container, { ...options, scale: 2 })
    } finally {
      setBusy(false)
    }
    if (result.ok) downloadBlob(result.value, exportFileName(fileSubject, filterLabel, format))
    else setError(exportErrorMessage(result.error))
  }

  return (
    // The caption sits in the header beside the buttons, not as the figure's child, so it names the figure
    // explicitly: without a name, a screen reader cannot tell the four charts' 导出 buttons apart.
    <figure className="chart-figure" data-testid={`chart-${chartKey}`} aria-labelledby={captionId}>
      <div className="chart-figure-header">
        <figcaption id={captionId}>{title}</figcaption>
        <div className="chart-figure-actions">
          {controls}
          <button type="button" disabled={!hasData || pending || busy} onClick={() => void runExport('png')}>
            导出 PNG
          </button>
          <button type="button" disabled={!hasData || pending || busy} onClick={() => void runExport('svg')}>
            导出 SVG
          </button>
        </div>
      </div>
      {error && (
        <p className="chart-export-error" role="alert">
          {error}
        </p>
      )}
      <div ref={chartRef} className="chart-figure-body">
        {hasData ? (
          <ChartImageLabel value={chartImageLabel(title)}>{children}</ChartImageLabel>
        ) : (
          <p className="chart-empty">暂无可绘制的数据。</p>
        )}
      </div>
      <ChartNotes notes={notes} />
      {hasData && <ChartDataTable title={title} data={data} percent={percent} />}
    </figure>
  )
}
