import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
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
  readSeedExpectations,
  rowCell,
  saveScreenshot,
  seedTextPaths,
  shownNumber,
  test,
} from './helpers'

async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved')
}

/** Every overview row's text, sorted: the visible workspace, independent of the table's sort order. */
async function overviewSnapshot(page: Page): Promise<string[]> {
  const texts = await overviewRows(page).allInnerTexts()
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).sort()
}

/** Corrects the 新收申请 figure of a report's overview row through the provenance panel. */
async function correctReceived(page: Page, agency: string, value: number): Promise<void> {
  const column = await columnIndex(page, '新收申请')
  const row = overviewRows(page).filter({ hasText: agency })
  await rowCell(row, column).getByRole('button').click()
  const panel = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: '关闭来源面板' }) })
  await panel.getByRole('textbox', { name: /^更正/ }).first().fill(String(value))
  await panel.getByRole('button', { name: '保存更正' }).first().click()
  await expect(rowCell(row, column)).toContainText(String(value))
  await panel.getByRole('button', { name: '关闭来源面板' }).click()
}

test('a correction, an alias and the filters are still there after a reload', async ({ page }) => {
  const [seed] = readSeedExpectations()
  if (!seed) throw new Error('no seed')
  await openWithSeeds(page)
  const column = await columnIndex(page, '新收申请')
  const row = overviewRows(page).filter({ hasText: seed.agency })
  const before = shownNumber(await rowCell(row, column).innerText())
  expect(before).toBe(seed.cells['applications.received.total'])
  const corrected = (before ?? 0) + 5
  await correctReceived(page, seed.agency, corrected)
  await expect(rowCell(row, column)).toContainText('已更正')

  await page.getByRole('button', { name: /^机关别名/ }).click()
  await page.getByLabel('别名', { exact: true }).fill('示例县发改局')
  await page.getByLabel('规范名称').fill('示例县发展和改革局')
  await page.getByRole('button', { name: '添加别名' }).click()
  await page
    .getByRole('group', { name: '年份筛选' })
    .getByRole('button', { name: String(seed.year) })
    .click()
  const visible = await overviewSnapshot(page)
  await waitUntilSaved(page)

  await page.reload()
  await expect(overviewRows(page)).toHaveCount(visible.length)
  expect(await overviewSnapshot(page)).toEqual(visible)
  const restoredRow = overviewRows(page).filter({ hasText: seed.agency })
  expect(shownNumber(await rowCell(restoredRow, column).innerText())).toBe(corrected)
  await expect(rowCell(restoredRow, column)).toContainText('已更正')
  await expect(page.getByTestId('filter-chip')).toHaveCount(1)
  await page.getByRole('button', { name: /^机关别名/ }).click()
  await expect(page.getByTestId('alias-row')).toHaveText([/示例县发改局\s*示例县发展和改革局/])
  // The file list comes back too, each file still read.
  await expect(page.getByTestId('file-item')).toHaveCount(seedTextPaths.length)
})

test('two forms of one report are shown side by side and the user keeps one', async ({ page }) => {
  const [seed] = readSeedExpectations()
  if (!seed) throw new Error('no seed')
  const text = seedTextPaths[0] ?? ''
  const html = join(fixturesDir, 'generated/html/000_7bba39e252e1dfbf.html')
  await page.goto('/')
  await dropFiles(page, [text, html])
  await expect(overviewRows(page)).toHaveCount(2)
  const notice = page.getByTestId('duplicates-notice')
  await expect(notice).toContainText(`${seed.agency} ${seed.year}`)

  await notice.getByRole('button', { name: '处理重复报告' }).click()
  const dialog = page.getByRole('dialog', { name: /^重复报告/ })
  await expect(dialog.getByTestId('duplicate-group')).toContainText('000_7bba39e252e1dfbf.txt')
  await expect(dialog.getByTestId('duplicate-group')).toContainText('000_7bba39e252e1dfbf.html')
  await saveScreenshot(page, 'duplicates.png')
  await dialog.getByRole('button', { name: '保留 000_7bba39e252e1dfbf.html' }).click()

  await expect(dialog).toBeHidden()
  await expect(notice).toBeHidden()
  await expect(overviewRows(page)).toHaveCount(1)
  const removed = page.getByTestId('file-item').filter({ hasText: '000_7bba39e252e1dfbf.txt' })
  await expect(removed).toHaveAttribute('data-status', 'duplicate')
  await expect(removed).toContainText('000_7bba39e252e1dfbf.html')
  // The choice survives a reload.
  await waitUntilSaved(page)
  await page.reload()
  await expect(overviewRows(page)).toHaveCount(1)
  await expect(page.getByTestId('duplicates-notice')).toBeHidden()
})

test('the duplicates dialog keeps keyboard focus until Escape closes it', async ({ page }) => {
  const text = seedTextPaths[0] ?? ''
  const html = join(fixturesDir, 'generated/html/000_7bba39e252e1dfbf.html')
  await page.goto('/')
  await dropFiles(page, [text, html])
  await expect(overviewRows(page)).toHaveCount(2)
  const opener = page.getByTestId('duplicates-notice').getByRole('button', { name: '处理重复报告' })
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: /^重复报告/ })
  await expect(dialog).toBeFocused()

  // Past the last button Tab comes back to the first, never to the filters under the backdrop.
  const order = ['保留 000_7bba39e252e1dfbf.txt', '保留 000_7bba39e252e1dfbf.html', '稍后处理']
  for (const name of [...order, ...order]) {
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('button', { name })).toBeFocused()
  }
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: order[1] })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button', { name: order[2] })).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
  await expect(page.getByTestId('filter-chip')).toHaveCount(0)
  await expect(overviewRows(page)).toHaveCount(2)
})

/** Each line of the file list: its name, status and message, as a person reads them. */
async function fileLines(page: Page): Promise<string[][]> {
  const items = page.getByTestId('file-item')
  const lines: string[][] = []
  for (const item of await items.all()) {
    await item.scrollIntoViewIfNeeded()
    const message = item.getByTestId('file-message')
    lines.push([
      await item.locator('.ingest-file__name').innerText(),
      (await item.getAttribute('data-status')) ?? '',
      (await message.count()) > 0 ? await message.innerText() : '',
    ])
  }
  return lines
}

test('export the workspace, clear it, import it: the same workspace comes back', async ({ page }) => {
  const [seed, second] = readSeedExpectations()
  const [seedPath] = seedTextPaths
  if (!seed || !second || !seedPath) throw new Error('no seeds')
  await openWithSeeds(page)
  // A file that fails and a copy of a loaded report: their lines are part of what the user saw.
  await dropBytes(page, [
    { name: '扫描件.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]) },
  ])
  await dropFiles(page, [seedPath])
  const fileList = page.getByRole('region', { name: '已添加的文件' })
  const summary = `共 ${seedTextPaths.length + 2} 个文件，已读取 ${seedTextPaths.length}，失败 1，重复 1`
  await expect(fileList.getByText(summary)).toBeVisible()
  const linesBefore = await fileLines(page)
  const column = await columnIndex(page, '新收申请')
  const corrected = (seed.cells['applications.received.total'] ?? 0) + 11
  await correctReceived(page, seed.agency, corrected)
  const before = await overviewSnapshot(page)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出工作区' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^政府信息公开年报工作区_\d{4}-\d{2}-\d{2}\.json$/)
  const path = await download.path()
  const exported = JSON.parse(readFileSync(path, 'utf8')) as {
    reports: { report: { document: { lines: unknown[] } } }[]
    corrections: { cellId: string; new: number }[]
  }
  expect(exported.reports).toHaveLength(seedTextPaths.length)
  expect(exported.reports.every((entry) => entry.report.document.lines.length > 0)).toBe(true)
  expect(exported.corrections).toEqual([
    expect.objectContaining({ cellId: 'applications.received.total', new: corrected }),
  ])

  await page.getByRole('button', { name: '清空' }).click()
  const confirm = page.getByRole('alertdialog', { name: '清空工作区？' })
  await confirm.getByRole('button', { name: '确认清空' }).click()
  await expect(overviewRows(page)).toHaveCount(0)
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved')
  await expect(overviewRows(page)).toHaveCount(0)

  await page.getByLabel('选择工作区文件').setInputFiles(path)
  await expect(overviewRows(page)).toHaveCount(seedTextPaths.length)
  expect(await overviewSnapshot(page)).toEqual(before)
  // The file list is the one exported, failed and duplicate lines included; the lines whose reports the
  // import brought back say where they came from.
  await expect(fileList.getByText(summary)).toBeVisible()
  // Playwright keeps a download under a name of its own: that file is the one imported.
  const note = `来自导入的工作区文件 ${basename(path)}`
  expect(await fileLines(page)).toEqual(
    linesBefore.map(([name = '', status = '', message = '']) => [
      name,
      status,
      status === 'read' ? [note, message].filter(Boolean).join('；') : message,
    ]),
  )
  await fileList.screenshot({ path: '/tmp/uiitems-look-files.png' })
  const row = overviewRows(page).filter({ hasText: seed.agency })
  expect(shownNumber(await rowCell(row, column).innerText())).toBe(corrected)
  await expect(rowCell(row, column)).toContainText('已更正')
})

test('a full storage is reported to the user, not swallowed', async ({ page, baseURL }) => {
  await page.goto('/')
  const cdp = await page.context().newCDPSession(page)
  // A quota far below one report with its source text.
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL ?? '').origin,
    quotaSize: 2_000,
  })
  await dropFiles(page, seedTextPaths)
  await expect(overviewRows(page)).toHaveCount(seedTextPaths.length)
  const alert = page.getByTestId('storage-error')
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('浏览器存储空间已满')
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'failed')
})

test('a report removed from the file list stays removed after a reload', async ({ page }) => {
  const [gone, ...kept] = readSeedExpectations()
  const goneFile = seedTextPaths[0]?.split('/').pop()
  if (!gone || !goneFile) throw new Error('no seed')
  await openWithSeeds(page)
  await page.getByRole('button', { name: `移除 ${goneFile}` }).click()
  const dialog = page.getByRole('alertdialog', { name: `移除 ${goneFile}？` })
  await expect(dialog).toContainText(gone.agency)
  await dialog.getByRole('button', { name: '确认移除' }).click()

  await expect(overviewRows(page)).toHaveCount(kept.length)
  await expect(overviewRows(page).filter({ hasText: gone.agency })).toHaveCount(0)
  await expect(page.getByTestId('file-item')).toHaveCount(kept.length)
  const visible = await overviewSnapshot(page)
  await waitUntilSaved(page)

  await page.reload()
  await expect(overviewRows(page)).toHaveCount(kept.length)
  expect(await overviewSnapshot(page)).toEqual(visible)
  await expect(page.getByTestId('file-item')).toHaveCount(kept.length)
  await expect(page.getByRole('button', { name: `移除 ${goneFile}` })).toHaveCount(0)
})

test('from the keyboard, 移除此报告 in the source panel and 撤销 in 更正记录 leave focus on what took their place', async ({
  page,
}) => {
  await openWithSeeds(page)
  const column = await columnIndex(page, '新收申请')
  const agencyColumn = await columnIndex(page, '机关')
  const agencies = await Promise.all(
    (await overviewRows(page).all()).map(async (row) =>
      (await rowCell(row, agencyColumn).innerText()).trim(),
    ),
  )
  const [first, gone, next] = agencies
  if (!first || !gone || !next) throw new Error('fewer than three rows')
  for (const agency of [first, next]) {
    const shown = shownNumber(
      await rowCell(overviewRows(page).filter({ hasText: agency }), column).innerText(),
    )
    await correctReceived(page, agency, (shown ?? 0) + 1)
  }

  // 移除此报告 → 确认移除 in the panel opened from the second row's number.
  await rowCell(overviewRows(page).nth(1), column).getByRole('button').focus()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: '数值来源：新收申请' })
  await expect(panel).toBeFocused()
  await panel.getByRole('button', { name: /^移除此报告/ }).focus()
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('alertdialog', { name: /^移除 / })
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(panel).toBeHidden()
  await expect(overviewRows(page)).toHaveCount(agencies.length - 1)
  // The row below moved up into its place: focus is on its 新收申请.
  const moved = overviewRows(page).nth(1)
  await expect(moved).toContainText(next)
  await expect(rowCell(moved, column).getByRole('button')).toBeFocused()

  // 撤销 in 更正记录: the next 撤销, then, with none left, the line saying what was undone.
  await openTab(page, '检查')
  const log = page.getByTestId('corrections-log')
  await log.locator('summary').focus()
  await page.keyboard.press('Enter')
  const undo = log.getByRole('button', { name: /^撤销：/ })
  await expect(undo).toHaveCount(2)
  await undo.first().focus()
  await page.keyboard.press('Enter')
  await expect(undo).toHaveCount(1)
  await expect(undo).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(log).toBeHidden()
  const status = page.getByRole('tabpanel').getByRole('status')
  await expect(status).toBeFocused()
  await expect(status).toContainText('已撤销对“')
})

test('a year set for a report whose title has none is flagged, exported and still there after a reload', async ({
  page,
}) => {
  const [seed] = readSeedExpectations()
  if (!seed) throw new Error('no seed')
  const path = seedTextPaths[0] ?? ''
  const text = readFileSync(path, 'utf8')
  const title = `${seed.agency} ${seed.year} 年政府信息公开工作年度 报告`
  expect(text).toContain(title)
  await page.goto('/')
  await dropBytes(page, [
    {
      name: '年度报告.txt',
      bytes: new TextEncoder().encode(text.replace(title, `${seed.agency}政府信息公开工作年度报告`)),
    },
  ])
  await expect(overviewRows(page)).toHaveCount(1, { timeout: 45_000 })
  const yearColumn = await columnIndex(page, '年度')
  await expect(rowCell(overviewRows(page).first(), yearColumn)).toHaveText('未识别')

  await openTab(page, '检查')
  const findings = page.getByRole('region', { name: `${seed.agency}（年度未识别）` })
  await findings.getByRole('button', { name: /更正机关或年度/ }).click()
  await findings.getByRole('textbox', { name: '年度', exact: true }).fill(String(seed.year))
  await findings.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('corrections-log')).toContainText('更正记录（1 处）')

  await openTab(page, '总览')
  const row = overviewRows(page).first()
  await expect(rowCell(row, yearColumn)).toHaveText(`${seed.year}已更正`)
  // The source panel of any of its numbers names the report with the same flag beside the year.
  const received = await columnIndex(page, '新收申请')
  await rowCell(row, received).locator('button.inspect-button').click()
  const panel = page.getByRole('dialog', { name: '数值来源：新收申请' })
  await expect(panel.getByTestId('source-report')).toContainText(`${seed.agency} ${seed.year}已更正`)
  await expect(panel.getByTestId('source-report').locator('[data-corrected="true"]')).toHaveAttribute(
    'title',
    /^已更正：读取结果为 未识别，更正于 /,
  )
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV' }).click()
  const csv = (await downloadedBytes(await downloading)).subarray(3).toString('utf8')
  const [header, record] = csv.split('\r\n')
  const fields = (line: string | undefined) => (line ?? '').split(',')
  const at = (name: string) => fields(record)[fields(header).indexOf(name)]
  expect([at('年度'), at('已更正')]).toEqual([String(seed.year), '年度 原为 未识别'])
  await waitUntilSaved(page)

  await page.reload()
  await expect(rowCell(overviewRows(page).first(), yearColumn)).toHaveText(`${seed.year}已更正`)
})
