import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FiltersBar } from '../../../src/features/filters/FiltersBar'
import { addReport, selectFilteredReports, useDashboardStore } from '../../../src/store'
import { expectedSeedEntries } from '../store/expectedReports'

function loadSeeds(): void {
  for (const entry of expectedSeedEntries()) addReport(entry)
}

function filteredAgencies(): string[] {
  return selectFilteredReports(useDashboardStore.getState())
    .map((loaded) => loaded.report.agency)
    .sort()
}

describe('FiltersBar', () => {
  it('offers one pressed/unpressed button per loaded year; 2023 keeps three reports', async () => {
    const user = userEvent.setup()
    loadSeeds()
    render(<FiltersBar />)
    const years = within(screen.getByRole('group', { name: '年份筛选' }))
    expect(years.getAllByRole('button').map((b) => b.textContent)).toEqual(['2021', '2023', '2024'])
    const button2023 = years.getByRole('button', { name: '2023' })
    expect(button2023).toHaveAttribute('aria-pressed', 'false')
    await user.click(button2023)
    expect(button2023).toHaveAttribute('aria-pressed', 'true')
    expect(filteredAgencies()).toEqual(
      ['中牟县人民政府办公室', '城乡一体化示范区党政办公室', '新乡县城市管理局'].sort(),
    )
  })

  it('names a year the reader did not find 未识别, on its button and its chip', async () => {
    const user = userEvent.setup()
    const [first, ...rest] = expectedSeedEntries()
    if (first === undefined) throw new Error('seeds')
    for (const entry of [{ ...first, report: { ...first.report, year: 0 } }, ...rest]) addReport(entry)
    render(<FiltersBar />)
    const years = within(screen.getByRole('group', { name: '年份筛选' }))
    expect(years.getAllByRole('button').map((b) => b.textContent)).toEqual(['2021', '2023', '2024', '未识别'])
    await user.click(years.getByRole('button', { name: '未识别' }))
    expect(filteredAgencies()).toEqual([first.report.agency])
    expect(screen.getByRole('button', { name: /^移除筛选.*未识别/ })).toBeInTheDocument()
  })

  it('the agency search narrows the checkbox list; ticking one filters to it and shows a chip', async () => {
    const user = userEvent.setup()
    loadSeeds()
    render(<FiltersBar />)
    expect(within(screen.getByRole('list', { name: '机关列表' })).getAllByRole('checkbox')).toHaveLength(5)
    await user.type(screen.getByRole('searchbox', { name: '搜索机关' }), '城市 管理')
    const options = within(screen.getByRole('list', { name: '机关列表' })).getAllByRole('checkbox')
    expect(options).toHaveLength(3)
    await user.click(screen.getByRole('checkbox', { name: '卫辉市城市管理局' }))
    expect(filteredAgencies()).toEqual(['卫辉市城市管理局'])
    const chip = screen.getByTestId('filter-chip')
    expect(chip).toHaveTextContent('卫辉市城市管理局')
  })

  it('a chip removes its own filter; 重置筛选 removes all', async () => {
    const user = userEvent.setup()
    loadSeeds()
    render(<FiltersBar />)
    await user.click(screen.getByRole('button', { name: '2023' }))
    await user.click(screen.getByRole('button', { name: '2024' }))
    await user.click(screen.getByRole('checkbox', { name: '新乡县城市管理局' }))
    expect(screen.getAllByTestId('filter-chip')).toHaveLength(3)
    await user.click(screen.getByRole('button', { name: '移除筛选 2023' }))
    expect(useDashboardStore.getState().filters).toEqual({
      agencies: ['新乡县城市管理局'],
      years: [2024],
      onlyProblems: false,
    })
    expect(filteredAgencies()).toEqual([])
    await user.click(screen.getByRole('button', { name: '重置筛选' }))
    expect(screen.queryAllByTestId('filter-chip')).toHaveLength(0)
    expect(filteredAgencies()).toHaveLength(5)
  })

  it('the agency search filters nothing until applied; Enter selects every matching agency', async () => {
    const user = userEvent.setup()
    loadSeeds()
    const cityAgencies = expectedSeedEntries()
      .map((entry) => entry.report.agency)
      .filter((agency) => agency.includes('城市'))
      .sort()
    expect(cityAgencies.length).toBeGreaterThan(1)
    render(<FiltersBar />)
    const search = screen.getByRole('searchbox', { name: '搜索机关' })
    await user.type(search, '城市')
    // Typing narrows the list and says so, but every report still passes.
    expect(search).toHaveAccessibleDescription(/搜索只缩小下方列表，不筛选报告/)
    expect(filteredAgencies()).toHaveLength(5)
    expect(screen.getByRole('button', { name: `选中匹配的 ${cityAgencies.length} 个机关` })).toBeEnabled()

    await user.keyboard('{Enter}')
    expect(filteredAgencies()).toEqual(cityAgencies)
    expect(screen.getAllByTestId('filter-chip')).toHaveLength(cityAgencies.length)
    // Applied: the box is empty again and the list shows every agency, the chosen ones ticked.
    expect(search).toHaveValue('')
    const checkboxes = within(screen.getByRole('list', { name: '机关列表' })).getAllByRole('checkbox')
    expect(checkboxes).toHaveLength(5)
    expect(checkboxes.filter((box) => (box as HTMLInputElement).checked)).toHaveLength(cityAgencies.length)
  })

  it('the button selects the matches; once all are chosen it says so', async () => {
    const user = userEvent.setup()
    loadSeeds()
    render(<FiltersBar />)
    await user.type(screen.getByRole('searchbox', { name: '搜索机关' }), '卫辉')
    await user.click(screen.getByRole('button', { name: '选中匹配的 1 个机关' }))
    expect(filteredAgencies()).toEqual(['卫辉市城市管理局'])
    await user.type(screen.getByRole('searchbox', { name: '搜索机关' }), '卫辉')
    expect(screen.getByRole('button', { name: '匹配的 1 个机关均已选中' })).toBeDisabled()
  })

  it('重置筛选 empties the agency search as well, so the whole list shows again', async () => {
    const user = userEvent.setup()
    loadSeeds()
    render(<FiltersBar />)
    const search = screen.getByRole('searchbox', { name: '搜索机关' })
    await user.type(search, '中牟')
    expect(within(screen.getByRole('list', { name: '机关列表' })).getAllByRole('checkbox')).toHaveLength(1)
    // Only text in the box, no filter: 重置筛选 still has something to reset.
    await user.click(screen.getByRole('button', { name: '重置筛选' }))
    expect(search).toHaveValue('')
    expect(within(screen.getByRole('list', { name: '机关列表' })).getAllByRole('checkbox')).toHaveLength(5)
    expect(screen.getByRole('button', { name: '重置筛选' })).toBeDisabled()
  })

  it('lists numbered agencies by number, not as text', () => {
    const numbered = ['第100号办公室', '第10号办公室', '第2号办公室', '第1号办公室', '乙局']
    expectedSeedEntries().forEach((entry, index) =>
      addReport({ ...entry, report: { ...entry.report, agency: numbered[index] ?? entry.report.agency } }),
    )
    render(<FiltersBar />)
    const names = within(screen.getByRole('list', { name: '机关列表' }))
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent)
    expect(names.filter((name) => name?.startsWith('第'))).toEqual([
      '第1号办公室',
      '第2号办公室',
      '第10号办公室',
      '第100号办公室',
    ])
  })
})
