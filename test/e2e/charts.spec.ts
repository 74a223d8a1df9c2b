import type { Page } from '@playwright/test'
import {
  downloadedBytes,
  expect,
  openTab,
  openWithSeeds,
  readSeedExpectations,
  saveScreenshot,
  test,
} from './helpers'

interface PixelCensus {
  width: number
  height: number
  inked: number
}

/** Decodes the PNG the way the browser shows it and counts pixels that are neither transparent nor white. */
async function censusOfPng(page: Page, png: Buffer): Promise<PixelCensus> {
  return page.evaluate(
    async (bytes: number[]) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2d context')
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      let inked = 0
      for (let i = 0; i < data.length; i += 4) {
        const [r = 255, g = 255, b = 255, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]]
        if (a > 0 && (r < 240 || g < 240 || b < 240)) inked += 1
      }
      return { width: bitmap.width, height: bitmap.height, inked }
    },
    [...png],
  )
}

async function isWellFormedSvg(page: Page, svg: string): Promise<boolean> {
  return page.evaluate((source: string) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml')
    return (
      parsed.documentElement.localName === 'svg' && parsed.getElementsByTagName('parsererror').length === 0
    )
  }, svg)
}

test('the charts tab shows the decisions, fees, outcomes and (several years loaded) trend charts', async ({
  page,
}) => {
  await openWithSeeds(page)
  const years = new Set(readSeedExpectations().map((seed) => seed.year))
  expect(years.size).toBeGreaterThan(1)
  await openTab(page, '图表')

  const titles = {
    decisions: /行政许可/,
    fees: /收费/,
    outcomes: /办理结果/,
    trend: /趋势/,
  }
  for (const [key, title] of Object.entries(titles)) {
    const figure = page.getByTestId(`chart-${key}`)
    await expect(figure, `chart-${key}`).toBeVisible()
    await expect(figure.locator('figcaption')).toContainText(title)
    await expect(figure.locator('svg').first()).toBeVisible()
  }
  await saveScreenshot(page.getByRole('tabpanel'), 'charts.png')
})

test('a chart exports as a non-blank PNG and as an SVG carrying its Chinese title', async ({ page }) => {
  await openWithSeeds(page)
  await openTab(page, '图表')
  const figure = page.getByTestId('chart-decisions')
  await expect(figure).toBeVisible()
  const title = (await figure.locator('figcaption').innerText()).trim()
  expect(title).toMatch(/行政许可/)

  const pngDownload = page.waitForEvent('download')
  await figure.getByRole('button', { name: '导出 PNG' }).click()
  const png = await pngDownload
  expect(png.suggestedFilename()).toMatch(/^[^/\\]*行政许可[^/\\]*\.png$/)
  const pngBytes = await downloadedBytes(png)
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const census = await censusOfPng(page, pngBytes)
  expect(census.width).toBeGreaterThan(200)
  expect(census.height).toBeGreaterThan(100)
  // Bars, axes and labels: a blank or all-white image would have (almost) no inked pixels.
  expect(census.inked).toBeGreaterThan(census.width * census.height * 0.01)

  const svgDownload = page.waitForEvent('download')
  await figure.getByRole('button', { name: '导出 SVG' }).click()
  const svg = await svgDownload
  expect(svg.suggestedFilename()).toMatch(/^[^/\\]*行政许可[^/\\]*\.svg$/)
  const svgText = (await downloadedBytes(svg)).toString('utf8')
  expect(await isWellFormedSvg(page, svgText)).toBe(true)
  expect(svgText).toContain(title)
})
