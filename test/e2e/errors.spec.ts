import { dropBytes, expect, openWithSeeds, overviewRows, seedNames, test } from './helpers'

/** A PNG signature followed by deterministic noise: what a person gets by dropping a scan by mistake. */
function binaryBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let state = 20231
  for (let i = 8; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

test('a binary file gets a visible Chinese error and the loaded reports stay', async ({ page }) => {
  await openWithSeeds(page)

  await dropBytes(page, [{ name: '扫描件.png', bytes: binaryBytes(4096) }])

  const item = page.getByTestId('file-item').filter({ hasText: '扫描件.png' })
  await expect(item).toHaveAttribute('data-status', 'failed')
  // The reason, in Chinese, beside the file name; retried, as a row read in mid-update once came back empty.
  await expect(item.getByTestId('file-message')).toBeVisible()
  await expect(item.getByTestId('file-message')).toHaveText(/[\u4e00-\u9fff]/)

  await expect(overviewRows(page)).toHaveCount(seedNames.length)
})
