import { join } from 'node:path'
import {
  columnIndex,
  downloadedBytes,
  dropFiles,
  expect,
  fixturesDir,
  openTab,
  openWithSeeds,
  overviewRows,
  readGroundTruth,
  readSeedExpectations,
  rowCell,
  saveScreenshot,
  seedTextPaths,
  shownNumber,
  test,
} from './helpers'
import { readWorkbook } from '../helpers/readWorkbook'

const seeds = readSeedExpectations()

test('dropping the five seed reports shows one row each with its 行政许可 figure', async ({ page }) => {
  await page.goto('/')
  await dropFiles(page, seedTextPaths)

  const items = page.getByTestId('file-list').getByTestId('file-item')
  await expect(items).toHaveCount(seeds.length)
  await expect(items.and(page.locator('[data-status="read"]'))).toHaveCount(seeds.length)

  const rows = overviewRows(page)
  await expect(rows).toHaveCount(seeds.length)
  const agencyColumn = await columnIndex(page, '机关')
  const yearColumn = await columnIndex(page, '年度')
  const licensingColumn = await columnIndex(page, '行政许可')
  for (const seed of seeds) {
    const row = rows.filter({ hasText: seed.agency })
    await expect(row, `${seed.agency} ${seed.year}`).toHaveCount(1)
    await expect(rowCell(row, agencyColumn)).toContainText(seed.agency)
    await expect(rowCell(row, yearColumn)).toContainText(String(seed.year))
    const licensing = await rowCell(row, licensingColumn).innerText()
    expect(shownNumber(licensing), `${seed.agency} 行政许可`).toBe(
      seed.cells['proactive.licensing.decisions'],
    )
  }

  await saveScreenshot(page, 'overview.png')
})

test('a figure the report left blank shows 0 marked 空, and its chart names it under the bars', async ({
  page,
}) => {
  const path = join(fixturesDir, 'handmade/2021_one_row_other_handling.txt')
  const truth = readGroundTruth(path.replace(/\.txt$/, '.expected.json'))
  await page.goto('/')
  await dropFiles(page, [path, ...seedTextPaths])
  await expect(overviewRows(page)).toHaveCount(seeds.length + 1)
  const row = overviewRows(page).filter({ hasText: truth.agency })
  const penalty = rowCell(row, await columnIndex(page, '行政处罚'))
  await expect(penalty).toHaveText('空0')
  await expect(penalty.locator('[data-blank]')).toHaveAttribute('title', /空白.*按 0 计/)
  const licensing = rowCell(row, await columnIndex(page, '行政许可'))
  await expect(licensing.locator('[data-blank]')).toHaveCount(0)
  for (const seed of seeds) {
    const seedRow = overviewRows(page).filter({ hasText: seed.agency })
    await expect(seedRow.locator('[data-blank]')).toHaveCount(0)
  }
  await openTab(page, '图表')
  const note = page.getByTestId('chart-decisions').locator('[data-note="blank"]')
  await expect(note).toContainText('按 0 计')
  await expect(note).toContainText(truth.agency)
})

test('the 加载示例报告 button loads the five sample reports', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: '加载示例报告' }).click()

  await expect(overviewRows(page)).toHaveCount(seeds.length)
  const items = page.getByTestId('file-list').getByTestId('file-item')
  await expect(items.and(page.locator('[data-status="read"]'))).toHaveCount(seeds.length)
  for (const seed of seeds) await expect(page.getByTestId('overview-table')).toContainText(seed.agency)
})

test('the 2023 year filter leaves only the 2023 reports, and removing its chip restores all', async ({
  page,
}) => {
  await openWithSeeds(page)
  const reports2023 = seeds.filter((seed) => seed.year === 2023)
  expect(reports2023).toHaveLength(3)

  const yearFilter = page.getByTestId('filters').getByRole('group', { name: '年份筛选' })
  const button2023 = yearFilter.getByRole('button', { name: '2023', exact: true })
  await button2023.click()
  await expect(button2023).toHaveAttribute('aria-pressed', 'true')

  const rows = overviewRows(page)
  await expect(rows).toHaveCount(reports2023.length)
  for (const seed of reports2023) await expect(rows.filter({ hasText: seed.agency })).toHaveCount(1)
  for (const seed of seeds.filter((s) => s.year !== 2023)) {
    await expect(rows.filter({ hasText: seed.agency })).toHaveCount(0)
  }

  const chip = page.getByTestId('filter-chip').filter({ hasText: '2023' })
  await expect(chip).toBeVisible()
  await chip.getByRole('button', { name: /^移除筛选/ }).click()
  await expect(rows).toHaveCount(seeds.length)
  await expect(button2023).toHaveAttribute('aria-pressed', 'false')
})

test('导出 CSV downloads a UTF-8 CSV with BOM holding the agencies and exact fees', async ({ page }) => {
  await openWithSeeds(page)
  const xinxiang = seeds.find((seed) => seed.agency === '新乡县城市管理局')
  expect(xinxiang).toBeDefined()
  const fee = String(xinxiang?.cells['proactive.fees.amount'])
  expect(fee).toBe('2221.9632')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.csv$/)

  const csv = await downloadedBytes(download)
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = csv.subarray(3).toString('utf8')
  expect(text).toContain('新乡县城市管理局')
  expect(text).toContain(fee)
  for (const seed of seeds) expect(text).toContain(seed.agency)
})

test('导出 Excel downloads a workbook holding every cell of each report, as filtered', async ({ page }) => {
  await openWithSeeds(page)
  const yearFilter = page.getByTestId('filters').getByRole('group', { name: '年份筛选' })
  await yearFilter.getByRole('button', { name: '2023', exact: true }).click()
  await expect(overviewRows(page)).toHaveCount(seeds.filter((seed) => seed.year === 2023).length)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('年报数据_2023.xlsx')

  const { sheets } = readWorkbook(new Uint8Array(await downloadedBytes(download)))
  expect(sheets.map((sheet) => sheet.name)).toEqual(['总览', '全部单元格', '检查结果', '字段说明', '说明'])
  const [headers = [], ...rows] = sheets[1]?.rows ?? []
  const ids = (sheets[3]?.rows ?? []).slice(1).map((row) => ({ label: row[0], id: String(row[1]) }))
  const shown = seeds.filter((seed) => seed.year === 2023)
  expect(rows.map((row) => row[0]).sort()).toEqual(shown.map((seed) => seed.agency).sort())
  for (const seed of shown) {
    const row = rows.find((candidate) => candidate[0] === seed.agency) ?? []
    for (const { label, id } of ids)
      expect(row[headers.indexOf(label)], `${seed.agency} ${id}`).toBe(seed.cells[id])
  }
})

test('scrolled to the last column, the overview still shows each row’s agency and year', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 })
  await openWithSeeds(page)
  const table = page.getByTestId('overview-table')
  const scroller = table.locator('xpath=..')
  await scroller.evaluate((element) => {
    element.scrollLeft = element.scrollWidth
  })
  const box = await scroller.boundingBox()
  if (box === null) throw new Error('the overview is not shown')
  const lastHeader = table.locator('thead th').last()
  await expect(lastHeader).toBeInViewport()
  for (const name of ['机关', '年度']) {
    const header = table.locator('thead th').filter({ hasText: new RegExp(`^${name}`) })
    const headerBox = await header.boundingBox()
    expect(headerBox, name).not.toBeNull()
    expect(headerBox!.x, `${name} stays at the left edge`).toBeGreaterThanOrEqual(box.x)
    expect(headerBox!.x + headerBox!.width, `${name} stays at the left edge`).toBeLessThan(
      box.x + box.width / 2,
    )
  }
  const row = overviewRows(page).filter({ hasText: seeds[0]!.agency })
  await expect(rowCell(row, await columnIndex(page, '年度'))).toBeInViewport()
  await expect(rowCell(row, await columnIndex(page, '年度'))).toHaveText(String(seeds[0]!.year))
})
