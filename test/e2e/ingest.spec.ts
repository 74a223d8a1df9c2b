import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  dropBytes,
  dropFiles,
  expect,
  openWithSeeds,
  overviewRows,
  readSeedExpectations,
  seedNames,
  seedTextPaths,
  test,
} from './helpers'

const seeds = readSeedExpectations()

test('text pasted into 粘贴文本 is read like a dropped file', async ({ page }) => {
  const [seed] = seeds
  const [path] = seedTextPaths
  if (!seed || !path) throw new Error('the seeds are missing')
  await page.goto('/')

  await page.getByRole('button', { name: '粘贴文本' }).click()
  await page.getByRole('textbox', { name: '粘贴报告文本' }).fill(readFileSync(path, 'utf8'))
  await page.getByRole('button', { name: '读取粘贴内容' }).click()

  const rows = overviewRows(page)
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText(seed.agency)
  await expect(rows).toContainText(String(seed.year))
})

test('Ctrl+V anywhere on the page reads the clipboard text', async ({ page }) => {
  const seed = seeds[2]
  const path = seedTextPaths[2]
  if (!seed || !path) throw new Error('the seeds are missing')
  await page.goto('/')
  await expect(page.getByTestId('dropzone')).toBeVisible()

  // A trusted clipboard is not available headless; the paste event carries the text as a real one would.
  await page.evaluate(
    (text: string) => {
      const clipboardData = new DataTransfer()
      clipboardData.setData('text/plain', text)
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      )
    },
    readFileSync(path, 'utf8'),
  )

  await expect(overviewRows(page)).toHaveCount(1)
  await expect(overviewRows(page)).toContainText(seed.agency)
})

test('dropping a report a second time marks it duplicate and keeps one row', async ({ page }) => {
  await openWithSeeds(page)
  const [path] = seedTextPaths
  const [seed] = seeds
  if (!path || !seed) throw new Error('the seeds are missing')

  await dropFiles(page, [path])

  const items = page.getByTestId('file-item').filter({ hasText: seedNames[0] })
  await expect(items).toHaveCount(2)
  const duplicate = items.and(page.locator('[data-status="duplicate"]'))
  await expect(duplicate).toHaveCount(1)
  await expect(duplicate).toBeVisible()
  // Rows skip rendering until scrolled into the list's view (content-visibility: auto), and innerText of a
  // skipped row is empty: a person scrolls to it to read it.
  await duplicate.scrollIntoViewIfNeeded()
  const reason = (await duplicate.innerText()).replace(`${seedNames[0]}.txt`, '')
  expect(reason, 'a reason in Chinese').toMatch(/[\u4e00-\u9fff]/)
  await expect(overviewRows(page)).toHaveCount(seeds.length)
  await expect(overviewRows(page).filter({ hasText: seed.agency })).toHaveCount(1)
})

test('选择文件夹 reads every report inside a folder and its subfolders', async ({ page }, testInfo) => {
  const folder = testInfo.outputPath('年报')
  mkdirSync(join(folder, '2023'), { recursive: true })
  const picked = [0, 1, 3]
  for (const index of picked) {
    const path = seedTextPaths[index]
    if (!path) throw new Error('the seeds are missing')
    const target = index === 3 ? folder : join(folder, '2023')
    copyFileSync(path, join(target, `${seedNames[index]}.txt`))
    // A research folder: the ground truth next to each report, which is no report and is left out.
    copyFileSync(path.replace(/\.txt$/, '.expected.json'), join(target, `${seedNames[index]}.expected.json`))
  }
  await page.goto('/')

  await page.getByLabel('选择文件夹').setInputFiles(folder)

  const rows = overviewRows(page)
  await expect(rows).toHaveCount(picked.length)
  for (const index of picked)
    await expect(rows.filter({ hasText: seeds[index]?.agency ?? '?' })).toHaveCount(1)
  await expect(page.getByTestId('file-item').and(page.locator('[data-status="read"]'))).toHaveCount(
    picked.length,
  )
  await expect(page.getByTestId('file-item')).toHaveCount(picked.length)
})

test('with more than 50 files the file list still shows them, and a failure can be scrolled to', async ({
  page,
}) => {
  await openWithSeeds(page)
  const bytes = readFileSync(seedTextPaths[0] ?? '')
  // 59 copies (duplicates of a loaded report) and, last, a file that is not a report.
  const copies = Array.from({ length: 59 }, (_, i) => ({
    name: `副本${String(i).padStart(2, '0')}.txt`,
    bytes,
  }))
  await dropBytes(page, [
    ...copies,
    { name: '不是年报.txt', bytes: new TextEncoder().encode('今天天气很好。') },
  ])

  const list = page.getByTestId('file-list')
  await expect(list).toHaveAttribute('data-files', '65')
  await expect(list).toHaveAttribute('data-pending', '0')
  const rows = page.getByTestId('file-item')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count(), 'only the rows in view are drawn').toBeLessThan(65)

  await list.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  const failed = rows.filter({ hasText: '不是年报.txt' })
  await expect(failed).toBeVisible()
  await expect(failed).toHaveAttribute('data-status', 'failed')
  await expect(failed.getByTestId('file-message')).toContainText('不是政府信息公开工作年度报告')
})
