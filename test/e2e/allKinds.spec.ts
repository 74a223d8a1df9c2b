import { basename, join } from 'node:path'
import {
  columnIndex,
  dropFiles,
  expect,
  fixturesDir,
  overviewRows,
  readGroundTruth,
  readGroundTruths,
  rowCell,
  shownNumber,
  test,
  type GroundTruth,
} from './helpers'

/**
 * One file of every kind the dashboard reads, dropped at once. There are more kinds than distinct
 * reports among the fixtures, so some agencies come twice in different containers (两行, each with the
 * report's numbers), and the MHTML is the real saved page itself, i.e. an exact copy of the .html.
 */
const readable = {
  seedText: 'seeds/003_1579294a3fe638da.txt',
  gb18030Text: 'generated/text/000_7bba39e252e1dfbf.gb18030.txt',
  utf16Text: 'generated/text/004_1acaf75430f57636.utf16be.txt',
  flattenedText: 'generated/flat/900_designed_nonzero.flat.txt',
  savedPage: 'real/shuyang_fgj_2023_page.html',
  mhtml: 'generated/mhtml/shuyang_fgj_2023_page.mhtml',
  pdf: 'real/hongze_district_gov_2023.pdf',
  docx: 'generated/docx/003_1579294a3fe638da.docx',
  doc: 'generated/doc/000_7bba39e252e1dfbf.doc',
  rtf: 'generated/rtf/900_designed_nonzero.rtf',
  zip: 'generated/zip/reports_bundle.zip',
  legacy: 'handmade/legacy_2017.txt',
} as const
const scannedPdf = 'generated/pdf/scanned_image_only.pdf'
/** Same text as the saved page: whichever of the two is read second is marked 重复. */
const exactCopies = [readable.savedPage, readable.mhtml] as const

const compared: [header: string, cellId: string][] = [
  ['行政许可', 'proactive.licensing.decisions'],
  ['行政处罚', 'proactive.penalty.decisions'],
  ['新收申请', 'applications.received.total'],
  ['予以公开', 'applications.granted.total'],
  ['行政复议', 'appeals.reconsideration.total'],
]

function groundTruthPath(path: string): string {
  return join(fixturesDir, path.replace(/\.[^./]+$/, '.expected.json'))
}

function fixturePath(path: string): string {
  return join(fixturesDir, path)
}

/** The reports the overview must list, grouped by agency and year (an exact copy adds no row). */
function expectedGroups(): Map<string, GroundTruth[]> {
  const groups = new Map<string, GroundTruth[]>()
  for (const path of Object.values(readable)) {
    if (path === exactCopies[1]) continue
    for (const truth of readGroundTruths(groundTruthPath(path))) {
      const key = `${truth.agency}|${truth.year}`
      groups.set(key, [...(groups.get(key) ?? []), truth])
    }
  }
  return groups
}

/** Files of one agency and year must agree on the compared cells, or a row could not be matched to its file. */
function sharedFigures(truths: readonly GroundTruth[]): Record<string, number | undefined> {
  const [first] = truths
  if (!first) throw new Error('an empty group')
  const figures: Record<string, number | undefined> = {}
  for (const [, cellId] of compared) {
    const values = new Set(truths.map((truth) => truth.cells[cellId]))
    if (values.size !== 1) throw new Error(`${first.agency} ${first.year}: the copies disagree on ${cellId}`)
    figures[cellId] = first.cells[cellId]
  }
  return figures
}

test('one file of every supported kind dropped at once: each report is listed with its numbers', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const dropped = [...Object.values(readable), scannedPdf].map(fixturePath)
  const legacy = readGroundTruth(groundTruthPath(readable.legacy))
  const groups = expectedGroups()
  await page.goto('/')

  await dropFiles(page, dropped)

  const items = page.getByTestId('file-item')
  // By the name element's title: a 重复 message names the file it copies, so plain text would match two items.
  const itemOf = (path: string) => items.filter({ has: page.getByTitle(basename(path), { exact: true }) })
  await expect(items).toHaveCount(dropped.length)
  for (const path of dropped) {
    await expect(itemOf(path), basename(path)).not.toHaveAttribute('data-status', /queued|reading/, {
      timeout: 60_000,
    })
  }

  const scanned = itemOf(scannedPdf)
  await expect(scanned).toHaveAttribute('data-status', 'failed')
  await expect(scanned).toContainText('扫描件')

  const copyStatuses = await Promise.all(exactCopies.map((path) => itemOf(path).getAttribute('data-status')))
  expect(copyStatuses.sort(), 'the saved page and its MHTML: one read, one 重复').toEqual([
    'duplicate',
    'read',
  ])
  const copyPaths: readonly string[] = exactCopies
  for (const path of Object.values(readable).filter((path) => !copyPaths.includes(path))) {
    await expect(itemOf(path), path).toHaveAttribute('data-status', 'read')
  }

  const rows = overviewRows(page)
  const expectedRows = [...groups.values()].reduce((sum, truths) => sum + truths.length, 0)
  await expect(rows).toHaveCount(expectedRows)
  const yearColumn = await columnIndex(page, '年度')
  const figureColumns = new Map<string, number>()
  for (const [header] of compared) figureColumns.set(header, await columnIndex(page, header))
  for (const truths of groups.values()) {
    const [first] = truths
    if (!first) continue
    const agencyRows = rows.filter({ hasText: first.agency })
    await expect(agencyRows, `${first.agency} ${first.year}`).toHaveCount(truths.length)
    if (first.agency === legacy.agency) continue
    const figures = sharedFigures(truths)
    for (let index = 0; index < truths.length; index++) {
      const row = agencyRows.nth(index)
      await expect(rowCell(row, yearColumn)).toContainText(String(first.year))
      for (const [header, cellId] of compared) {
        const shown = await rowCell(row, figureColumns.get(header) ?? -1).innerText()
        expect(shownNumber(shown), `${first.agency} ${first.year} ${header}`).toBe(figures[cellId])
      }
    }
  }

  const legacyRow = rows.filter({ hasText: legacy.agency })
  await expect(rowCell(legacyRow, yearColumn)).toContainText(String(legacy.year))
  for (const [header] of compared) {
    await expect(rowCell(legacyRow, figureColumns.get(header) ?? -1), `${legacy.file} ${header}`).toHaveText(
      '格式不可比',
    )
  }
})

test('an MHTML single-file page dropped alone shows the numbers of the page it was saved from', async ({
  page,
}) => {
  const expected = readGroundTruth(groundTruthPath(readable.mhtml))
  await page.goto('/')

  await dropFiles(page, [fixturePath(readable.mhtml)])

  await expect(page.getByTestId('file-item')).toHaveAttribute('data-status', 'read')
  const row = overviewRows(page)
  await expect(row).toHaveCount(1)
  await expect(rowCell(row, await columnIndex(page, '机关'))).toContainText(expected.agency)
  await expect(rowCell(row, await columnIndex(page, '年度'))).toContainText(String(expected.year))
  for (const [header, cellId] of compared) {
    const shown = await rowCell(row, await columnIndex(page, header)).innerText()
    expect(shownNumber(shown), `${header} (${cellId})`).toBe(expected.cells[cellId])
  }
})
