import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  columnIndex,
  dropBytes,
  downloadedBytes,
  expect,
  openTab,
  overviewRows,
  rowCell,
  seedDir,
  test,
} from './helpers'

const SHIFANQU = '城乡一体化示范区党政办公室'
const SHIFANQU_FILE = '001_cad4fa3e014eb2f3.txt'
const RECEIVED_LINE = '一、本年新收政府信息公开申请数量\t\t51\t'

function seedBytes(): Buffer {
  return readFileSync(join(seedDir, SHIFANQU_FILE))
}

/**
 * The 示范区 seed with 自然人 新收 misread as 52 (row total still 51): R-A and R-B fail. `year` moves the
 * copy to another year, so it sits beside the real report instead of duplicating it.
 */
function corruptedBytes(year = 2023): Uint8Array {
  const text = seedBytes().toString('utf8')
  expect(text).toContain(RECEIVED_LINE)
  expect(text).toContain(`${SHIFANQU} 2023 年`)
  return new TextEncoder().encode(
    text
      .replace(RECEIVED_LINE, RECEIVED_LINE.replace('51', '52'))
      .replace(`${SHIFANQU} 2023 年`, `${SHIFANQU} ${year} 年`),
  )
}

test('clicking a number shows the file, the line and the source text with the number marked', async ({
  page,
}) => {
  await page.goto('/')
  await dropBytes(page, [{ name: SHIFANQU_FILE, bytes: seedBytes() }])
  await expect(overviewRows(page)).toHaveCount(1)
  const column = await columnIndex(page, '新收申请')
  const number = rowCell(overviewRows(page).first(), column).getByRole('button', { name: '51' })
  await number.click()

  const panel = page.getByRole('dialog', { name: '数值来源：新收申请' })
  await expect(panel.getByTestId('source-file')).toHaveText(SHIFANQU_FILE)
  const cell = panel.getByRole('region', { name: '表三 新收·总计' })
  await expect(cell).toContainText('第 40 行')
  const sourceLine = cell.locator('[data-source-line="true"]')
  await expect(sourceLine).toContainText('一、本年新收政府信息公开申请数量')
  await expect(sourceLine.locator('mark')).toHaveText('51')
  // Non-modal: beside the panel the page's buttons stay reachable (a trial click fails on a covered one).
  await page.getByRole('button', { name: `移除 ${SHIFANQU_FILE}` }).click({ trial: true, timeout: 2_000 })
  await page.getByRole('button', { name: '清空' }).click({ trial: true, timeout: 2_000 })
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  // Back on the number it was opened from, so the keyboard carries on from there.
  await expect(number).toBeFocused()
})

test('correcting a misread cell turns its checks green at once; undo brings them back', async ({ page }) => {
  await page.goto('/')
  await dropBytes(page, [{ name: 'misread.txt', bytes: corruptedBytes() }])
  await expect(overviewRows(page)).toHaveCount(1)
  const status = rowCell(overviewRows(page).first(), await columnIndex(page, '检查'))
  await expect(status).toHaveText('2 个错误')

  await openTab(page, '检查')
  const findings = page.getByRole('region', { name: `${SHIFANQU} 2023` })
  await expect(findings.locator('[data-rule="R-A"]')).toContainText(
    '新收 52 件加上年结转 0 件，共 52 件，而办理结果总计 51 件加结转下年度 0 件，共 51 件，两者不一致',
  )
  await findings
    .locator('[data-rule="R-B"]')
    .getByRole('button', { name: /查看来源/ })
    .click()

  const panel = page.getByRole('dialog', { name: /数值来源/ })
  const natural = panel.getByRole('region', { name: '表三 新收·自然人' })
  await expect(natural.locator('[data-source-line="true"] mark')).toHaveText('52')
  await natural.getByRole('textbox', { name: '更正 表三 新收·自然人' }).fill('51')
  await natural.getByRole('button', { name: '保存更正' }).click()
  await expect(natural).toContainText('已更正：报告原值 52，更正为 51')
  await expect(page.getByText('✓ 所有报告的检查全部通过。')).toBeVisible()

  await openTab(page, '总览')
  await expect(status).toHaveText('✓')
  await expect(rowCell(overviewRows(page).first(), await columnIndex(page, '新收申请'))).toContainText('51')

  await natural.getByRole('button', { name: '撤销更正 表三 新收·自然人' }).click()
  await expect(status).toHaveText('2 个错误')
  // The undo button went with the correction; Escape still closes the panel.
  await expect(natural.getByRole('textbox', { name: '更正 表三 新收·自然人' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
})

test('the supervisor report lists each report’s problems by agency and downloads as CSV', async ({
  page,
}) => {
  await page.goto('/')
  await dropBytes(page, [
    { name: SHIFANQU_FILE, bytes: seedBytes() },
    { name: 'misread-2022.txt', bytes: corruptedBytes(2022) },
  ])
  await expect(overviewRows(page)).toHaveCount(2)
  await openTab(page, '检查')
  await page.getByRole('button', { name: '生成检查报告' }).click()
  const report = page.getByRole('dialog', { name: '政府信息公开工作年度报告检查情况' })
  await expect(report).toContainText('共检查 2 份报告：1 份有错误')
  // The legend lists R-T among the 警告, as its findings are.
  await expect(report.locator('.supervisor-note')).toContainText(/警告：[^；]*（R-T）[^；]*；提示：/u)
  const agency = report.getByRole('region', { name: SHIFANQU })
  await expect(agency.getByTestId('supervisor-row')).toHaveCount(2)
  await expect(agency.getByTestId('supervisor-row').first()).toContainText('2022 年度')
  await expect(agency.getByTestId('supervisor-row').first()).toContainText('R-B')
  // The misread 2022 file is the 2023 text with another year: 2023 copied it word for word.
  await expect(agency.getByTestId('supervisor-row').last()).toContainText('文字雷同')
  await expect(agency.getByTestId('supervisor-row').last()).toContainText('与上年报告文字雷同')

  const downloading = page.waitForEvent('download')
  await report.getByRole('button', { name: '导出检查报告 CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('政府信息公开年报检查报告_全部年份.csv')
  const csv = (await downloadedBytes(download)).toString('utf8')
  expect(csv.startsWith('\uFEFF单位,')).toBe(true)
  expect(csv).toContain(',R-B,错误,')
  expect(csv).toContain(',文字雷同,警告,与上年报告文字雷同：与本机关 2022 年报告有 ')
})

test('the supervisor report counts a report with its 表四 unread apart, as 检查 does, and says what is unread', async ({
  page,
}) => {
  const text = seedBytes().toString('utf8')
  const withoutTable4 = text.replace(/四、政府信息公开行政复议[\s\S]*?(?=五、存在)/u, '')
  expect(withoutTable4).not.toBe(text)
  await page.goto('/')
  await dropBytes(page, [
    { name: 'no-table4.txt', bytes: new TextEncoder().encode(withoutTable4) },
    { name: '003.txt', bytes: readFileSync(join(seedDir, '003_1579294a3fe638da.txt')) },
  ])
  await expect(overviewRows(page)).toHaveCount(2)
  await openTab(page, '检查')
  await expect(page.getByTestId('checks-summary')).toContainText(
    '1 份有未读取或未识别的内容，1 份无错误和警告',
  )
  await page.getByRole('button', { name: '生成检查报告' }).click()
  const report = page.getByRole('dialog', { name: '政府信息公开工作年度报告检查情况' })
  await expect(report).toContainText(
    '共检查 2 份报告：0 份有错误，0 份仅有警告，1 份有未读取或未识别的内容，1 份未发现错误和警告。',
  )
  const agency = report.getByRole('region', { name: SHIFANQU })
  await expect(agency.getByRole('heading', { level: 2 })).toContainText('15 格未读取')
  await expect(agency.getByTestId('supervisor-row')).toContainText('有未读取或未识别的内容：15 格未读取')
  await expect(agency.getByTestId('supervisor-row')).not.toContainText('未发现问题')

  const downloading = page.waitForEvent('download')
  await report.getByRole('button', { name: '导出检查报告 CSV' }).click()
  const csv = (await downloadedBytes(await downloading)).toString('utf8')
  const [header = '', ...lines] = csv
    .replace(/^\uFEFF/u, '')
    .trimEnd()
    .split('\r\n')
  const gapsColumn = header.split(',').indexOf('未读取或未识别')
  expect(gapsColumn).toBe(header.split(',').indexOf('警告数') + 1)
  const noTable4 = lines.filter((line) => line.includes(',no-table4.txt,'))
  expect(noTable4.length).toBeGreaterThan(0)
  for (const line of noTable4) expect(line.split(',')[gapsColumn]).toBe('15 格未读取')
})

test('a report whose only finding is a notice shows ✓ with the notice counted in 总览 and its CSV', async ({
  page,
}) => {
  const text = seedBytes().toString('utf8')
  const withoutSection5 = text.replace('五、存在的主要问题及改进情况', '')
  expect(withoutSection5).not.toBe(text)
  await page.goto('/')
  await dropBytes(page, [{ name: 'no-section5.txt', bytes: new TextEncoder().encode(withoutSection5) }])
  await expect(overviewRows(page)).toHaveCount(1)
  const status = rowCell(overviewRows(page).first(), await columnIndex(page, '检查'))
  await expect(status).toHaveText('✓ · 1 个提示')
  await expect(status.locator('[title]')).toHaveAttribute(
    'title',
    /^勾稽关系全部通过；提示：\nR-J .*第五部分/u,
  )

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV' }).click()
  const csv = (await downloadedBytes(await downloading)).toString('utf8')
  const [header = '', row = ''] = csv.replace(/^\uFEFF/u, '').split('\r\n')
  expect(row.split(',')[header.split(',').indexOf('检查')]).toBe('✓ · 1 个提示')
})
