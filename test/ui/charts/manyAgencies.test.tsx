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
      expect(
        within(figure).getByText(/^仅显示前 30 个机关（共 \d+ 个），可用筛选查看其他机关$/),
      ).toBeVisible()
    }
    const decisions = screen.getByTestId('chart-decisions')
    expect(
      within(decisions).getByText('仅显示前 30 个机关（共 1000 个），可用筛选查看其他机关'),
    ).toBeVisible()
    expect(decisions.querySelectorAll('.recharts-yAxis-tick-labels title')).toHaveLength(30)
  })

  it('names at most 20 reports in a note and counts the rest', () => {
    const legacy = thousandReports().map((report) => ({ ...report, template: 'legacy' as const }))
    render(<ChartsPanel reports={legacy} width={800} />)
    const note = within(screen.getByTestId('chart-decisions')).getByText(/格式不可比/)
    expect(note.textContent).toMatch(/ 等 1000 份报告$/)
    expect(note.textContent?.split('、')).toHaveLength(20)
  })
})
