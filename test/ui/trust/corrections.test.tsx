import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { ChecksView } from '../../../src/features/checks/ChecksView'
import { describeCell } from '../../../src/core/model/labels'
import { overviewCsvTable } from '../../../src/features/overview/overviewCsv'
import { toOverviewEntries } from '../../../src/features/overview/overviewEntries'
import { addReport, selectFilteredReports, useDashboardStore } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { corruptedShifanqu, SHIFANQU } from './trustFixtures'

const NATURAL = 'applications.received.natural'
const GRANTED = 'applications.granted.total'

function statusOf(agency: string): string {
  const row = screen.getAllByTestId('overview-row').find((tr) => tr.textContent?.includes(agency))
  return row?.querySelector('.check')?.textContent ?? ''
}

describe('corrections', () => {
  it('a corrected cell turns its checks green at once, is marked and exported, and undo brings the error back', async () => {
    const corrupted = corruptedShifanqu()
    addReport(corrupted)
    const user = userEvent.setup()
    render(<App />)
    expect(statusOf(SHIFANQU)).toBe('2 个错误')
    const checksTab = screen.getByRole('tab', { name: '检查' })
    expect(checksTab.querySelector('.tab-badge')).toHaveTextContent('1')

    // The 检查 tab names both failures with both sides, and leads to the cells' source.
    await user.click(screen.getByRole('tab', { name: '检查' }))
    const findings = screen.getByRole('region', { name: `${SHIFANQU} 2023` })
    const items = within(findings).getAllByRole('listitem')
    expect(items.map((item) => item.getAttribute('data-rule'))).toEqual(['R-A', 'R-B'])
    expect(items[0]).toHaveTextContent(
      '新收 52 件加上年结转 0 件，共 52 件，而办理结果总计 51 件加结转下年度 0 件，共 51 件，两者不一致',
    )
    const rowTotal = items[1]
    if (!rowTotal) throw new Error('no R-B item')
    await user.click(within(rowTotal).getByRole('button', { name: /查看来源/ }))

    const panel = screen.getByRole('dialog', { name: /数值来源/ })
    const natural = within(panel).getByRole('region', { name: '表三 新收·自然人' })
    expect(natural.querySelector('[data-source-line="true"] mark')).toHaveTextContent('52')
    expect(within(natural).getByRole('list', { name: '未通过的检查' })).toHaveTextContent('R-B')
    await user.type(within(natural).getByRole('textbox', { name: '更正 表三 新收·自然人' }), '51')
    await user.click(within(natural).getByRole('button', { name: '保存更正' }))

    // Stored as a correction: the report keeps what it said.
    expect(useDashboardStore.getState().corrections).toMatchObject([
      { reportId: corrupted.id, cellId: NATURAL, old: 52, new: 51 },
    ])
    expect(useDashboardStore.getState().reports[0]?.report.cells[NATURAL]?.value).toBe(52)
    expect(natural).toHaveTextContent('已更正：报告原值 52，更正为 51')
    expect(screen.getByTestId('checks-summary')).toHaveTextContent('0 份有错误')
    expect(screen.getByText('✓ 所有报告的检查全部通过。')).toBeInTheDocument()
    expect(checksTab.querySelector('.tab-badge')).toBeNull()

    await user.click(screen.getByRole('tab', { name: '总览' }))
    expect(statusOf(SHIFANQU)).toBe('✓')
    const { headers, rows } = overviewCsvTable(
      toOverviewEntries(selectFilteredReports(useDashboardStore.getState())),
    )
    expect(rows[0]?.[headers.indexOf('已更正')]).toBe('表三 新收·自然人 原值 52')

    await user.click(within(natural).getByRole('button', { name: '撤销更正 表三 新收·自然人' }))
    expect(useDashboardStore.getState().corrections).toEqual([])
    expect(statusOf(SHIFANQU)).toBe('2 个错误')
    expect(natural.querySelector('[data-source-line="true"] mark')).toHaveTextContent('52')
  }, 30_000)

  it('refuses a value outside the cell’s domain and says why', async () => {
    const corrupted = corruptedShifanqu()
    addReport(corrupted)
    useDashboardStore
      .getState()
      .inspectCells({ reportId: corrupted.id, cellIds: [NATURAL], label: '自然人', kind: 'value' })
    const user = userEvent.setup()
    render(<App />)
    const panel = screen.getByRole('dialog', { name: '数值来源：自然人' })
    const input = within(panel).getByRole('textbox', { name: '更正 表三 新收·自然人' })
    await user.type(input, '5.5')
    await user.click(within(panel).getByRole('button', { name: '保存更正' }))
    expect(within(panel).getByRole('alert')).toHaveTextContent('该项必须是整数')
    await user.clear(input)
    await user.type(input, '52')
    await user.click(within(panel).getByRole('button', { name: '保存更正' }))
    expect(within(panel).getByRole('alert')).toHaveTextContent('新数值与当前数值相同')
    expect(useDashboardStore.getState().corrections).toEqual([])
  }, 20_000)

  it('只看有问题的报告 keeps only reports with errors or warnings, in every view, and shows as a chip', async () => {
    for (const entry of parsedSeedEntries()) addReport(entry)
    addReport(corruptedShifanqu())
    const user = userEvent.setup()
    render(<App />)
    expect(screen.getAllByTestId('overview-row')).toHaveLength(6)
    await user.click(screen.getByRole('checkbox', { name: '只看有问题的报告' }))
    expect(screen.getAllByTestId('overview-row')).toHaveLength(1)
    expect(statusOf(SHIFANQU)).toBe('2 个错误')
    expect(screen.getByTestId('filter-chip')).toHaveTextContent('只看有问题的报告')
    await user.click(screen.getByRole('button', { name: '移除筛选 只看有问题的报告' }))
    expect(screen.getAllByTestId('overview-row')).toHaveLength(6)
  }, 20_000)

  it('the 更正记录 lists every step with old and new value; only a cell’s latest step can be undone', async () => {
    const corrupted = corruptedShifanqu()
    addReport(corrupted)
    const { correctCell } = useDashboardStore.getState()
    expect(correctCell(corrupted.id, NATURAL, 50)).toBeNull()
    expect(correctCell(corrupted.id, NATURAL, 51)).toBeNull()
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('tab', { name: '检查' }))
    const log = screen.getByTestId('corrections-log')
    await user.click(within(log).getByText('更正记录（2 处）'))
    const rows = within(log).getAllByRole('row').slice(1)
    expect(
      rows.map((row) => [...row.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent)),
    ).toEqual([
      ['表三 新收·自然人', '52', '50'],
      ['表三 新收·自然人', '50', '51'],
    ])
    expect(rows.map((row) => within(row).queryByRole('button', { name: /^撤销：/ }) !== null)).toEqual([
      false,
      true,
    ])
    expect(screen.getByText('✓ 所有报告的检查全部通过。')).toBeInTheDocument()
    const last = rows[1]
    if (!last) throw new Error('no second step')
    // Its name starts with what it shows and says which report's which cell it undoes.
    expect(within(last).getByRole('button', { name: /^撤销：/ })).toHaveAccessibleName(
      `撤销：${last.querySelector('td')?.textContent ?? ''} 表三 新收·自然人`,
    )
    await user.click(within(last).getByRole('button', { name: /^撤销：/ }))
    expect(useDashboardStore.getState().corrections).toMatchObject([{ old: 52, new: 50 }])
    expect(within(log).getAllByRole('button', { name: /^撤销：/ })).toHaveLength(1)
  }, 20_000)

  it('撤销 in the 更正记录 moves focus to the next 撤销, else the one above, else the line saying what was undone', async () => {
    const corrupted = corruptedShifanqu()
    addReport(corrupted)
    const { correctCell, correctIdentity } = useDashboardStore.getState()
    const granted = corrupted.report.cells[GRANTED]?.value
    if (granted === undefined) throw new Error(`${GRANTED} not read`)
    expect(correctCell(corrupted.id, NATURAL, 50)).toBeNull()
    expect(correctCell(corrupted.id, NATURAL, 51)).toBeNull()
    expect(correctCell(corrupted.id, GRANTED, granted + 1)).toBeNull()
    expect(correctIdentity(corrupted.id, SHIFANQU, 2022)).toBeNull()
    const user = userEvent.setup()
    render(<ChecksView />)
    const log = screen.getByTestId('corrections-log')
    await user.click(within(log).getByText('更正记录（4 处）'))
    const undoButtons = () => within(log).getAllByRole('button', { name: /^撤销：/ })
    const rowOf = (button: HTMLElement | undefined) => button?.closest('tr')?.textContent ?? ''
    const undo = async (button: HTMLElement | undefined) => {
      button?.focus()
      await user.keyboard('{Enter}')
    }
    const status = screen.getByRole('status')
    // Rows: 自然人 52→50 (no 撤销: not its cell's latest), 自然人 50→51, 予以公开, the year.
    expect(undoButtons()).toHaveLength(3)

    // 予以公开: the next 撤销, the year's, takes focus.
    await undo(undoButtons()[1])
    expect(undoButtons()).toHaveLength(2)
    expect(rowOf(undoButtons()[1])).toContain('年度')
    expect(undoButtons()[1]).toHaveFocus()
    expect(status).toHaveTextContent(`已撤销对“${SHIFANQU} 2022”${describeCell(GRANTED)}的更正。`)

    // The year, the last: the 撤销 above it.
    await undo(undoButtons()[1])
    expect(undoButtons()).toHaveLength(1)
    expect(undoButtons()[0]).toHaveFocus()
    expect(status).toHaveTextContent(`已撤销对“${SHIFANQU} 2022”年度的更正。`)

    // 自然人 50→51: its first step becomes the latest and takes the 撤销, and the focus.
    await undo(undoButtons()[0])
    expect(rowOf(undoButtons()[0])).toContain('52')
    expect(undoButtons()[0]).toHaveFocus()

    // None left: the log goes, and focus goes to the line saying what was undone.
    await undo(undoButtons()[0])
    expect(screen.queryByTestId('corrections-log')).not.toBeInTheDocument()
    expect(status).toHaveFocus()
    expect(status).toHaveTextContent(`已撤销对“${SHIFANQU} 2023”${describeCell(NATURAL)}的更正。`)
    expect(useDashboardStore.getState().corrections).toEqual([])
  }, 20_000)
})
