import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  columnIndex,
  expect,
  fixturesDir,
  overviewRows,
  readGroundTruth,
  rowCell,
  shownNumber,
  test,
} from './helpers'

const pagePath = join(fixturesDir, 'real/shuyang_fgj_2023_page.html')
const expected = readGroundTruth(join(fixturesDir, 'real/shuyang_fgj_2023_page.expected.json'))

const compared: [header: string, cellId: string][] = [
  ['行政许可', 'proactive.licensing.decisions'],
  ['新收申请', 'applications.received.total'],
  ['予以公开', 'applications.granted.total'],
  ['行政复议', 'appeals.reconsideration.total'],
]

/** What Chromium puts on the clipboard when a person selects the report on the page and copies it. */
function copiedSelection(page: string): string {
  const article = /<article>([\s\S]*)<\/article>/.exec(page)?.[1]
  if (article === undefined) throw new Error('the saved page has no <article>')
  return `<html>\n<body>\n<!--StartFragment-->${article}<!--EndFragment-->\n</body>\n</html>`
}

test('Ctrl+V of a report copied from a web page reads the tables of its text/html', async ({ page }) => {
  const html = copiedSelection(readFileSync(pagePath, 'utf8'))
  // The plain-text flavour alone holds no table: a row with the numbers can only come from the HTML.
  const plainText = `${expected.agency}${expected.year}年政府信息公开年度报告`
  await page.goto('/')
  await expect(page.getByTestId('dropzone')).toBeVisible()

  // A trusted clipboard is not available headless; the paste event carries both flavours as a real one would.
  await page.evaluate(
    ({ html, plainText }) => {
      const clipboardData = new DataTransfer()
      clipboardData.setData('text/plain', plainText)
      clipboardData.setData('text/html', html)
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      )
    },
    { html, plainText },
  )

  const item = page.getByTestId('file-item')
  await expect(item).toHaveAttribute('data-status', 'read')
  await expect(item).toContainText('粘贴的网页')
  const row = overviewRows(page)
  await expect(row).toHaveCount(1)
  await expect(rowCell(row, await columnIndex(page, '机关'))).toContainText(expected.agency)
  await expect(rowCell(row, await columnIndex(page, '年度'))).toContainText(String(expected.year))
  for (const [header, cellId] of compared) {
    const shown = await rowCell(row, await columnIndex(page, header)).innerText()
    expect(shownNumber(shown), `${header} (${cellId})`).toBe(expected.cells[cellId])
  }
})
