import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { dropBytes, expect, readSeedExpectations, seedTextPaths, test } from './helpers'

const COUNT = 60

/** `COUNT` distinct reports: each seed with its agency renamed ("7号示例县…"), so none is a duplicate. */
function distinctReports(): { name: string; bytes: Uint8Array; type: string }[] {
  const seeds = readSeedExpectations().map((truth, index) => ({
    agency: truth.agency,
    text: readFileSync(seedTextPaths[index] ?? '', 'utf8'),
  }))
  return Array.from({ length: COUNT }, (_, i) => {
    const seed = seeds[i % seeds.length]
    if (!seed) throw new Error('no seed')
    const text = seed.text.replaceAll(seed.agency, `${i}号${seed.agency}`)
    return {
      name: `${String(i).padStart(3, '0')}.txt`,
      bytes: new TextEncoder().encode(text),
      type: 'text/plain',
    }
  })
}

/** Every file listed as read: after a reload a file whose report was not restored is listed as failed. */
async function expectAllRead(page: Page): Promise<void> {
  const list = page.getByTestId('file-list')
  await expect(list).toHaveAttribute('data-files', String(COUNT))
  await expect(list).toHaveAttribute('data-pending', '0')
  await expect(list).toHaveAttribute('data-read', String(COUNT))
}

test('reports saved in the background survive a reload the moment they are read', async ({ page }) => {
  await page.goto('/')
  await dropBytes(page, distinctReports())
  await expectAllRead(page)
  // No waiting for 已保存: the page is left while the save is at most under way.
  await page.reload()
  await expectAllRead(page)
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved')
})

test('reports saved in the background survive a reload after the tab was hidden', async ({ page }) => {
  await page.goto('/')
  await dropBytes(page, distinctReports())
  await expectAllRead(page)
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  await expectAllRead(page)
})
