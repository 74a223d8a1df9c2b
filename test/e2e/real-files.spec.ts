import { join } from 'node:path'
import {
  columnIndex,
  dropFiles,
  expect,
  fixturesDir,
  overviewRows,
  readGroundTruth,
  rowCell,
  shownNumber,
  test,
} from './helpers'

const compared: [header: string, cellId: string][] = [
  ['行政许可', 'proactive.licensing.decisions'],
  ['行政处罚', 'proactive.penalty.decisions'],
  ['行政强制', 'proactive.enforcement.decisions'],
  ['新收申请', 'applications.received.total'],
  ['予以公开', 'applications.granted.total'],
]

for (const name of ['hongze_district_gov_2023', 'shuyang_fgj_2023_page']) {
  const expected = readGroundTruth(join(fixturesDir, 'real', `${name}.expected.json`))
  test(`a real published report (${expected.file}) dropped on the page shows its own figures`, async ({
    page,
  }) => {
    await page.goto('/')
    await dropFiles(page, [join(fixturesDir, 'real', expected.file)])

    const item = page.getByTestId('file-item').filter({ hasText: expected.file })
    await expect(item).toHaveAttribute('data-status', 'read', { timeout: 45_000 })
    const row = overviewRows(page)
    await expect(row).toHaveCount(1)
    await expect(rowCell(row, await columnIndex(page, '机关'))).toContainText(expected.agency)
    await expect(rowCell(row, await columnIndex(page, '年度'))).toContainText(String(expected.year))
    for (const [header, cellId] of compared) {
      const shown = await rowCell(row, await columnIndex(page, header)).innerText()
      expect(shownNumber(shown), `${header} (${cellId})`).toBe(expected.cells[cellId])
    }
  })
}
