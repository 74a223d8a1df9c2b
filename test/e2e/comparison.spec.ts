import {
  expect,
  openTab,
  openWithSeeds,
  readSeedExpectations,
  saveScreenshot,
  shownNumber,
  test,
} from './helpers'

test('two selected reports sit side by side in 并排对比 with their differing cells marked', async ({
  page,
}) => {
  await openWithSeeds(page)
  const [first, second] = readSeedExpectations().filter((seed) => seed.year === 2023)
  if (!first || !second) throw new Error('the seeds hold at least two 2023 reports')

  await page.getByRole('checkbox', { name: `选择 ${first.agency} ${first.year}` }).check()
  await page.getByRole('checkbox', { name: `选择 ${second.agency} ${second.year}` }).check()
  await openTab(page, '并排对比')

  const panel = page.getByRole('tabpanel')
  await expect(
    panel.getByRole('columnheader', { name: `${first.agency} ${first.year}` }).first(),
  ).toBeVisible()
  await expect(
    panel.getByRole('columnheader', { name: `${second.agency} ${second.year}` }).first(),
  ).toBeVisible()

  // 表二: the 行政许可 figures differ between the two reports (per their ground truth), so both are marked;
  // 规章 本年制发件数 is equal in both, so neither is.
  const licensing = [first, second].map((seed) => seed.cells['proactive.licensing.decisions'])
  expect(licensing[0]).not.toBe(licensing[1])
  const proactive = panel.getByRole('region', { name: /^表二/ })
  const licensingCells = proactive.getByRole('row').filter({ hasText: '行政许可' }).locator('td')
  await expect(licensingCells).toHaveCount(2)
  expect((await licensingCells.allInnerTexts()).map(shownNumber)).toEqual(licensing)
  for (const cell of await licensingCells.all()) await expect(cell).toHaveAttribute('data-diff', 'true')
  expect(first.cells['proactive.rules.issued']).toBe(second.cells['proactive.rules.issued'])
  const rulesIssued = proactive
    .getByRole('row')
    .filter({ hasText: '规章' })
    .filter({ hasText: '制发' })
    .locator('td')
  await expect(rulesIssued).toHaveCount(2)
  await expect(rulesIssued.and(panel.locator('[data-diff="true"]'))).toHaveCount(0)

  // 表三: 25 rows (2021 template, three-row 其他处理) × 7 applicant columns per report.
  const applications = panel.getByRole('region', { name: /^表三/ })
  await expect(applications.locator('tbody tr')).toHaveCount(25)
  await expect(applications.locator('tbody tr').first().locator('td')).toHaveCount(14)
  await expect(panel.getByRole('region', { name: /^表四/ })).toBeVisible()

  await saveScreenshot(panel, 'comparison.png')
})

test('with five reports side by side, 表三 keeps its header rows in view down to its last row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  await openWithSeeds(page)
  const seeds = readSeedExpectations()
  for (const seed of seeds)
    await page.getByRole('checkbox', { name: `选择 ${seed.agency} ${seed.year}` }).check()
  await openTab(page, '并排对比')

  const applications = page.getByRole('tabpanel').getByRole('region', { name: /^表三/ })
  const lastRow = applications.getByRole('row').filter({ hasText: '结转下年度' })
  // A person scrolls the page to the grid, then on down through its rows.
  await applications.locator('.table-scroll').evaluate((grid) => {
    grid.scrollIntoView({ block: 'start' })
    grid.scrollTo(0, grid.scrollHeight)
  })
  await expect(lastRow).toBeInViewport()
  // The first report's heading and the applicant headings under it, above the rows now in view.
  const headerRows = applications.locator('thead tr')
  await expect(headerRows.first().locator('th[scope="colgroup"]').first()).toBeInViewport()
  await expect(headerRows.last().locator('th').first()).toBeInViewport()
})

test('with five reports, only the one differing from the majority is marked, and its row is flagged', async ({
  page,
}) => {
  await openWithSeeds(page)
  const seeds = readSeedExpectations()
  for (const seed of seeds)
    await page.getByRole('checkbox', { name: `选择 ${seed.agency} ${seed.year}` }).check()
  await openTab(page, '并排对比')

  const id = 'proactive.normativeDocs.issued'
  const values = seeds.map((seed) => seed.cells[id])
  // Ground truth: one seed (中牟县) issued normative documents, the other four none.
  expect(values.filter((value) => value !== 0)).toHaveLength(1)
  const proactive = page.getByRole('tabpanel').getByRole('region', { name: /^表二/ })
  const row = proactive.getByRole('row').filter({ hasText: '行政规范性文件' }).filter({ hasText: '制发' })
  const cells = row.locator('td')
  await expect(cells).toHaveCount(seeds.length)
  for (const [index, value] of values.entries()) {
    const cell = cells.nth(index)
    if (value === 0) await expect(cell).not.toHaveAttribute('data-diff')
    else
      await expect(cell).toHaveAttribute(
        'title',
        `与多数报告不同（${seeds.length} 份中 ${seeds.length - 1} 份为 0）`,
      )
  }
  await expect(row.getByRole('rowheader')).toHaveAttribute('data-row-diff', 'true')
})

test('a ticked report the year filter hides is named, and the tab counts what is compared', async ({
  page,
}) => {
  await openWithSeeds(page)
  const seeds = readSeedExpectations()
  const shown = seeds.filter((seed) => seed.year === 2023).slice(0, 2)
  const hidden = seeds.find((seed) => seed.year !== 2023)
  if (shown.length < 2 || !hidden) throw new Error('the seeds hold two 2023 reports and one of another year')
  for (const seed of [...shown, hidden])
    await page.getByRole('checkbox', { name: `选择 ${seed.agency} ${seed.year}` }).check()
  await openTab(page, '并排对比')
  const tab = page.getByRole('tab', { name: '并排对比' })
  const panel = page.getByRole('tabpanel')
  await expect(tab.locator('.tab-badge')).toHaveText('3')
  await expect(panel.getByText('对比 3 份报告')).toBeVisible()

  const yearFilter = page.getByTestId('filters').getByRole('group', { name: '年份筛选' })
  await yearFilter.getByRole('button', { name: '2023', exact: true }).click()
  await expect(panel.getByText('对比 2 份报告')).toBeVisible()
  await expect(tab.locator('.tab-badge')).toHaveText('2')
  await expect(panel.getByTestId('comparison-hidden')).toHaveText(
    `另有 1 份已选报告被当前筛选隐藏，未列入对比：${hidden.agency} ${hidden.year}。取消筛选后重新列入。`,
  )

  await yearFilter.getByRole('button', { name: '2023', exact: true }).click()
  await expect(panel.getByText('对比 3 份报告')).toBeVisible()
  await expect(panel.getByTestId('comparison-hidden')).toHaveCount(0)
})
