import {
  columnIndex,
  expect,
  openTab,
  openWithSeeds,
  overviewRows,
  readSeedExpectations,
  test,
} from './helpers'

const seeds = readSeedExpectations()

test('the agency search narrows the list, a ticked agency filters every view, 重置筛选 clears it', async ({
  page,
}) => {
  await openWithSeeds(page)
  const filters = page.getByTestId('filters')
  const cityManagement = seeds.filter((seed) => seed.agency.includes('城市管理局'))
  expect(cityManagement.length).toBeGreaterThan(1)

  await filters.getByLabel('搜索机关', { exact: true }).fill('城市管理局')
  for (const seed of seeds) {
    const option = filters.getByRole('checkbox', { name: seed.agency, exact: true })
    await expect(option, seed.agency).toHaveCount(cityManagement.includes(seed) ? 1 : 0)
  }

  const [chosen] = cityManagement
  if (!chosen) throw new Error('no 城市管理局 seed')
  await filters.getByRole('checkbox', { name: chosen.agency, exact: true }).check()
  await expect(overviewRows(page)).toHaveCount(1)
  await expect(overviewRows(page)).toContainText(chosen.agency)
  await expect(page.getByTestId('filter-chip').filter({ hasText: chosen.agency })).toBeVisible()

  // Filters apply to every view: the charts show only the chosen agency.
  await openTab(page, '图表')
  const decisions = page.getByTestId('chart-decisions')
  await expect(decisions).toContainText(chosen.agency)
  for (const other of seeds.filter((seed) => seed.agency !== chosen.agency)) {
    await expect(decisions).not.toContainText(other.agency)
  }

  await filters.getByRole('button', { name: '重置筛选' }).click()
  await expect(page.getByTestId('filter-chip')).toHaveCount(0)
  // The search text goes too, so the list is whole again.
  await expect(filters.getByLabel('搜索机关', { exact: true })).toHaveValue('')
  await expect(filters.getByRole('list', { name: '机关列表' }).getByRole('checkbox')).toHaveCount(
    seeds.length,
  )
  await openTab(page, '总览')
  await expect(overviewRows(page)).toHaveCount(seeds.length)
})

test('the 列 menu hides and shows an overview column', async ({ page }) => {
  await openWithSeeds(page)
  const table = page.getByTestId('overview-table')
  await expect(table.getByRole('columnheader', { name: /^行政处罚/ })).toBeVisible()
  const before = await columnIndex(page, '行政强制')

  await page.getByRole('button', { name: '列', exact: true }).click()
  const toggle = page.getByRole('checkbox', { name: '行政处罚', exact: true })
  await expect(toggle).toBeChecked()
  await toggle.uncheck()

  await expect(table.getByRole('columnheader', { name: /^行政处罚/ })).toHaveCount(0)
  expect(await columnIndex(page, '行政强制')).toBe(before - 1)

  await toggle.check()
  await expect(table.getByRole('columnheader', { name: /^行政处罚/ })).toBeVisible()
})
