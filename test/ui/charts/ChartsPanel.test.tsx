import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChartReport } from '../../../src/core/compare/chartSeries'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { FIXTURES } from '../../helpers/expectedReports'
import { ChartsPanel } from '../../../src/features/charts/ChartsPanel'
import { rowHeight } from '../../../src/features/charts/chartSize'
import { groundTruthReports } from './groundTruthReports'
import { addReport, selectEffectiveReports, useDashboardStore } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { recordDownloads, restoreObjectUrlsAfterEach } from '../../helpers/downloads'
import { LEGACY_CHART_REPORT } from '../../helpers/legacyChartReport'
import { fakeResizeObserver } from '../../helpers/fakeResizeObserver'

const reports = groundTruthReports()

/** 新乡县城市管理局's report with its 行政许可 cell not read. */
function xinxiangWithoutLicensing(): ChartReport {
  const xinxiang = reports.find((r) => r.agency === '新乡县城市管理局')
  if (!xinxiang) throw new Error('fixture missing')
  const cells = { ...xinxiang.cells }
  delete cells['proactive.licensing.decisions']
  return { ...xinxiang, cells }
}

// Rendering four recharts charts in jsdom takes a few seconds.
describe('ChartsPanel', { timeout: 60_000 }, () => {
  it('renders the four figures with Chinese captions and export buttons', () => {
    render(<ChartsPanel reports={reports} width={800} />)
    const captions: Record<string, string> = {
      decisions: '行政许可、行政处罚、行政强制',
      fees: '收费',
      outcomes: '办理结果构成',
      trend: '跨年度趋势',
    }
    for (const [key, caption] of Object.entries(captions)) {
      const figure = screen.getByTestId(`chart-${key}`)
      expect(figure.tagName).toBe('FIGURE')
      expect(within(figure).getByText((_, el) => el?.tagName === 'FIGCAPTION').textContent).toContain(caption)
      expect(within(figure).getByRole('button', { name: '导出 PNG' })).toBeEnabled()
      expect(within(figure).getByRole('button', { name: '导出 SVG' })).toBeEnabled()
      expect(figure.querySelector('.recharts-wrapper > svg.recharts-surface')).not.toBeNull()
    }
  })

  it('names each drawing once, by its title and where its numbers are, instead of an application of ticks', () => {
    render(<ChartsPanel reports={reports} width={800} />)
    for (const key of ['decisions', 'fees', 'outcomes', 'trend']) {
      const figure = screen.getByTestId(`chart-${key}`)
      const caption = within(figure).getByText((_, el) => el?.tagName === 'FIGCAPTION').textContent ?? ''
      // The legend's swatches are not images of their own: each series is heard once, by its name.
      const drawing = within(figure).getByRole('img')
      expect(drawing).toBe(figure.querySelector('.recharts-wrapper > svg.recharts-surface'))
      expect(drawing).toHaveAccessibleName(`${caption}：条形图，各机关的数字见图下方“以表格查看数据”`)
      expect(figure.querySelector('[role="application"]')).toBeNull()
      // No tab stop that shows nothing a keyboard could use: the table under the chart is the way in.
      expect(drawing).not.toHaveAttribute('tabindex')
    }
  })

  it('keeps the legend in series order', () => {
    render(<ChartsPanel reports={reports} width={800} />)
    const legend = screen.getByTestId('chart-outcomes').querySelectorAll('.recharts-legend-item-text')
    expect([...legend].map((item) => item.textContent)).toEqual([
      '予以公开',
      '部分公开',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
    ])
  })

  it('puts every agency on the Y axis, names in full in the tooltip title', () => {
    render(<ChartsPanel reports={reports} width={800} />)
    const figure = screen.getByTestId('chart-decisions')
    const titles = [...figure.querySelectorAll('.recharts-yAxis-tick-labels title')].map((t) => t.textContent)
    expect(titles.sort()).toEqual(reports.map((r) => r.agency).sort())
  })

  it('on a phone-wide chart the agency names take a narrower column, so the bars keep room', () => {
    const width = 360
    render(<ChartsPanel reports={reports} width={width} />)
    const figure = screen.getByTestId('chart-decisions')
    const lines = [...figure.querySelectorAll('.recharts-yAxis-tick-labels tspan')].map(
      (line) => line.textContent ?? '',
    )
    const longest = Math.max(...reports.map((report) => report.agency.length))
    // Shorter lines than on a desktop chart (13 characters), still in full in the tooltip title.
    expect(lines.length).toBeGreaterThan(reports.length)
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(Math.min(13, longest))
    const titles = [...figure.querySelectorAll('.recharts-yAxis-tick-labels title')].map((t) => t.textContent)
    expect(titles.sort()).toEqual(reports.map((r) => r.agency).sort())
    const plotWidth = Number(figure.querySelector('defs clipPath rect')?.getAttribute('width'))
    expect(plotWidth).toBeGreaterThanOrEqual(width / 3)
  })

  it('shows long names on two lines, keeping the end that tells two departments of one body apart', () => {
    const [first, second] = reports
    if (first === undefined || second === undefined) throw new Error('ground truth')
    const finance = { ...first, agency: '郑州航空港经济综合实验区管理委员会财政局' }
    const education = { ...second, agency: '郑州航空港经济综合实验区管理委员会教育局' }
    render(<ChartsPanel reports={[finance, education]} width={800} />)
    const figure = screen.getByTestId('chart-decisions')
    const labels = [...figure.querySelectorAll('.recharts-yAxis-tick-labels text')].map((text) =>
      [...text.querySelectorAll('tspan')].map((line) => line.textContent),
    )
    expect(labels.sort()).toEqual([
      ['郑州航空港经济综合实验区管', '理委员会教育局'],
      ['郑州航空港经济综合实验区管', '理委员会财政局'],
    ])
  })

  it('prints each value, zh-CN formatted, so a 0 reads as 0', () => {
    render(<ChartsPanel reports={reports} width={800} />)
    const labels = [
      ...screen.getByTestId('chart-decisions').querySelectorAll('.recharts-label-list text'),
    ].map((t) => t.textContent)
    const hongze = reports.find((r) => r.agency === '洪泽区人民政府')
    expect(hongze?.cells['proactive.penalty.decisions']?.value).toBe(4119)
    expect(labels).toContain('4,119')
    // Three decision kinds per report, all read in the ground truth: every bar has its label, zeros included.
    expect(labels).toHaveLength(reports.length * 3)
    expect(labels.filter((l) => l === '0').length).toBeGreaterThan(0)
  })

  it('draws no bar and no label for an unread cell', () => {
    render(<ChartsPanel reports={[xinxiangWithoutLicensing()]} width={800} />)
    const figure = screen.getByTestId('chart-decisions')
    const labels = [...figure.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)
    expect(labels).toEqual(['6', '1'])
    expect(figure.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(2)
    expect(figure.querySelector('[data-note="unread"]')?.textContent).toContain('行政许可')
  })

  describe('numbers as a table under each chart', () => {
    const tableOf = (key: string) => {
      const figure = screen.getByTestId(`chart-${key}`)
      const details = figure.querySelector('details')
      expect(within(figure).getByText('以表格查看数据').tagName).toBe('SUMMARY')
      return { details, table: within(figure).getByRole('table') }
    }
    const rowOf = (table: HTMLElement, agency: string) =>
      within(table).getByRole('rowheader', { name: agency }).closest('tr') as HTMLElement
    const cellTexts = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)

    it('gives every agency’s figures as the report wrote them, folded until asked for', async () => {
      render(<ChartsPanel reports={reports} width={800} />)
      const { details, table } = tableOf('decisions')
      expect(details?.open).toBe(false)
      await userEvent.click(within(screen.getByTestId('chart-decisions')).getByText('以表格查看数据'))
      expect(details?.open).toBe(true)
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual(['机关', '行政许可', '行政处罚', '行政强制'])
      expect(within(table).getAllByRole('rowheader')).toHaveLength(reports.length)
      const hongze = reports.find((r) => r.agency === '洪泽区人民政府')
      const value = (id: string) => hongze?.cells[id]?.value.toLocaleString('zh-CN')
      expect(cellTexts(rowOf(table, '洪泽区人民政府'))).toEqual([
        value('proactive.licensing.decisions'),
        value('proactive.penalty.decisions'),
        value('proactive.enforcement.decisions'),
      ])
      expect(cellTexts(rowOf(table, '洪泽区人民政府'))).toContain('4,119')
    })

    describe('a table taller than its box', () => {
      afterEach(() => {
        vi.unstubAllGlobals()
        vi.restoreAllMocks()
      })

      it('is a named Tab stop only while it scrolls, so the keyboard can reach the agencies below', () => {
        vi.stubGlobal('ResizeObserver', fakeResizeObserver(0, 0))
        // jsdom lays nothing out: 30 px a row, in a box of 360 px.
        vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(360)
        const scrollHeight = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get')
        scrollHeight.mockImplementation(function (this: HTMLElement) {
          return this.querySelectorAll('tr').length * 30
        })
        const many = Array.from({ length: 20 }, (_, at) =>
          reports.map((report) => ({ ...report, agency: `${report.agency}${at}` })),
        ).flat()
        const { unmount } = render(<ChartsPanel reports={many} width={800} />)
        const figure = screen.getByTestId('chart-decisions')
        const box = within(figure).getByRole('group', { name: /数据表$/ })
        expect(box).toHaveAccessibleName(`${figure.querySelector('figcaption')?.textContent ?? ''}：数据表`)
        expect(box).toHaveAttribute('tabindex', '0')
        unmount()
        render(<ChartsPanel reports={reports.slice(0, 2)} width={800} />)
        const short = within(screen.getByTestId('chart-decisions')).getByRole('group', { name: /数据表$/ })
        expect(short).not.toHaveAttribute('tabindex')
      })
    })

    it('says 未读出 for a cell not read, never 0', () => {
      render(<ChartsPanel reports={[xinxiangWithoutLicensing()]} width={800} />)
      expect(cellTexts(rowOf(tableOf('decisions').table, '新乡县城市管理局'))).toEqual(['未读出', '6', '1'])
    })

    it('gives each share of the outcomes with the count behind it', () => {
      render(<ChartsPanel reports={reports} width={800} />)
      const report = reports.find((r) => (r.cells['applications.granted.total']?.value ?? 0) > 0)
      if (!report) throw new Error('no report with applications granted')
      const granted = report.cells['applications.granted.total']?.value ?? 0
      const [first] = cellTexts(rowOf(tableOf('outcomes').table, report.agency))
      expect(first).toMatch(new RegExp(`^[\\d.]+%（${granted.toLocaleString('zh-CN')} 件）$`))
    })
  })

  it('grows the chart with the number of agencies', () => {
    const { unmount } = render(<ChartsPanel reports={reports.slice(0, 3)} width={800} />)
    const small = Number(
      screen.getByTestId('chart-fees').querySelector('.recharts-wrapper > svg')?.getAttribute('height'),
    )
    unmount()
    render(<ChartsPanel reports={reports} width={800} />)
    const large = Number(
      screen.getByTestId('chart-fees').querySelector('.recharts-wrapper > svg')?.getAttribute('height'),
    )
    expect(large - small).toBe((reports.length - 3) * rowHeight(1, false))
  })

  it('lists agencies without applications as 无申请 under the outcomes chart', () => {
    render(<ChartsPanel reports={reports} width={800} />)
    const note = screen.getByTestId('chart-outcomes').querySelector('[data-note="no-applications"]')
    expect(note?.textContent).toContain('无申请')
    expect(note?.textContent).toContain('新乡县城市管理局 2023')
  })

  it('hides the trend chart when only one year is loaded', () => {
    const only2023 = reports.filter((r) => r.year === 2023)
    render(<ChartsPanel reports={only2023} width={800} />)
    expect(screen.queryByTestId('chart-trend')).toBeNull()
    expect(screen.getByText(/载入两个及以上年度/)).toBeInTheDocument()
  })

  it('notes legacy reports as 格式不可比 instead of drawing them', () => {
    const legacy = LEGACY_CHART_REPORT
    render(<ChartsPanel reports={[...reports, legacy]} width={800} />)
    const figure = screen.getByTestId('chart-decisions')
    expect(figure.querySelector('[data-note="legacy"]')?.textContent).toContain('格式不可比')
    expect(figure.querySelector('[data-note="legacy"]')?.textContent).toContain('某县教育局 2017')
    const titles = [...figure.querySelectorAll('.recharts-yAxis-tick-labels title')].map((t) => t.textContent)
    expect(titles).not.toContain('某县教育局')
  })

  it('names under the chart, where an export writes its notes too, the bars drawn with a corrected value', () => {
    const [first, ...rest] = reports
    if (first === undefined) throw new Error('no report')
    const penalty = first.cells['proactive.penalty.decisions']
    if (penalty === undefined) throw new Error('no 行政处罚 cell')
    const corrected: ChartReport = {
      ...first,
      cells: {
        ...first.cells,
        'proactive.penalty.decisions': {
          ...penalty,
          value: 6543,
          corrected: { original: penalty.value, at: '2026-01-01T00:00:00Z' },
        },
      },
    }
    render(<ChartsPanel reports={[corrected, ...rest]} width={800} />)
    const note = screen.getByTestId('chart-decisions').querySelector('[data-note="corrected"]')
    expect(note?.textContent).toContain('含用户更正或补录的数值')
    expect(note?.textContent).toContain(first.agency)
    expect(screen.getByTestId('chart-fees').querySelector('[data-note="corrected"]')).toBeNull()
  })

  it('says in the tooltip of an agency the user corrected that it is their correction, and names it in a note', () => {
    const entries = parsedSeedEntries()
    for (const entry of entries) addReport(entry)
    const [first] = entries
    if (!first) throw new Error('no seed')
    const agency = `${first.report.agency}（更正）`
    expect(useDashboardStore.getState().correctIdentity(first.id, agency, first.report.year)).toBeNull()
    const shown = selectEffectiveReports(useDashboardStore.getState()).map((entry) => entry.report)
    render(<ChartsPanel reports={shown} width={800} />)
    const figure = screen.getByTestId('chart-decisions')
    const titles = [...figure.querySelectorAll('.recharts-yAxis-tick-labels title')].map((t) => t.textContent)
    expect(titles.filter((title) => title?.includes('已更正'))).toEqual([`${agency}（机关或年度已更正）`])
    expect(titles).toHaveLength(entries.length)
    expect(figure.querySelector('[data-note="identity"]')?.textContent).toBe(
      `机关或年度经用户更正（不是报告所写）：${agency} ${first.report.year}（机关 原为 ${first.report.agency}）`,
    )
    expect(screen.getByTestId('chart-fees').querySelector('[data-note="identity"]')?.textContent).toContain(
      agency,
    )
  })

  describe('two copies of one report', () => {
    restoreObjectUrlsAfterEach()

    it('are named apart in the notes, on the page and in the export, as their bars are labelled', async () => {
      const zero = reports.find((report) => report.cells['applications.total.total']?.value === 0)
      if (!zero) throw new Error('a real report without applications')
      const { blobs } = recordDownloads()
      render(<ChartsPanel reports={[...reports, zero]} width={800} />)
      const { agency, year } = zero
      const decisions = screen.getByTestId('chart-decisions')
      const ticks = [...decisions.querySelectorAll('.recharts-yAxis-tick-labels title')].map(
        (t) => t.textContent,
      )
      expect(ticks.filter((tick) => tick?.startsWith(agency))).toEqual([agency, `${agency}（2）`])
      const outcomes = screen.getByTestId('chart-outcomes')
      const note = outcomes.querySelector('[data-note="no-applications"]')?.textContent ?? ''
      expect(note).toContain(`${agency} ${year}、${agency} ${year}（2）`)
      await userEvent.click(within(outcomes).getByRole('button', { name: '导出 SVG' }))
      const svg = new DOMParser().parseFromString((await blobs[0]?.text()) ?? '', 'image/svg+xml')
      expect([...svg.querySelectorAll('text')].map((text) => text.textContent).join('')).toContain(note)
    })
  })

  it('names under the chart the bars drawn with a cell the report left blank, counted as 0', () => {
    const path = 'handmade/2021_one_row_other_handling.txt'
    const outcome = readReport(textToDocument(path, readFileSync(join(FIXTURES, path), 'utf8')))
    if (!outcome.ok) throw new Error(outcome.error.message)
    render(<ChartsPanel reports={[outcome.report, ...reports]} width={800} />)
    const note = screen.getByTestId('chart-decisions').querySelector('[data-note="blank"]')
    expect(note?.textContent).toContain('按 0 计')
    expect(note?.textContent).toContain(outcome.report.agency)
    expect(note?.textContent).not.toContain(reports[0]?.agency)
    expect(screen.getByTestId('chart-fees').querySelector('[data-note="blank"]')).toBeNull()
  })

  it('says so when nothing is loaded', () => {
    render(<ChartsPanel reports={[]} width={800} />)
    expect(screen.getByText(/尚未载入报告/)).toBeInTheDocument()
  })
})
