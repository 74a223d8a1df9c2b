import { ExportError } from './exportErrors'
import {
  estimateTextWidth,
  layoutLegend,
  LEGEND_GAP,
  LEGEND_SWATCH,
  wrapText,
  type LegendEntry,
} from './svgLayout'

const SVG_NS = 'http://www.w3.org/2000/svg'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

/** Explicit CJK stack: without it a viewer falls back to a Latin font and shows tofu for Chinese. */
export const EXPORT_FONT_FAMILY =
  '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif'

export interface SvgExportOptions {
  /** Chinese title drawn at the top. */
  title: string
  /** Redrawn as SVG: the recharts legend is HTML outside the chart's svg. */
  legend: readonly LegendEntry[]
  /** Lines printed under the chart, e.g. which reports were left out and why. */
  notes?: readonly string[]
  background?: string
  fontFamily?: string
}

export interface ExportedSvg {
  /** Serialised, standalone SVG document (xmlns, width, height set). */
  svg: string
  width: number
  height: number
}

export type ExportResult<T> = { ok: true; value: T } | { ok: false; error: ExportError }

const PADDING = 16
const TITLE_SIZE = 16
const LEGEND_SIZE = 12
const NOTE_SIZE = 12
const LINE_HEIGHT = 20
/** Space kept between the redrawn legend and the plot. */
const PLOT_GAP = 4

/**
 * The chart's own svg. Legend icons are svg.recharts-surface too and come first in the DOM, so only the
 * surface that is a direct child of the wrapper is the chart.
 */
export function findChartSurface(container: ParentNode): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface')
}

function surfaceSize(surface: SVGSVGElement): { width: number; height: number } | null {
  const width = Number(surface.getAttribute('width'))
  const height = Number(surface.getAttribute('height'))
  if (width > 0 && height > 0) return { width, height }
  const box = surface.viewBox.baseVal
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height }
  const rect = surface.getBoundingClientRect()
  return rect.width > 0 && rect.height > 0 ? { width: rect.width, height: rect.height } : null
}

/**
 * Height of the band the recharts HTML legend reserves at the top of the surface. The export redraws the
 * legend above the chart, so that band would only be an empty gap.
 */
function topLegendBand(surface: SVGSVGElement, chartHeight: number): number {
  const legend = surface.parentElement?.querySelector<HTMLElement>(':scope > .recharts-legend-wrapper')
  if (!legend) return 0
  const top = parseFloat(legend.style.top) || 0
  const height = parseFloat(legend.style.height) || legend.getBoundingClientRect().height
  const band = top + height
  if (top >= chartHeight / 4 || band <= 0 || band >= chartHeight / 2) return 0
  // Only what recharts really kept free above the plot (its clip rect), in case the legend was not measured.
  const plotTop = Number(surface.querySelector('defs clipPath rect')?.getAttribute('y'))
  return Number.isFinite(plotTop) ? Math.max(0, Math.min(band, plotTop - PLOT_GAP)) : 0
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value))
  if (text !== undefined) element.textContent = text
  return element
}

/**
 * Builds a standalone SVG of the chart inside `container`: white background, title, legend and notes as
 * real SVG text, the chart drawn below them. No foreignObject, so SVG editors open it.
 * @returns the SVG text and its size, or CHART_NOT_FOUND when the container holds no drawn chart
 */
export function buildExportSvg(container: ParentNode, options: SvgExportOptions): ExportResult<ExportedSvg> {
  const surface = findChartSurface(container)
  const size = surface && surfaceSize(surface)
  if (!surface || !size) {
    return {
      ok: false,
      error: new ExportError('CHART_NOT_FOUND', 'no .recharts-wrapper > svg.recharts-surface'),
    }
  }
  const doc = surface.ownerDocument
  const width = Math.round(size.width)
  const contentWidth = width - 2 * PADDING
  const fontFamily = options.fontFamily ?? EXPORT_FONT_FAMILY

  const titleLines = wrapText(options.title, TITLE_SIZE, contentWidth)
  const legendTop = PADDING + titleLines.length * (TITLE_SIZE + 8)
  const legend = layoutLegend(options.legend, LEGEND_SIZE, contentWidth, LINE_HEIGHT)
  const chartTop = legendTop + legend.height + (legend.height ? 8 : 0)
  const hiddenBand = topLegendBand(surface, size.height)
  const noteLines = (options.notes ?? []).flatMap((note) => wrapText(note, NOTE_SIZE, contentWidth))
  const notesTop = chartTop + size.height - hiddenBand + (noteLines.length ? 8 : 0)
  const height = Math.round(notesTop + noteLines.length * LINE_HEIGHT + PADDING / 2)

  const root = svgElement(doc, 'svg', {
    version: '1.1',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': fontFamily,
  })
  // Declared through the xmlns namespace so XMLSerializer writes it once (a plain attribute is doubled).
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS)
  root.setAttribute('style', `font-family:${fontFamily}`)
  root.appendChild(
    svgElement(doc, 'rect', { x: 0, y: 0, width, height, fill: options.background ?? '#ffffff' }),
  )

  titleLines.forEach((line, index) => {
    root.appendChild(
      svgElement(
        doc,
        'text',
        {
          x: width / 2,
          y: PADDING + TITLE_SIZE + index * (TITLE_SIZE + 8),
          'text-anchor': 'middle',
          'font-size': TITLE_SIZE,
          'font-weight': 'bold',
          fill: '#1f2328',
        },
        line,
      ),
    )
  })

  const legendWidth = Math.max(
    0,
    ...legend.placed.map((e) => e.x + LEGEND_SWATCH + LEGEND_GAP + estimateTextWidth(e.label, LEGEND_SIZE)),
  )
  const legendGroup = svgElement(doc, 'g', {
    class: 'export-legend',
    transform: `translate(${Math.max(PADDING, (width - legendWidth) / 2)},${legendTop})`,
  })
  for (const entry of legend.placed) {
    const swatchY = entry.y + (LINE_HEIGHT - LEGEND_SWATCH) / 2
    legendGroup.appendChild(
      svgElement(doc, 'rect', {
        x: entry.x,
        y: swatchY,
        width: LEGEND_SWATCH,
        height: LEGEND_SWATCH,
        fill: entry.color,
      }),
    )
    legendGroup.appendChild(
      svgElement(
        doc,
        'text',
        {
          x: entry.x + LEGEND_SWATCH + LEGEND_GAP,
          y: swatchY + LEGEND_SWATCH - 1,
          'font-size': LEGEND_SIZE,
          fill: '#1f2328',
        },
        entry.label,
      ),
    )
  }
  root.appendChild(legendGroup)

  const chart = svgElement(doc, 'g', {
    class: 'export-chart',
    transform: `translate(0,${chartTop - hiddenBand})`,
  })
  const clone = surface.cloneNode(true)
  while (clone.firstChild) chart.appendChild(clone.firstChild)
  // recharts leaves an empty <title>/<desc> on its surface; inside the group they would only add noise.
  for (const empty of chart.querySelectorAll(':scope > title, :scope > desc')) {
    if (!empty.textContent) empty.remove()
  }
  root.appendChild(chart)

  noteLines.forEach((line, index) => {
    root.appendChild(
      svgElement(
        doc,
        'text',
        {
          x: PADDING,
          y: notesTop + NOTE_SIZE + index * LINE_HEIGHT,
          'font-size': NOTE_SIZE,
          fill: '#57606a',
        },
        line,
      ),
    )
  })

  const svg = new XMLSerializer().serializeToString(root)
  return { ok: true, value: { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height } }
}

/** buildExportSvg as a Blob ready for downloadBlob. */
export function exportSvg(container: ParentNode, options: SvgExportOptions): ExportResult<Blob> {
  const built = buildExportSvg(container, options)
  if (!built.ok) return built
  return { ok: true, value: new Blob([built.value.svg], { type: 'image/svg+xml;charset=utf-8' }) }
}
