import { render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildDecisionsSeries, buildOutcomesSeries } from '../../../src/core/compare/chartSeries'
import { DECISION_COLORS, OUTCOME_COLORS } from '../../../src/features/charts/chartColors'
import { HorizontalBarChart } from '../../../src/features/charts/HorizontalBarChart'
import { buildExportSvg, exportSvg, findChartSurface } from '../../../src/features/export/exportSvg'
import { groundTruthReports } from '../charts/groundTruthReports'

const reports = groundTruthReports()
const decisions = buildDecisionsSeries(reports)
const legend = decisions.series.map((s) => ({ label: s.name, color: DECISION_COLORS[s.key] ?? '#000' }))
const title = '行政许可、行政处罚、行政强制（本年处理决定数量）'

function renderDecisions() {
  return render(<HorizontalBarChart data={decisions} colors={DECISION_COLORS} width={720} />)
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml')
}

describe('SVG export', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('picks the chart surface, not a legend icon (also svg.recharts-surface, earlier in the DOM)', () => {
    const { container } = renderDecisions()
    const first = container.querySelector('svg.recharts-surface')
    const surface = findChartSurface(container)
    expect(first?.closest('.recharts-legend-wrapper')).not.toBeNull()
    expect(surface?.getAttribute('width')).toBe('720')
  })

  it('makes a standalone SVG with xmlns, size, white background, CJK font, Chinese title and legend', () => {
    const { container } = renderDecisions()
    const result = buildExportSvg(container, {
      title,
      legend,
      notes: ['无申请（本年度办理结果合计为 0）：新乡县城市管理局 2023'],
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { svg, width, height } = result.value
    expect(svg.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1)
    expect(svg).toContain(title)
    for (const label of ['行政许可', '行政处罚', '行政强制']) expect(svg).toContain(`>${label}</text>`)
    expect(svg).toContain('新乡县城市管理局 2023')
    expect(svg).not.toContain('foreignObject')

    const doc = parse(svg)
    const root = doc.documentElement
    expect(root.tagName).toBe('svg')
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg')
    expect(root.getAttribute('width')).toBe(String(width))
    expect(root.getAttribute('height')).toBe(String(height))
    expect(width).toBe(720)
    const chartHeight = Number(findChartSurface(container)?.getAttribute('height'))
    expect(height).toBeGreaterThan(chartHeight)
    expect(root.getAttribute('font-family')).toContain('Noto Sans CJK SC')
    const background = root.firstElementChild
    expect(background?.tagName).toBe('rect')
    expect(background?.getAttribute('fill')).toBe('#ffffff')
    const swatches = [...doc.querySelectorAll('.export-legend rect')].map((r) => r.getAttribute('fill'))
    expect(swatches).toEqual(legend.map((e) => e.color))
    // The bars came along: one path per drawn value.
    expect(doc.querySelectorAll('.export-chart .recharts-rectangle').length).toBeGreaterThan(0)
  })

  it('closes the gap the HTML legend leaves at the top of the chart, without covering the plot', () => {
    // jsdom has no layout: give the legend the size a browser measures, so recharts reserves its band.
    // Every other element keeps jsdom's all-zero box.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('recharts-legend-wrapper') ? new DOMRect(0, 0, 700, 28) : new DOMRect()
    })
    const { container } = renderDecisions()
    const clipTop = Number(
      findChartSurface(container)?.querySelector('defs clipPath rect')?.getAttribute('y'),
    )
    expect(clipTop).toBeGreaterThanOrEqual(28)
    const result = buildExportSvg(container, { title, legend })
    if (!result.ok) throw result.error
    const doc = parse(result.value.svg)
    const translateY = (selector: string) =>
      Number(
        /translate\([^,]+,([^)]+)\)/.exec(doc.querySelector(selector)?.getAttribute('transform') ?? '')?.[1],
      )
    const legendBottom = translateY('.export-legend') + 20
    const plotTop = Math.min(
      ...[...doc.querySelectorAll('.export-chart .recharts-cartesian-grid line')].map((l) =>
        Number(l.getAttribute('y1')),
      ),
    )
    const chartY = translateY('.export-chart')
    expect(chartY).toBeLessThan(legendBottom)
    expect(chartY + plotTop).toBeGreaterThanOrEqual(legendBottom)
    expect(chartY + plotTop - legendBottom).toBeLessThanOrEqual(16)
  })

  it('carries the agency names of the Y axis into the file', () => {
    const { container } = renderDecisions()
    const result = buildExportSvg(container, { title, legend })
    expect(result.ok && result.value.svg).toContain('中牟县人民政府办公室')
  })

  it('leaves the chart on the page untouched', () => {
    const { container } = renderDecisions()
    const before = findChartSurface(container)?.outerHTML
    buildExportSvg(container, { title, legend })
    expect(findChartSurface(container)?.outerHTML).toBe(before)
  })

  it('exports the 100% stacked outcomes chart with its six legend entries', () => {
    const outcomes = buildOutcomesSeries(reports)
    const outcomeLegend = outcomes.series.map((s) => ({
      label: s.name,
      color: OUTCOME_COLORS[s.key] ?? '#000',
    }))
    const { container } = render(
      <HorizontalBarChart data={outcomes} colors={OUTCOME_COLORS} percent width={640} />,
    )
    const result = buildExportSvg(container, { title: '办理结果构成', legend: outcomeLegend })
    if (!result.ok) throw result.error
    const texts = [...parse(result.value.svg).querySelectorAll('.export-legend text')].map(
      (t) => t.textContent,
    )
    expect(texts).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'])
    expect(result.value.svg).toContain('100%')
  })

  it('returns CHART_NOT_FOUND when there is no drawn chart', () => {
    const empty = document.createElement('div')
    const result = exportSvg(empty, { title, legend })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('CHART_NOT_FOUND')
  })

  it('gives an image/svg+xml Blob', async () => {
    const { container } = renderDecisions()
    const result = exportSvg(container, { title, legend })
    if (!result.ok) throw result.error
    expect(result.value.type).toBe('image/svg+xml;charset=utf-8')
    expect(await result.value.text()).toContain(title)
  })
})
