import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Report } from '../../../src/core/model/report'
import { ChartsView } from '../../../src/features/charts/ChartsView'
import { addReport, resetDashboardStore, useDashboardStore } from '../../../src/store'
import { groundTruthReports } from './groundTruthReports'
import { recordDownloads } from '../../helpers/downloads'
import { parsedSeedEntries } from '../store/expectedReports'
import { fakeResizeObserver } from '../../helpers/fakeResizeObserver'

function loadGroundTruth(): void {
  groundTruthReports().forEach((chartReport, index) => {
    const report: Report = {
      ...chartReport,
      scope: 'agency',
      notices: [],
      checks: [],
      document: { name: `${index}.txt`, kind: 'text', lines: [] },
    }
    addReport({
      id: `r${index}`,
      fileName: `${index}.txt`,
      fingerprint: `f${index}`,
      report,
      addedAt: '2026-11-25T00:00:00Z',
    })
  })
}

/** Captures what downloadBlob clicks: jsdom has no object URLs and no real downloads. */
function captureDownloads(): string[] {
  const names: string[] = []
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:test' })
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  return names
}

/** The figure once its chart is drawn: the app draws the charts one after another. */
async function drawnFigure(key: string): Promise<HTMLElement> {
  const figure = screen.getByTestId(`chart-${key}`)
  await waitFor(() => expect(figure.querySelector('.recharts-wrapper svg.recharts-surface')).not.toBeNull())
  return figure
}

describe('ChartsView', { timeout: 60_000 }, () => {
  beforeEach(() => {
    // The app's charts fill their container; jsdom measures 0, so give ResponsiveContainer a size.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => new DOMRect(0, 0, 900, 400),
    )
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 })
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 })
    vi.stubGlobal('ResizeObserver', fakeResizeObserver(900, 400))
  })

  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth')
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight')
    Reflect.deleteProperty(URL, 'createObjectURL')
    Reflect.deleteProperty(URL, 'revokeObjectURL')
    resetDashboardStore()
  })

  it('charts the filtered reports from the store and names exports after the year filter', async () => {
    loadGroundTruth()
    const downloads = captureDownloads()
    render(<ChartsView />)
    expect(screen.getByTestId('chart-trend')).toBeInTheDocument()

    act(() => useDashboardStore.getState().toggleYear(2023))
    // One year left: no trend chart; the other charts only show 2023 reports.
    expect(screen.queryByTestId('chart-trend')).toBeNull()
    const decisions = screen.getByTestId('chart-decisions')
    await userEvent.click(within(decisions).getByRole('button', { name: '导出 SVG' }))
    expect(downloads).toEqual(['行政许可处罚强制_按机关_2023.svg'])
  })

  it('names each chart figure by its title, so a screen reader tells its 导出 buttons apart', async () => {
    loadGroundTruth()
    render(<ChartsView />)
    const decisions = await drawnFigure('decisions')
    const title = decisions.querySelector('figcaption')?.textContent ?? ''
    expect(title).toMatch(/^行政许可、行政处罚、行政强制/)
    expect(screen.getByRole('figure', { name: title })).toBe(decisions)
    expect(
      screen.getAllByRole('figure').map((figure) => figure.getAttribute('aria-labelledby')),
    ).not.toContain(null)
  })

  it('under 只看有问题的报告 says the year and the filter in the title, on the page and in the SVG, and marks the file name', async () => {
    const entries = parsedSeedEntries()
    for (const entry of entries) addReport(entry)
    const [first] = entries
    if (!first) throw new Error('no seed')
    const received = first.report.cells['applications.received.total']?.value ?? 0
    // A correction that breaks R-A/R-B gives the report a problem, as a misread cell would.
    expect(
      useDashboardStore.getState().correctCell(first.id, 'applications.received.total', received + 1),
    ).toBeNull()
    act(() => {
      useDashboardStore.getState().toggleYear(first.report.year)
      useDashboardStore.getState().setOnlyProblems(true)
    })
    const { names, blobs } = recordDownloads()
    render(<ChartsView />)
    const decisions = await drawnFigure('decisions')
    const title = `行政许可、行政处罚、行政强制（本年处理决定数量） · ${first.report.year} 年 · 仅含有问题的报告`
    expect(decisions.querySelector('figcaption')?.textContent).toBe(title)
    await userEvent.click(within(decisions).getByRole('button', { name: '导出 SVG' }))
    expect(names).toEqual([`行政许可处罚强制_按机关_${first.report.year}_仅有问题.svg`])
    const svg = new DOMParser().parseFromString((await blobs[0]?.text()) ?? '', 'image/svg+xml')
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent)
    expect(texts.join('')).toContain(title)
  })

  it('names under the chart, and in its export, the report whose year the user corrected', async () => {
    const entries = parsedSeedEntries()
    for (const entry of entries) addReport(entry)
    const [first] = entries
    if (!first) throw new Error('no seed')
    const read = first.report.year
    const corrected = read - 1
    expect(useDashboardStore.getState().correctIdentity(first.id, first.report.agency, corrected)).toBeNull()
    const { blobs } = recordDownloads()
    render(<ChartsView />)
    const decisions = await drawnFigure('decisions')
    const note = decisions.querySelector('[data-note="identity"]')?.textContent ?? ''
    expect(note).toBe(
      `机关或年度经用户更正（不是报告所写）：${first.report.agency} ${corrected}（年度 原为 ${read}）`,
    )
    await userEvent.click(within(decisions).getByRole('button', { name: '导出 SVG' }))
    const svg = new DOMParser().parseFromString((await blobs[0]?.text()) ?? '', 'image/svg+xml')
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent)
    expect(texts.join('')).toContain(note)
  })

  it('says 全部年份 in the file name when no year filter is active', async () => {
    loadGroundTruth()
    const downloads = captureDownloads()
    render(<ChartsView />)
    await userEvent.click(within(await drawnFigure('fees')).getByRole('button', { name: '导出 SVG' }))
    expect(downloads).toEqual(['收费_按机关_全部年份.svg'])
  })

  it('shows a Chinese message when the chart cannot be exported', async () => {
    loadGroundTruth()
    captureDownloads()
    render(<ChartsView />)
    const fees = await drawnFigure('fees')
    // Simulate a chart that is not drawn (yet): the export finds no surface.
    fees.querySelector('.recharts-wrapper')?.remove()
    await userEvent.click(within(fees).getByRole('button', { name: '导出 SVG' }))
    expect(within(fees).getByRole('alert').textContent).toMatch(/^导出失败/)
  })

  it('draws the first chart at once and each other one after the previous is painted', async () => {
    loadGroundTruth()
    render(<ChartsView />)
    const decisions = screen.getByTestId('chart-decisions')
    expect(decisions.querySelector('.recharts-wrapper svg.recharts-surface')).not.toBeNull()
    const waiting = ['fees', 'outcomes', 'trend'].filter(
      (key) => screen.getByTestId(`chart-${key}`).querySelector('.recharts-wrapper') === null,
    )
    expect(waiting.length).toBeGreaterThan(0)
    for (const key of waiting) {
      // A chart not drawn yet says so, and offers nothing to export.
      const figure = screen.getByTestId(`chart-${key}`)
      expect(within(figure).getByRole('status').textContent).toBe('正在绘制图表…')
      expect(within(figure).getByRole('button', { name: '导出 PNG' })).toBeDisabled()
    }
    for (const key of ['fees', 'outcomes', 'trend']) {
      const figure = await drawnFigure(key)
      expect(within(figure).queryByText('正在绘制图表…')).toBeNull()
      expect(within(figure).getByRole('button', { name: '导出 SVG' })).toBeEnabled()
    }
  })
})
