import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { addReport, useDashboardStore } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { recordDownloads, restoreObjectUrlsAfterEach } from '../../helpers/downloads'
import { corruptedShifanqu, loadedFromText, seedText, SHIFANQU, SHIFANQU_SEED } from './trustFixtures'

describe('supervisor checking report', () => {
  restoreObjectUrlsAfterEach()

  it('one click lists every loaded report by agency with its problems, and exports them as CSV', async () => {
    const seeds = parsedSeedEntries()
    for (const entry of seeds) addReport(entry)
    addReport(corruptedShifanqu())
    // The report covers every loaded report, not only those the filters show.
    useDashboardStore.getState().toggleYear(2024)
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('tab', { name: '检查' }))
    await user.click(screen.getByRole('button', { name: '生成检查报告' }))

    const page = screen.getByRole('dialog', { name: '政府信息公开工作年度报告检查情况' })
    expect(page).toHaveTextContent('共检查 6 份报告：1 份有错误，0 份仅有警告，5 份未发现错误和警告')
    // The legend puts R-T among the 警告, as its rows are.
    const legend = page.querySelector('.supervisor-note')?.textContent ?? ''
    expect(legend.indexOf('（R-T）')).toBeGreaterThan(legend.indexOf('警告：'))
    expect(legend.indexOf('（R-T）')).toBeLessThan(legend.indexOf('提示：'))
    expect(within(page).getAllByTestId('supervisor-row')).toHaveLength(6)
    const agencies = within(page).getAllByRole('region')
    expect(agencies).toHaveLength(5)
    const shifanqu = within(page).getByRole('region', { name: SHIFANQU })
    const rows = within(shifanqu).getAllByTestId('supervisor-row')
    expect(rows).toHaveLength(2)
    const problems = rows.flatMap((row) => within(row).queryAllByRole('row').slice(1))
    // The rule has its own column: 问题说明 does not say it again.
    expect(problems.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      [
        '错误',
        'R-A',
        expect.stringMatching(/^自然人列：新收 52 件加上年结转 0 件，共 52 件，而办理结果总计 51 件/),
      ],
      ['错误', 'R-B', expect.stringMatching(/^新收行：自然人 52/)],
    ])

    const { names, blobs } = recordDownloads()
    await user.click(within(page).getByRole('button', { name: '导出检查报告 CSV' }))
    expect(names).toEqual(['政府信息公开年报检查报告_全部年份.csv'])
    const text = await blobs[0]?.text()
    const lines = (text ?? '')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['单位', '报告所写单位名称', '年度', '文件'])
    // One line per problem, one per clean report.
    expect(lines).toHaveLength(1 + 5 + 2)
    expect(
      lines.filter((line) => line.includes(',R-A,错误,自然人列：新收 52 件加上年结转 0 件，共 52 件')),
    ).toHaveLength(1)
    expect(lines.filter((line) => /,R-[A-Z],错误,R-/.test(line))).toEqual([])

    await user.click(within(page).getByRole('button', { name: '关闭' }))
    expect(screen.queryByRole('dialog', { name: '政府信息公开工作年度报告检查情况' })).not.toBeInTheDocument()
  }, 30_000)

  it('keeps keyboard focus inside while open; Escape closes it and focus goes back to 生成检查报告', async () => {
    for (const entry of parsedSeedEntries()) addReport(entry)
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('tab', { name: '检查' }))
    const opener = screen.getByRole('button', { name: '生成检查报告' })
    opener.focus()
    await user.keyboard('{Enter}')
    const page = screen.getByRole('dialog', { name: '政府信息公开工作年度报告检查情况' })
    expect(within(page).getByRole('button', { name: '关闭' })).toHaveFocus()

    // The controls of the page under the overlay are never reached.
    for (const name of ['打印', '导出检查报告 CSV', '关闭', '打印']) {
      await user.tab()
      expect(within(page).getByRole('button', { name })).toHaveFocus()
    }
    await user.tab({ shift: true })
    expect(within(page).getByRole('button', { name: '关闭' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: '政府信息公开工作年度报告检查情况' })).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  }, 30_000)

  it('counts a report with its 表四 unread apart, as the 检查 tab does, and says what is unread', async () => {
    const text = seedText(SHIFANQU_SEED)
    const withoutTable4 = text.replace(/四、政府信息公开行政复议[\s\S]*?(?=五、存在)/u, '')
    expect(withoutTable4).not.toBe(text)
    addReport(loadedFromText('no-table4.txt', withoutTable4, 0))
    const other = parsedSeedEntries()[3]
    if (!other) throw new Error('seed 003 missing')
    addReport(other)
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('tab', { name: '检查' }))
    expect(screen.getByTestId('checks-summary')).toHaveTextContent(
      '共 2 份报告：0 份有错误，0 份仅有警告，1 份有未读取或未识别的内容，1 份无错误和警告',
    )
    await user.click(screen.getByRole('button', { name: '生成检查报告' }))

    const page = screen.getByRole('dialog', { name: '政府信息公开工作年度报告检查情况' })
    expect(page).toHaveTextContent(
      '共检查 2 份报告：0 份有错误，0 份仅有警告，1 份有未读取或未识别的内容，1 份未发现错误和警告。',
    )
    const agency = within(page).getByRole('region', { name: SHIFANQU })
    expect(within(agency).getByRole('heading', { level: 2 })).toHaveTextContent(`${SHIFANQU}15 格未读取`)
    const [row] = within(agency).getAllByTestId('supervisor-row')
    expect(row).toHaveTextContent('有未读取或未识别的内容：15 格未读取')
    expect(row).not.toHaveTextContent('未发现问题')
    expect(row).toHaveTextContent('未找到表四')
  }, 30_000)
})
