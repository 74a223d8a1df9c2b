import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ChartReport } from '../../../src/core/compare/chartSeries'
import { ChartsPanel } from '../../../src/features/charts/ChartsPanel'
import { groundTruthReports } from './groundTruthReports'

/** 1,000 reports: the ground-truth reports copied under numbered agency names, over two years. */
function thousandReports(): ChartReport[] {
  const truths = groundTruthReports()
  return Array.from({ length: 1000 }, (_, i) => {
    const truth = truths[i % truths.length]
    if (!truth) throw new Error('no ground truth')
    return { ...truth, agency: `${String(i).padStart(4, '0')}${truth.agency}`, year: 2022 + (i % 2) }
  })
}

describe('ChartsPanel with 1,000 reports', { timeout: 60_000 }, () => {
  it('draws 30 agencies per chart and says how many there are', () => {
    const reports = thousandReports()
    render(<ChartsPanel reports={reports} width={800} />)
    for (const key of ['decisions', 'fees', 'outcomes']) {
      const figure = screen.getByTestId(`chart-${key}`)
      expect(figure.querySelectorAll('.recharts-yAxis-tick-labels title').length, key).toBeLessThanOrEqual(30)
      const note = figure.querySelector('[data-note="top-agencies"]')
      expect(note, key).toBeVisible()
      expect(note?.textContent, key).toMatch(/^按.+显示最大的 30 个机关（共 \d+ 个），未显示的 \d+ 个机关/)
    }
    const decisions = screen.getByTestId('chart-decisions')
    const note = decisions.querySelector('[data-note="top-agencies"]')
    expect(note?.textContent).toMatch(/（共 1000 个），未显示的 970 个机关.*：[^：]+ 等 970 个机关$/)
    expect(note?.textContent?.split('：')[1]?.split('、')).toHaveLength(20)
    expect(decisions.querySelectorAll('.recharts-yAxis-tick-labels title')).toHaveLength(30)
  })

  it('names the agencies left out, which are not drawn', () => {
    const truth = groundTruthReports().find(
      (report) => (report.cells['proactive.licensing.decisions']?.value ?? 0) > 0,
    )
    if (!truth) throw new Error('no ground truth with 行政许可 decisions')
    const licensing = truth.cells['proactive.licensing.decisions']
    if (!licensing) throw new Error('no licensing cell')
    // Agency i has i more 行政许可 decisions than agency 0, so agencies 0–2 are the three smallest.
    const reports = Array.from({ length: 33 }, (_, i) => ({
      ...truth,
      agency: `${String(i).padStart(2, '0')}号${truth.agency}`,
      cells: { ...truth.cells, 'proactive.licensing.decisions': { ...licensing, value: i } },
    }))
    render(<ChartsPanel reports={reports} width={800} />)
    const decisions = screen.getByTestId('chart-decisions')
    const omitted = reports.slice(0, 3).map((report) => report.agency)
    const note = decisions.querySelector('[data-note="top-agencies"]')
    expect(note?.textContent).toBe(
      `按处理决定数量合计显示最大的 30 个机关（共 33 个），未显示的 3 个机关可用筛选查看（按数值从小到大）：${omitted.join('、')}`,
    )
    const drawn = [...decisions.querySelectorAll('.recharts-yAxis-tick-labels title')].map(
      (t) => t.textContent,
    )
    expect(drawn).toHaveLength(30)
    expect(drawn).toContain(reports[3]?.agency)
    for (const agency of omitted) expect(drawn).not.toContain(agency)
  })

  it('names at most 20 reports in a note and counts the rest', () => {
    const legacy = thousandReports().map((report) => ({ ...report, template: 'legacy' as const }))
    render(<ChartsPanel reports={legacy} width={800} />)
    const note = within(screen.getByTestId('chart-decisions')).getByText(/格式不可比/)
    expect(note.textContent).toMatch(/ 等 1000 份报告$/)
    expect(note.textContent?.split('、')).toHaveLength(20)
  })
})
