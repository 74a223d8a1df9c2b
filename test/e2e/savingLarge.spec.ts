import type { Page } from '@playwright/test'
import { dropBytes, expect, renamedSeedCopies, test } from './helpers'

const COUNT = 60

/** Every file listed as read: after a reload a file whose report was not restored is listed as failed. */
async function expectAllRead(page: Page): Promise<void> {
  const list = page.getByTestId('file-list')
  await expect(list).toHaveAttribute('data-files', String(COUNT))
  await expect(list).toHaveAttribute('data-pending', '0')
  await expect(list).toHaveAttribute('data-read', String(COUNT))
}

test('reports saved in the background survive a reload the moment they are read', async ({ page }) => {
  await page.goto('/')
  await dropBytes(page, renamedSeedCopies(COUNT))
  await expectAllRead(page)
  // No waiting for 已保存: the page is left while the save is at most under way.
  await page.reload()
  await expectAllRead(page)
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved')
})

test('reports saved in the background survive a reload after the tab was hidden', async ({ page }) => {
  await page.goto('/')
  await dropBytes(page, renamedSeedCopies(COUNT))
  await expectAllRead(page)
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect(page.getByTestId('workspace-status')).toHaveAttribute('data-state', 'saved')
  await page.reload()
  await expectAllRead(page)
})
