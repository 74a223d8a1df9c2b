import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { OverviewView } from '../../../src/features/overview/OverviewView'
import { addReport, selectFilteredReports, useDashboardStore } from '../../../src/store'
import { expectedSeedEntries } from '../store/expectedReports'

describe('a view with no report to show', () => {
  it('asks to load reports when none is loaded', () => {
    render(<OverviewView />)
    expect(screen.getByText(/尚无报告。请把年报文件拖到上方/)).toBeInTheDocument()
    expect(screen.queryByTestId('filtered-empty')).toBeNull()
  })

  it('says the filters hide every loaded report, and 重置筛选 brings them back', async () => {
    const user = userEvent.setup()
    for (const entry of expectedSeedEntries()) addReport(entry)
    act(() => {
      useDashboardStore.getState().toggleAgency('卫辉市城市管理局')
      useDashboardStore.getState().toggleYear(2023)
    })
    render(<OverviewView />)
    expect(screen.getByTestId('filtered-empty')).toHaveTextContent('当前筛选条件下没有报告（已载入 5 份）')
    expect(screen.queryByText(/请把年报文件拖到上方/)).toBeNull()
    await user.click(screen.getByRole('button', { name: '重置筛选' }))
    expect(selectFilteredReports(useDashboardStore.getState())).toHaveLength(5)
  })
})
