import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { WEIHUI_2021, weihuiNextYear } from '../helpers/nextYearCopy'
import {
  dropBytes,
  dropFiles,
  expect,
  fixturesDir,
  openTab,
  overviewRows,
  readGroundTruth,
  seedTextPaths,
  test,
} from './helpers'

test('检查 names the rule a published report breaks (洪泽区 表四, R-D) next to that report', async ({
  page,
}) => {
  const hongze = readGroundTruth(join(fixturesDir, 'real', 'hongze_district_gov_2023.expected.json'))
  // The ground truth records the published 表四 as breaking R-D: 复议 维持 10 + 纠正 1 with 总计 0.
  const reconsideration = ['upheld', 'corrected', 'other', 'pending'].reduce(
    (sum, column) => sum + (hongze.cells[`appeals.reconsideration.${column}`] ?? 0),
    0,
  )
  expect(reconsideration).not.toBe(hongze.cells['appeals.reconsideration.total'])

  await page.goto('/')
  await dropFiles(page, [...seedTextPaths, join(fixturesDir, 'real', hongze.file)])
  await expect(overviewRows(page)).toHaveCount(seedTextPaths.length + 1, { timeout: 45_000 })

  await openTab(page, '检查')
  const panel = page.getByRole('tabpanel')
  const hongzeFindings = panel.getByRole('region', { name: `${hongze.agency} ${hongze.year}` })
  await expect(hongzeFindings.getByRole('listitem').filter({ hasText: 'R-D' }).first()).toBeVisible()
  // The seeds' tables add up (R-A..R-D hold in their ground truth): none of them may be flagged R-D.
  await expect(panel.getByRole('listitem').filter({ hasText: 'R-D' })).toHaveCount(
    await hongzeFindings.getByRole('listitem').filter({ hasText: 'R-D' }).count(),
  )
})

test('检查 names a report copied from last year (内容雷同) and shows the sentences it shares', async ({
  page,
}) => {
  const text = readFileSync(join(fixturesDir, WEIHUI_2021), 'utf8')
  await page.goto('/')
  await dropBytes(page, [
    { name: '卫辉市城市管理局2021.txt', bytes: new TextEncoder().encode(text) },
    { name: '卫辉市城市管理局2022.txt', bytes: new TextEncoder().encode(weihuiNextYear(text)) },
  ])
  await expect(overviewRows(page)).toHaveCount(2, { timeout: 45_000 })

  await openTab(page, '检查')
  const panel = page.getByRole('tabpanel')
  const later = panel.getByRole('region', { name: '卫辉市城市管理局 2022' })
  const copied = later.getByTestId('copied-text')
  await expect(copied).toContainText(/与上年报告文字雷同：与本机关 2021 年报告有 \d+ 句相同/u)
  // Last year's report is not blamed for this year's copy.
  await expect(panel.getByTestId('copied-text')).toHaveCount(1)
  await copied.getByText(/相同的句子/u).click()
  await expect(copied.getByRole('listitem').first()).toContainText(/本报告第 \d+ 行/u)
})
