import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import {
  columnIndex,
  dropFiles,
  expect,
  fixturesDir,
  overviewRows,
  readGroundTruth,
  rowCell,
  test,
  WORKBOOK_WORKER_SCRIPT,
} from './helpers'

const realPdf = readGroundTruth(join(fixturesDir, 'real', 'hongze_district_gov_2023.expected.json'))
const realPdfPath = join(fixturesDir, 'real', realPdf.file)

/** pdf.js's own chunk (assets/pdf-<hash>.js), the last code a parse worker loads when it warms up. */
const PDFJS_CHUNK = /\/assets\/pdf-[\w-]+\.js$/

/**
 * Opens the page and waits until every parse worker has loaded pdf.js ahead of any file, and the workbook
 * worker its script. The page starts one parse worker per core, up to four (parseWorkerCount).
 */
async function openAndWaitForWarmWorkers(page: Page, context: BrowserContext): Promise<void> {
  let loaded = 0
  let workbookWorkerLoaded = false
  context.on('requestfinished', (request) => {
    if (PDFJS_CHUNK.test(request.url())) loaded++
    if (WORKBOOK_WORKER_SCRIPT.test(request.url())) workbookWorkerLoaded = true
  })
  await page.goto('/')
  const cores = await page.evaluate(() => navigator.hardwareConcurrency)
  const workers = Math.max(1, Math.min(4, cores))
  await expect.poll(() => loaded, { timeout: 20_000 }).toBe(workers)
  await expect.poll(() => workbookWorkerLoaded, { timeout: 20_000 }).toBe(true)
}

test('a PDF dropped after the network went away is read, and 导出 Excel still works', async ({
  page,
  context,
}) => {
  await openAndWaitForWarmWorkers(page, context)
  await context.setOffline(true)

  await dropFiles(page, [realPdfPath])
  const item = page.getByTestId('file-item').filter({ hasText: realPdf.file })
  await expect(item).toHaveAttribute('data-status', 'read', { timeout: 45_000 })
  await expect(rowCell(overviewRows(page), await columnIndex(page, '机关'))).toContainText(realPdf.agency)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  expect((await downloading).suggestedFilename()).toMatch(/\.xlsx$/)
})

test('when the readers cannot be loaded, the file list says so in Chinese and says to reload', async ({
  page,
  context,
  guards,
}) => {
  // What a lost network or a redeployed site does to the chunks the page loads after its first paint.
  const blocked = /\/assets\/(pdf\.worker\.min|workbookBlob)-[\w-]+\.js$/
  await context.route(blocked, (route) => route.abort('internetdisconnected'))
  await context.route(WORKBOOK_WORKER_SCRIPT, (route) => route.abort('internetdisconnected'))
  await page.goto('/')

  await dropFiles(page, [realPdfPath])
  const item = page.getByTestId('file-item').filter({ hasText: realPdf.file })
  await expect(item).toHaveAttribute('data-status', 'failed', { timeout: 45_000 })
  await expect(item.getByTestId('file-message')).toHaveText(
    '无法加载读取 PDF 文件所需的程序组件（网络中断或网站已更新），请刷新页面后重试；已加载的报告不受影响',
  )

  await dropFiles(page, [join(fixturesDir, 'seeds', '000_7bba39e252e1dfbf.txt')])
  await expect(overviewRows(page)).toHaveCount(1)
  await page.getByRole('button', { name: '导出 Excel' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    '导出失败：无法加载生成文件所需的程序组件（网络中断或网站已更新），请刷新页面后重试；已加载的报告不受影响。',
  )

  // The browser logs the blocked loads (the page's, not the workers'): they are what this test is about.
  // Any other console error still fails it, as in every spec.
  const blockedLoad = 'console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED'
  expect(guards.pageErrors.filter((error) => error !== blockedLoad)).toEqual([])
  guards.pageErrors.length = 0
})
