import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
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
  saveScreenshot,
  seedTextPaths,
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

/** All the text an SVG shows, run together: the export wraps a long note over several <text> lines. */
async function svgText(page: Page, svg: string): Promise<string> {
  return page.evaluate(
    (source: string) =>
      (new DOMParser().parseFromString(source, 'image/svg+xml').documentElement.textContent ?? '').replace(
        /\s+/g,
        '',
      ),
    svg,
  )
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

test('each chart’s numbers open as a table under it, the report’s figures for every agency, and stay out of its image', async ({
  page,
}) => {
  await openWithSeeds(page)
  await openTab(page, '图表')
  const figure = page.getByTestId('chart-decisions')
  const table = figure.getByRole('table')
  await expect(table).toBeHidden()
  // The drawing is one image to a screen reader, named by its title, not an application of ticks.
  await expect(
    figure.getByRole('img', { name: /^行政许可、行政处罚、行政强制.*以表格查看数据/ }),
  ).toBeVisible()
  await expect(figure.getByRole('application')).toHaveCount(0)
  await expect(figure.getByRole('img')).not.toHaveAttribute('tabindex')
  await figure.getByText('以表格查看数据').click()
  await expect(table).toBeVisible()
  for (const seed of readSeedExpectations()) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: seed.agency }) })
    const figures = ['licensing', 'penalty', 'enforcement'].map((kind) =>
      (seed.cells[`proactive.${kind}.decisions`] ?? NaN).toLocaleString('zh-CN'),
    )
    await expect(row.getByRole('cell')).toHaveText(figures)
  }
  const svgDownload = page.waitForEvent('download')
  await figure.getByRole('button', { name: '导出 SVG' }).click()
  const svgText = (await downloadedBytes(await svgDownload)).toString('utf8')
  expect(svgText).not.toContain('以表格查看数据')
})

test('under 只看有问题的报告 the exports are named for it, and the chart image names its year and the filter', async ({
  page,
}) => {
  // 洪泽区's published 表四 breaks R-D; the seeds' tables add up, so the filter leaves 洪泽区 alone.
  const hongze = readGroundTruth(join(fixturesDir, 'real', 'hongze_district_gov_2023.expected.json'))
  await page.goto('/')
  await dropFiles(page, [...seedTextPaths, join(fixturesDir, 'real', hongze.file)])
  await expect(overviewRows(page)).toHaveCount(seedTextPaths.length + 1, { timeout: 45_000 })
  await page.getByRole('checkbox', { name: '只看有问题的报告' }).check()
  await expect(overviewRows(page)).toHaveCount(1)

  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV' }).click()
  expect((await csvDownload).suggestedFilename()).toBe(`年报总览_${hongze.year}_仅有问题.csv`)

  await openTab(page, '图表')
  const figure = page.getByTestId('chart-decisions')
  const title = `行政许可、行政处罚、行政强制（本年处理决定数量） · ${hongze.year} 年 · 仅含有问题的报告`
  await expect(figure.locator('figcaption')).toHaveText(title)
  const svgDownload = page.waitForEvent('download')
  await figure.getByRole('button', { name: '导出 SVG' }).click()
  const svg = await svgDownload
  expect(svg.suggestedFilename()).toBe(`行政许可处罚强制_按机关_${hongze.year}_仅有问题.svg`)
  const text = await svgText(page, (await downloadedBytes(svg)).toString('utf8'))
  expect(text).toContain(title.replace(/\s+/g, ''))
})

test('with more than 30 agencies, a chart and its exported SVG name the agencies left out', async ({
  page,
}) => {
  const licensingRow = '行政许可\t67\t\t'
  // 36 copies of 新乡县城市管理局 2023 with 0–35 行政许可 decisions: the six smallest are left out.
  const copies = renamedSeedCopies(36, {
    seeds: [0],
    edit: (text, index) => {
      expect(text).toContain(licensingRow)
      return text.replace(licensingRow, `行政许可\t${index}\t\t`)
    },
  })
  await page.goto('/')
  await dropBytes(page, copies)
  // The overview draws only the rows in view; the file list counts every report read.
  await expect(page.getByTestId('file-list')).toHaveAttribute('data-read', String(copies.length))
  await openTab(page, '图表')

  const figure = page.getByTestId('chart-decisions')
  const omitted = copies.slice(0, 6).map((copy) => copy.agency)
  const note = figure.locator('[data-note="top-agencies"]')
  await expect(note).toHaveText(
    `按处理决定数量合计显示最大的 30 个机关（共 36 个），未显示的 6 个机关可用筛选查看（按数值从小到大）：${omitted.join('、')}`,
  )
  const drawn = await figure.locator('.recharts-yAxis-tick-labels title').allTextContents()
  expect(drawn).toHaveLength(30)
  expect(drawn.filter((label) => omitted.includes(label))).toEqual([])

  const svgDownload = page.waitForEvent('download')
  await figure.getByRole('button', { name: '导出 SVG' }).click()
  const text = await svgText(page, (await downloadedBytes(await svgDownload)).toString('utf8'))
  // "0号…" is part of "10号…" on an axis label: the whole list, as the note words it, must be in the image.
  expect(text).toContain(`未显示的6个机关可用筛选查看（按数值从小到大）：${omitted.join('、')}`)
})

interface ChartBoxes {
  chart: string
  legendBottom: number
  plotTop: number
  firstTickTop: number
  plotWidth: number
  surfaceWidth: number
}

/** Where each chart's legend ends and its plot area (recharts' clip rect) and first agency label begin. */
async function chartBoxes(page: Page): Promise<ChartBoxes[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid^="chart-"]')].flatMap((figure) => {
      const wrapper = figure.querySelector('.recharts-wrapper')
      const surface = wrapper?.querySelector(':scope > svg.recharts-surface')
      // The items themselves: a wrapper of fixed height lets wrapped lines spill out of its box.
      const legend = wrapper?.querySelector(':scope > .recharts-legend-wrapper .recharts-default-legend')
      const clip = surface?.querySelector('defs clipPath rect')
      const tick = surface?.querySelector('.recharts-yAxis-tick-labels text')
      if (!surface || !legend || !clip || !tick) return []
      const top = surface.getBoundingClientRect().top
      return [
        {
          chart: figure.dataset.testid ?? '',
          legendBottom: legend.getBoundingClientRect().bottom,
          plotTop: top + Number(clip.getAttribute('y')),
          firstTickTop: tick.getBoundingClientRect().top,
          plotWidth: Number(clip.getAttribute('width')),
          surfaceWidth: surface.getBoundingClientRect().width,
        },
      ]
    }),
  )
}

test('on a 390 px wide phone the legends sit above the bars and the bars keep room', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openWithSeeds(page)
  await openTab(page, '图表')
  await expect(page.getByTestId('chart-trend').locator('.recharts-wrapper')).toBeVisible()

  // The legend is measured after the chart is drawn, and the chart then grows by what it wrapped.
  const overlapping = async () =>
    (await chartBoxes(page))
      .filter((box) => box.legendBottom > box.plotTop || box.legendBottom > box.firstTickTop)
      .map((box) => box.chart)
  await expect.poll(overlapping, { message: 'charts whose legend covers the bars or names' }).toEqual([])

  const boxes = await chartBoxes(page)
  expect(boxes.map((box) => box.chart).sort()).toEqual(
    ['chart-decisions', 'chart-fees', 'chart-outcomes', 'chart-trend'].sort(),
  )
  for (const box of boxes) {
    expect(box.plotWidth, `${box.chart}: bars get a third of the width`).toBeGreaterThanOrEqual(
      box.surfaceWidth / 3,
    )
  }
})

test('a bar’s tooltip lists the series in the legend’s order, not by name', async ({ page }) => {
  await openWithSeeds(page)
  await openTab(page, '图表')
  const figure = page.getByTestId('chart-decisions')
  const legend = await figure.locator('.recharts-legend-item-text').allTextContents()
  expect(legend).toEqual(['行政许可', '行政处罚', '行政强制'])
  // Names in the text colour, as the exported image writes them; the swatch carries the series colour.
  for (const name of await figure.locator('.recharts-legend-item-text').all())
    await expect(name).toHaveCSS('color', 'rgb(31, 41, 51)')
  await expect(figure.locator('.recharts-legend-icon').first()).toHaveAttribute('fill', /^#/)
  // Each bar is drawn from the left edge; its middle row holds the agency's bars.
  const bar = figure.locator('.recharts-bar-rectangle').first()
  await bar.hover()
  const tooltip = figure.locator('.recharts-tooltip-wrapper')
  await expect(tooltip.locator('.recharts-tooltip-item-name').first()).toBeVisible()
  expect(await tooltip.locator('.recharts-tooltip-item-name').allTextContents()).toEqual(legend)
})
