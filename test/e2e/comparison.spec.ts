import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  downloadedBytes,
  dropFiles,
  expect,
  fixturesDir,
  openTab,
  openWithSeeds,
  overviewRows,
  readSeedExpectations,
  saveScreenshot,
  seedTextPaths,
  shownNumber,
  test,
  type GroundTruth,
} from './helpers'

/** Loads the seeds, ticks two 2023 reports and opens 并排对比; returns their ground truth. */
async function compareTwo2023Seeds(page: Page): Promise<[GroundTruth, GroundTruth]> {
  await openWithSeeds(page)
  const [first, second] = readSeedExpectations().filter((seed) => seed.year === 2023)
  if (!first || !second) throw new Error('the seeds hold at least two 2023 reports')
  await page.getByRole('checkbox', { name: `选择 ${first.agency} ${first.year}` }).check()
  await page.getByRole('checkbox', { name: `选择 ${second.agency} ${second.year}` }).check()
  await openTab(page, '并排对比')
  return [first, second]
}

/** Loads the seeds, ticks all five and opens 并排对比; returns their ground truth. */
async function compareAllSeeds(page: Page): Promise<GroundTruth[]> {
  await openWithSeeds(page)
  const seeds = readSeedExpectations()
  for (const seed of seeds)
    await page.getByRole('checkbox', { name: `选择 ${seed.agency} ${seed.year}` }).check()
  await openTab(page, '并排对比')
  return seeds
}

test('two selected reports sit side by side in 并排对比 with their differing cells marked', async ({
  page,
}) => {
  const [first, second] = await compareTwo2023Seeds(page)

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

test('导出 CSV in 并排对比 downloads the two reports side by side, their numbers those of the files', async ({
  page,
}) => {
  const [first, second] = await compareTwo2023Seeds(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('tabpanel').getByRole('button', { name: '导出 CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('并排对比_2份报告_2023.csv')
  const bytes = await downloadedBytes(download)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  // No field here needs quoting (no comma or quote in any label or name), so a record splits on commas.
  expect(text).not.toContain('"')
  const [header = [], ...records] = text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','))

  // One column per report, in the order the page shows them, headed by agency, year and scope.
  const shown = await page
    .getByRole('tabpanel')
    .getByRole('region', { name: /^表二/ })
    .locator('thead th[scope="colgroup"]')
    .allInnerTexts()
  const seeds = shown.map((title) => [first, second].find((seed) => `${seed.agency} ${seed.year}` === title))
  expect(header.slice(0, 5)).toEqual(['表', '项目', '栏目', `${shown[0]}（本机关）`, `${shown[1]}（本机关）`])
  // 表二 of the 2021 template (10 rows), 表三 (25 rows × 7 applicant columns), 表四 (3 groups × 5).
  expect(records).toHaveLength(10 + 25 * 7 + 3 * 5)

  // Each report's column holds exactly its file's numbers (the ground truth), and nothing else.
  for (const [index, seed] of seeds.entries()) {
    if (!seed) throw new Error(`column ${shown[index]} is not one of the ticked reports`)
    const column = records.map((record) => record[3 + index] ?? '').filter((field) => field !== '')
    expect(column.map(Number).sort((a, b) => a - b)).toEqual(Object.values(seed.cells).sort((a, b) => a - b))
  }

  // 行政许可 differs (≠), 规章 本年制发 does not, as the page marks them.
  const licensing = records.find((record) => record[1] === '行政许可 · 处理决定数量')
  expect(licensing?.slice(3, 6)).toEqual([
    ...seeds.map((seed) => String(seed?.cells['proactive.licensing.decisions'])),
    '≠',
  ])
  const rulesIssued = records.find((record) => record[1] === '规章 · 本年制发件数')
  expect(rulesIssued?.[5]).toBe('')
})

test('with five reports side by side, 表三 keeps its header rows in view down to its last row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  await compareAllSeeds(page)

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

test('with five reports, 表三 says more lie to the right and scrolls sideways from the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  await compareAllSeeds(page)

  const applications = page.getByRole('tabpanel').getByRole('region', { name: /^表三/ })
  const box = applications.getByRole('group', { name: '表三 收到和处理政府信息公开申请情况（可左右滚动）' })
  const hint = applications.getByTestId('sideways-scroll-hint')
  await box.scrollIntoViewIfNeeded()
  // 35 number columns do not fit in 1,280 px: the line above the box says where the rest are.
  await expect(hint).toBeVisible()
  await expect(hint).toHaveText('向右滚动查看其余报告 →')
  await expect(box).toHaveAccessibleDescription('向右滚动查看其余报告 →')
  await expect(box.locator('xpath=..')).toHaveAttribute('data-more-right', 'true')
  const lastBlock = applications.locator('thead th[scope="colgroup"]').last()
  await expect(lastBlock).not.toBeInViewport()

  // A keyboard user tabs to the box and scrolls it with the arrow keys.
  await box.focus()
  await expect(box).toBeFocused()
  const scrolled = () => box.evaluate((element) => element.scrollLeft)
  await page.keyboard.press('ArrowRight')
  await expect.poll(scrolled).toBeGreaterThan(0)
  await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }))
  await expect(hint).toHaveText('← 向左滚动查看前面的报告')
  await expect(box.locator('xpath=..')).not.toHaveAttribute('data-more-right')
  await expect(lastBlock).toBeInViewport()

  // 表二 has one column per report: five fit, so it says nothing and is no stop for the Tab key.
  const proactive = page.getByRole('tabpanel').getByRole('region', { name: /^表二/ })
  await expect(proactive.getByTestId('sideways-scroll-hint')).toHaveCount(0)
  await expect(proactive.getByRole('group')).not.toHaveAttribute('tabindex')
})

test('with five reports, only the one differing from the majority is marked, and its row is flagged', async ({
  page,
}) => {
  const seeds = await compareAllSeeds(page)

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

test('two copies of one report compared are headed apart by their files, on the page and in the CSV', async ({
  page,
}) => {
  const [seed] = readSeedExpectations()
  const text = seedTextPaths[0]
  if (!seed || !text) throw new Error('no seed')
  // The seed's text and the same report saved as a web page: one agency and year, two files.
  const html = join(fixturesDir, 'generated/html/000_7bba39e252e1dfbf.html')
  await page.goto('/')
  await dropFiles(page, [text, html])
  await expect(overviewRows(page)).toHaveCount(2)
  const ticks = page.getByRole('checkbox', { name: `选择 ${seed.agency} ${seed.year}` })
  await expect(ticks).toHaveCount(2)
  for (const tick of await ticks.all()) await tick.check()
  await openTab(page, '并排对比')

  const panel = page.getByRole('tabpanel')
  const title = `${seed.agency} ${seed.year}`
  const expected = [basename(text), basename(html)].map((file) => `${title}（${file}）`)
  for (const name of [/^表二/, /^表三/, /^表四/]) {
    const headings = await panel
      .getByRole('region', { name })
      .locator('thead th[scope="colgroup"]')
      .allInnerTexts()
    expect([...headings].sort()).toEqual([...expected].sort())
  }
  const shown = await panel
    .getByRole('region', { name: /^表二/ })
    .locator('thead th[scope="colgroup"]')
    .allInnerTexts()

  const downloading = page.waitForEvent('download')
  await panel.getByRole('button', { name: '导出 CSV' }).click()
  const bytes = await downloadedBytes(await downloading)
  const [headerLine = ''] = bytes.subarray(3).toString('utf8').split('\r\n')
  const header = headerLine.split(',')
  expect(new Set(header).size, headerLine).toBe(header.length)
  expect(header.slice(3, 5)).toEqual(shown.map((heading) => `${heading}（本机关）`))
})
