import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  columnIndex,
  dropFiles,
  expect,
  fixturesDir,
  type GroundTruth,
  overviewRows,
  readGroundTruths,
  rowCell,
  shownNumber,
  test,
} from './helpers'

/** One file of each container the dashboard reads, chosen so that no two hold the same report. */
const dropped = [
  'generated/docx/900_designed_nonzero.docx',
  'generated/doc/003_1579294a3fe638da.doc',
  'generated/text/000_7bba39e252e1dfbf.gb18030.txt',
  'generated/zip/reports_bundle.zip',
].map((path) => join(fixturesDir, path))

function groundTruthOf(path: string): string {
  return path.replace(/\.(docx|doc|txt|zip)$/, '.expected.json')
}

const compared: [header: string, cellId: string][] = [
  ['行政许可', 'proactive.licensing.decisions'],
  ['收费（万元）', 'proactive.fees.amount'],
  ['新收申请', 'applications.received.total'],
  ['予以公开', 'applications.granted.total'],
]

/**
 * Drops the files and checks that each is read and that each expected report has its one overview row,
 * with its year and the compared figures (its agency as the ground truth names it).
 */
async function dropAndExpectRows(page: Page, paths: readonly string[], expected: readonly GroundTruth[]) {
  await page.goto('/')
  await dropFiles(page, [...paths])

  const items = page.getByTestId('file-item')
  for (const path of paths) {
    await expect(items.filter({ hasText: basename(path) })).toHaveAttribute('data-status', 'read', {
      timeout: 45_000,
    })
  }
  const rows = overviewRows(page)
  await expect(rows).toHaveCount(expected.length)
  for (const report of expected) {
    const row = rows.filter({ hasText: report.agency })
    await expect(row, report.file).toHaveCount(1)
    await expect(rowCell(row, await columnIndex(page, '年度'))).toContainText(String(report.year))
    for (const [header, cellId] of compared) {
      const shown = await rowCell(row, await columnIndex(page, header)).innerText()
      expect(shownNumber(shown), `${report.file} ${header}`).toBe(report.cells[cellId])
    }
  }
}

test('Word (.docx, .doc), GB18030 text and a zip of reports dropped together are all read', async ({
  page,
}) => {
  const expected = dropped.flatMap((path) => readGroundTruths(groundTruthOf(path)))
  expect(expected).toHaveLength(6)
  await dropAndExpectRows(page, dropped, expected)
})

/** Reports converted to traditional characters, as mirror sites publish them: Big5 text and page, a PDF. */
const traditional = [
  'generated/traditional/004_1acaf75430f57636.s2tw.big5.txt',
  'generated/traditional/003_1579294a3fe638da.s2hk.txt',
  'generated/traditional/shuyang_fgj_2023_page.s2tw.big5.html',
  'generated/traditional/900_designed_nonzero.s2t.printed.pdf',
].map((path) => join(fixturesDir, path))

test('reports in traditional characters (Big5 text and page, a PDF) read as their simplified originals', async ({
  page,
}) => {
  // The ground truth names each agency in simplified characters: 衞輝市 (Hong Kong forms) is shown as 卫辉市.
  const expected = traditional.flatMap((path) => readGroundTruths(path.replace(/\.[^.]+$/, '.expected.json')))
  expect(expected).toHaveLength(traditional.length)
  await dropAndExpectRows(page, traditional, expected)
})

test('a PDF whose Chinese font is not embedded is read: the page fetches the cmaps from this site', async ({
  page,
}) => {
  const [seed] = readGroundTruths(join(fixturesDir, 'seeds', '001_cad4fa3e014eb2f3.expected.json'))
  if (!seed) throw new Error('no ground truth')
  const cmaps: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/pdfjs/cmaps/')) cmaps.push(request.url())
  })
  await page.goto('/')
  await dropFiles(page, [join(fixturesDir, 'generated', 'cidfont', '001_cad4fa3e014eb2f3.stsong.pdf')])
  const row = overviewRows(page).filter({ hasText: seed.agency })
  await expect(row).toHaveCount(1, { timeout: 45_000 })
  await expect(rowCell(row, await columnIndex(page, '年度'))).toContainText(String(seed.year))
  const received = await rowCell(row, await columnIndex(page, '新收申请')).innerText()
  expect(shownNumber(received)).toBe(seed.cells['applications.received.total'])
  expect(cmaps.some((url) => url.endsWith('UniGB-UCS2-H.bcmap'))).toBe(true)
})

/** Landscape pages stored turned, /Rotate turning them back: every page, and a landscape section of tables. */
const turned = [
  'generated/rotated/001_cad4fa3e014eb2f3.rotate-90.pdf',
  'generated/rotated/900_designed_nonzero.portrait-prose-rotate-90-tables.pdf',
].map((path) => join(fixturesDir, path))

test('PDFs whose landscape table pages are stored turned with /Rotate are read as a viewer shows them', async ({
  page,
}) => {
  const expected = turned.flatMap((path) => readGroundTruths(path.replace(/\.pdf$/, '.expected.json')))
  expect(expected).toHaveLength(turned.length)
  await dropAndExpectRows(page, turned, expected)
})
