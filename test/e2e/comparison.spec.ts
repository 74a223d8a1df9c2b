import { expect, openTab, openWithSeeds, readSeedExpectations, saveScreenshot, test } from './helpers'

test('two selected reports sit side by side in 并排对比 with their differing cells marked', async ({
  page,
}) => {
  await openWithSeeds(page)
  const [first, second] = readSeedExpectations().filter((seed) => seed.year === 2023)
  if (!first || !second) throw new Error('the seeds hold at least two 2023 reports')

  await page.getByRole('checkbox', { name: `选择 ${first.agency} ${first.year}` }).check()
  await page.getByRole('checkbox', { name: `选择 ${second.agency} ${second.year}` }).check()
  await openTab(page, '并排对比')

  const main = page.getByRole('tabpanel')
  await expect(main).toContainText(first.agency)
  await expect(main).toContainText(second.agency)
  for (const table of ['表二', '表三', '表四']) await expect(main).toContainText(table)

  // The two reports differ in 行政许可 (per their ground truth), so at least that cell must be marked.
  expect(first.cells['proactive.licensing.decisions']).not.toBe(second.cells['proactive.licensing.decisions'])
  await expect(main.locator('[data-diff="true"]').first()).toBeVisible()

  await saveScreenshot(page, 'comparison.png')
})
