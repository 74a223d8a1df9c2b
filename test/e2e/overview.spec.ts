import { join } from 'node:path'
import {
  columnIndex,
  downloadedBytes,
  dropBytes,
  dropFiles,
  expect,
  fixturesDir,
  openTab,
  openWithSeeds,
  overviewRows,
  readGroundTruth,
  readSeedExpectations,
  renamedSeedCopies,
  rowCell,
  saveScreenshot,
  seedTextPaths,
  shownNumber,
  test,
  WORKBOOK_WORKER_SCRIPT,
} from './helpers'
import type { Page } from '@playwright/test'
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
  // Written off the page's thread, by the app's own module worker.
  expect(page.workers().map((worker) => worker.url())).toContainEqual(
    expect.stringMatching(WORKBOOK_WORKER_SCRIPT),
  )

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

test('导出 Excel still downloads the workbook, written on the page, when its worker cannot start', async ({
  page,
  context,
  guards,
}) => {
  await context.route(WORKBOOK_WORKER_SCRIPT, (route) => route.abort('blockedbyclient'))
  await openWithSeeds(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('年报数据_全部年份.xlsx')
  const { sheets } = readWorkbook(new Uint8Array(await downloadedBytes(download)))
  const agencies = (sheets[0]?.rows ?? []).slice(1).map((row) => row[0])
  expect(agencies.sort()).toEqual(seeds.map((seed) => seed.agency).sort())
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeEnabled()

  // The browser logs the blocked load of the worker's script, which is what this test is about; the page
  // logs nothing, and any other console error still fails it, as in every spec.
  const blockedLoad = 'console.error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT'
  expect(guards.pageErrors.filter((error) => error !== blockedLoad)).toEqual([])
  guards.pageErrors.length = 0
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

test('at 800 px only the table scrolls sideways, the page does not, whatever its cells hide for screen readers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 })
  await page.goto('/')
  // The saved page's 实质公开率 rests on fewer than 30 applications: its cell carries a hidden explanation.
  await dropFiles(page, [...seedTextPaths, join(fixturesDir, 'real/shuyang_fgj_2023_page.html')])
  await expect(page.getByTestId('file-list')).toHaveAttribute('data-read', String(seedTextPaths.length + 1))
  await expect(page.getByTestId('overview-table').locator('.visually-hidden').first()).toBeAttached()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: document.documentElement.clientWidth,
  }))
  expect(widths.page).toBeLessThanOrEqual(widths.window)
})

interface FocusedCell {
  /** The header of the focused cell's column, as shown. */
  column: string
  /** 1-based among all rows of the table, the header row being 1 (aria-rowindex). */
  row: number
  agency: string
  /** Wholly inside the scroller, below the sticky header and right of the sticky columns (or one of them). */
  seen: boolean
}

/** The overview cell holding keyboard focus, and whether a person can see it. */
async function focusedCell(page: Page): Promise<FocusedCell | null> {
  return page.evaluate(() => {
    const cell = document.activeElement?.closest('td')
    const table = cell?.closest('table')
    const row = cell?.closest('tr')
    const scroller = table?.parentElement
    if (!cell || !row || !table || !scroller) return null
    const headers = [...table.querySelectorAll('thead th')]
    const box = cell.getBoundingClientRect()
    const view = scroller.getBoundingClientRect()
    const headBottom = table.querySelector('thead')?.getBoundingClientRect().bottom ?? view.top
    // The checkbox, agency and year stay in view while the rest scrolls under them.
    const sticky = ['sticky-select', 'sticky-agency', 'sticky-year'].some((name) =>
      cell.classList.contains(name),
    )
    const stickyRight = row.querySelector('.sticky-year')?.getBoundingClientRect().right ?? view.left
    const seen =
      box.top >= headBottom - 1 &&
      box.bottom <= view.bottom + 1 &&
      (sticky || (box.left >= stickyRight - 1 && box.right <= view.right + 1))
    return {
      column: (headers[cell.cellIndex]?.textContent ?? '').replace(/[▲▼]/g, '').trim(),
      row: Number(row.getAttribute('aria-rowindex')),
      agency: row.querySelector('.agency-name')?.textContent ?? '',
      seen,
    }
  })
}

/** Where keyboard focus is, relative to the overview table. */
async function whereFocusIs(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement
    const table = document.querySelector('[data-testid="overview-table"]')
    if (!table) return 'no table'
    if (!active || active === document.body) return 'outside the page'
    if (table.contains(active)) return 'in the table'
    return table.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING
      ? 'after the table'
      : 'before the table'
  })
}

test('the table body is one tab stop: arrow keys, Home/End and PageDown move between its cells', async ({
  page,
}) => {
  const copies = renamedSeedCopies(80)
  await page.goto('/')
  await dropBytes(page, copies)
  await expect(page.getByTestId('file-list')).toHaveAttribute('data-read', String(copies.length))
  // Announced as a grid, whose rows are named by their agency and year, counting the rows not rendered.
  const table = page.getByRole('grid', { name: '总览' })
  await expect(table).toHaveAttribute('data-testid', 'overview-table')
  await expect(table).toHaveAttribute('aria-rowcount', String(copies.length + 1))
  await expect(overviewRows(page).first().getByRole('rowheader')).toHaveCount(2)

  // From the last header button, one Tab lands on the first number of the first row.
  await table.getByRole('button', { name: '行政诉讼' }).focus()
  await page.keyboard.press('Tab')
  expect(await focusedCell(page)).toMatchObject({ column: '行政许可', row: 2, seen: true })
  const tabStops = table.locator('tbody').locator('button, input, td').and(page.locator('[tabindex="0"]'))
  await expect(tabStops).toHaveCount(1)
  await expect(
    table.locator('tbody button:not([tabindex="-1"]), tbody input:not([tabindex="-1"])'),
  ).toHaveCount(1)

  await page.keyboard.press('ArrowRight')
  expect(await focusedCell(page)).toMatchObject({ column: '行政处罚', row: 2, seen: true })
  await page.keyboard.press('ArrowDown')
  expect(await focusedCell(page)).toMatchObject({ column: '行政处罚', row: 3, seen: true })
  await page.keyboard.press('End')
  expect(await focusedCell(page)).toMatchObject({ column: '行政诉讼', row: 3, seen: true })
  await page.keyboard.press('Home')
  expect(await focusedCell(page)).toMatchObject({ column: '选择', row: 3, seen: true })
  await page.keyboard.press('Space')
  await expect(page.locator(':focus')).toBeChecked()
  await page.keyboard.press('ArrowRight')
  expect(await focusedCell(page)).toMatchObject({ column: '机关', row: 3, seen: true })
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  // Every cell is reached, 检查 included: in a grid a screen reader reads only where the keys go.
  expect(await focusedCell(page)).toMatchObject({ column: '检查', row: 3, seen: true })
  await expect(page.locator(':focus')).toHaveText(/✓|警告|错误|未读取/)
  await page.keyboard.press('ArrowRight')
  expect(await focusedCell(page)).toMatchObject({ column: '行政许可', row: 3, seen: true })

  // A page is as many rows as a person sees at once.
  const pageRows = await page.evaluate(() => {
    const table = document.querySelector('[data-testid="overview-table"]')
    const view = table?.parentElement?.getBoundingClientRect()
    const headBottom = table?.querySelector('thead')?.getBoundingClientRect().bottom ?? 0
    return [...(table?.querySelectorAll('tbody tr[data-index]') ?? [])].filter((row) => {
      const box = row.getBoundingClientRect()
      return box.top >= headBottom - 1 && box.bottom <= (view?.bottom ?? 0) + 1
    }).length
  })
  expect(pageRows).toBeGreaterThan(3)
  await page.keyboard.press('PageDown')
  expect(await focusedCell(page)).toMatchObject({ column: '行政许可', row: 3 + pageRows, seen: true })

  // The last row is far outside the rendered rows: it is scrolled into view and focused.
  await expect(overviewRows(page).last()).not.toHaveAttribute('aria-rowindex', String(copies.length + 1))
  await page.keyboard.press('Control+End')
  expect(await focusedCell(page)).toMatchObject({ column: '行政诉讼', row: copies.length + 1, seen: true })
  await page.keyboard.press('ArrowUp')
  expect(await focusedCell(page)).toMatchObject({ column: '行政诉讼', row: copies.length, seen: true })

  // Enter does what a click does: the number's source opens, beside the table.
  const opened = await focusedCell(page)
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: '数值来源：行政诉讼' })
  await expect(panel).toContainText(opened?.agency ?? '(no agency)')
  await expect(panel).toBeFocused()

  // The grid is one stop in the page's tab order: Shift+Tab from the panel lands on the number it was
  // opened from, and one Tab from there leaves the table for the panel, which follows it.
  await page.keyboard.press('Shift+Tab')
  expect(await focusedCell(page)).toEqual(opened)
  await page.keyboard.press('Tab')
  expect(await whereFocusIs(page)).toBe('after the table')
  await expect(panel.locator(':focus')).toHaveCount(1)

  // Escape brings focus back to the number; with the panel closed nothing follows the table, so a Tab
  // leaves the page's content altogether.
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  expect(await focusedCell(page)).toEqual(opened)
  await page.keyboard.press('Tab')
  expect(await whereFocusIs(page)).toBe('outside the page')
})

test('the first Tab offers 跳到报告视图, which skips every file and agency to the active view’s tab', async ({
  page,
}) => {
  const copies = renamedSeedCopies(30)
  await page.goto('/')
  await dropBytes(page, copies)
  await expect(page.getByTestId('file-list')).toHaveAttribute('data-read', String(copies.length))
  // A fresh visit with the workspace restored: the keyboard starts at the top of the page.
  await page.reload()
  await expect(overviewRows(page).first()).toBeVisible()
  const skip = page.getByRole('link', { name: '跳到报告视图' })
  await expect(skip).not.toBeInViewport()
  await page.keyboard.press('Tab')
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: '总览' })).toBeFocused()
  expect(new URL(page.url()).hash).toBe('')
  await expect(skip).not.toBeInViewport()

  await openTab(page, '图表')
  await skip.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: '图表' })).toBeFocused()
})
