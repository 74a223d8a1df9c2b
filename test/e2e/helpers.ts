import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test'

export { expect }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const fixturesDir = join(root, 'test/fixtures')
export const seedDir = join(fixturesDir, 'seeds')
export const seedNames = [
  '000_7bba39e252e1dfbf',
  '001_cad4fa3e014eb2f3',
  '002_3971b268707d3ce1',
  '003_1579294a3fe638da',
  '004_1acaf75430f57636',
] as const
export const seedTextPaths = seedNames.map((name) => join(seedDir, `${name}.txt`))

/** The ground truth a fixture ships with (its .expected.json); only the fields the e2e specs compare. */
export interface GroundTruth {
  file: string
  agency: string
  year: number
  cells: Record<string, number>
}

export function readGroundTruth(path: string): GroundTruth {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
  if (!isGroundTruth(parsed)) throw new Error(`${path} lacks file/agency/year/cells`)
  return parsed
}

/** An archive's ground truth lists one entry per report inside it; any other file has one report. */
export function readGroundTruths(path: string): GroundTruth[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
  const entries: unknown[] = hasEntries(parsed) ? parsed.entries : [parsed]
  return entries.map((entry) => {
    if (!isGroundTruth(entry)) throw new Error(`${path} has an entry without file/agency/year/cells`)
    return entry
  })
}

function hasEntries(value: unknown): value is { entries: unknown[] } {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as { entries?: unknown }).entries)
  )
}

export function readSeedExpectations(): GroundTruth[] {
  return seedNames.map((name) => readGroundTruth(join(seedDir, `${name}.expected.json`)))
}

function isGroundTruth(value: unknown): value is GroundTruth {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record.file === 'string' &&
    typeof record.agency === 'string' &&
    typeof record.year === 'number' &&
    typeof record.cells === 'object' &&
    record.cells !== null
  )
}

/** Every uncaught exception and console error the page produces; each test expects none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
  })
  return errors
}

/**
 * Records every request whose origin differs from the app's: the product promises that nothing leaves
 * the page. data: URLs never touch the network; blob: URLs carry the page's own origin.
 */
export function guardRequests(page: Page, appOrigin: string): string[] {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:') return
    if (url.origin !== appOrigin) foreign.push(`${request.method()} ${request.url()}`)
  })
  return foreign
}

interface PageGuards {
  pageErrors: string[]
  foreignRequests: string[]
}

/** The test every spec uses: page errors and foreign requests are checked after each test, automatically. */
/** The built workbook worker's script (assets/workbook.worker-<hash>.js), which writes 导出 Excel's file. */
export const WORKBOOK_WORKER_SCRIPT = /\/assets\/workbook\.worker-[\w-]+\.js$/

export const test = base.extend<{ guards: PageGuards }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const guards: PageGuards = {
        pageErrors: collectPageErrors(page),
        foreignRequests: guardRequests(page, new URL(baseURL ?? 'http://127.0.0.1:4173').origin),
      }
      await use(guards)
      expect.soft(guards.pageErrors, 'console errors / uncaught exceptions').toEqual([])
      expect.soft(guards.foreignRequests, 'requests that left the page origin').toEqual([])
    },
    { auto: true },
  ],
})

interface DroppedFile {
  name: string
  type: string
  bytes: number[]
}

const mimeByExtension: Record<string, string> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.png': 'image/png',
}

function mimeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf('.')).toLowerCase()
  return mimeByExtension[extension] ?? 'application/octet-stream'
}

/** Drops files from disk onto the drop zone, as a person dragging them from a file manager would. */
export async function dropFiles(page: Page, paths: readonly string[]): Promise<void> {
  const files = paths.map((path) => ({ name: basename(path), bytes: readFileSync(path) }))
  await dropBytes(page, files)
}

/**
 * The DataTransfer is built inside the page from plain number arrays: a Node Buffer does not survive
 * serialisation into the page as bytes.
 */
export async function dropBytes(
  page: Page,
  files: readonly { name: string; bytes: Uint8Array; type?: string }[],
): Promise<void> {
  const payload: DroppedFile[] = files.map((file) => ({
    name: file.name,
    type: file.type ?? mimeOf(file.name),
    bytes: [...file.bytes],
  }))
  const dataTransfer = await page.evaluateHandle((dropped: DroppedFile[]) => {
    const transfer = new DataTransfer()
    for (const file of dropped) {
      transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }))
    }
    return transfer
  }, payload)
  const dropzone = page.getByTestId('dropzone')
  await dropzone.dispatchEvent('dragenter', { dataTransfer })
  await dropzone.dispatchEvent('dragover', { dataTransfer })
  await dropzone.dispatchEvent('drop', { dataTransfer })
  await dataTransfer.dispose()
}

/** A row's cell by column index, whether the cell is a <td> or a row-header <th>. */
export function rowCell(row: Locator, index: number): Locator {
  return row.locator(':scope > td, :scope > th').nth(index)
}

export function overviewRows(page: Page): Locator {
  return page.getByTestId('overview-table').getByTestId('overview-row')
}

/** Column index by header text, so a test reads the column a person reads, wherever it is rendered. */
export async function columnIndex(page: Page, header: string): Promise<number> {
  const headers = await page
    .getByTestId('overview-table')
    .locator('thead tr')
    .last()
    .locator('th')
    .allInnerTexts()
  const exact = headers.findIndex((text) => text.trim() === header)
  // A sort indicator may follow the label.
  const index = exact >= 0 ? exact : headers.findIndex((text) => text.trim().startsWith(header))
  expect(index, `overview column "${header}" among ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0)
  return index
}

export interface SeedCopy {
  /** The copy's agency as its text now names it. */
  agency: string
  name: string
  bytes: Uint8Array
  type: string
}

/**
 * `count` distinct reports made from the seeds in turn (or only from `seeds`, by index), each with its agency
 * renamed ("7号新乡县城市管理局") so none is a duplicate; `edit` may change a copy's text further.
 */
export function renamedSeedCopies(
  count: number,
  options: { seeds?: readonly number[]; edit?: (text: string, index: number) => string } = {},
): SeedCopy[] {
  const truths = readSeedExpectations()
  const seeds = (options.seeds ?? truths.map((_, index) => index)).map((index) => ({
    agency: truths[index]?.agency ?? '',
    text: readFileSync(seedTextPaths[index] ?? '', 'utf8'),
  }))
  return Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]
    if (!seed?.agency) throw new Error('no seed')
    const agency = `${i}号${seed.agency}`
    const text = seed.text.replaceAll(seed.agency, agency)
    return {
      agency,
      name: `${String(i).padStart(3, '0')}.txt`,
      bytes: new TextEncoder().encode(options.edit ? options.edit(text, i) : text),
      type: 'text/plain',
    }
  })
}

/** Opens the app and loads the five seed reports by dropping them; waits until all five rows show. */
export async function openWithSeeds(page: Page): Promise<void> {
  await page.goto('/')
  await dropFiles(page, seedTextPaths)
  await expect(overviewRows(page)).toHaveCount(seedNames.length)
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tablist').getByRole('tab', { name, exact: true }).click()
}

export async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path()
  return readFileSync(path)
}

const screenshotDir = join(root, 'docs/screenshots')

/** README screenshots are produced by the tests themselves so they always show the current UI. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<void> {
  // A page is captured whole; a locator is captured at its own size anyway.
  const image =
    'goto' in target
      ? await target.screenshot({ animations: 'disabled', fullPage: true })
      : await target.screenshot({ animations: 'disabled' })
  mkdirSync(screenshotDir, { recursive: true })
  writeFileSync(join(screenshotDir, name), image)
}

/** The number a table cell shows, ignoring thousands separators and any flag or unit beside it. */
export function shownNumber(text: string): number | undefined {
  const match = /-?\d+(?:\.\d+)?/.exec(text.replace(/[,\s]/g, ''))
  return match ? Number(match[0]) : undefined
}
