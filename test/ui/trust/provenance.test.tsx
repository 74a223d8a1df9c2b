import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { addReport, useDashboardStore } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'
import { corruptedShifanqu, SHIFANQU, SHIFANQU_SEED } from './trustFixtures'

function overviewRowOf(agency: string): HTMLElement {
  const row = screen.getAllByTestId('overview-row').find((tr) => tr.textContent?.includes(agency))
  if (!row) throw new Error(`no overview row for ${agency}`)
  return row
}

describe('provenance panel', () => {
  it('clicking an overview number shows its file, line and the source text with the number marked', async () => {
    for (const entry of parsedSeedEntries()) addReport(entry)
    const user = userEvent.setup()
    render(<App />)
    const row = overviewRowOf(SHIFANQU)
    const received = within(row)
      .getAllByRole('button', { name: '51' })
      .find((button) => button.getAttribute('data-inspect') === '新收申请')
    if (!received) throw new Error('no 新收申请 button')
    await user.click(received)

    const panel = screen.getByRole('dialog', { name: '数值来源：新收申请' })
    expect(within(panel).getByTestId('source-file')).toHaveTextContent(SHIFANQU_SEED)
    expect(panel).toHaveTextContent(`${SHIFANQU} 2023`)
    const section = within(panel).getByRole('region', { name: '表三 新收·总计' })
    expect(within(section).getByTestId('source-value')).toHaveTextContent('51')
    expect(section).toHaveTextContent('第 40 行')
    const sourceLine = section.querySelector('[data-source-line="true"]')
    expect(sourceLine).toHaveTextContent('一、本年新收政府信息公开申请数量')
    expect(sourceLine?.querySelectorAll('mark')).toHaveLength(1)
    expect(sourceLine?.querySelector('mark')).toHaveTextContent('51')

    await user.click(within(panel).getByRole('button', { name: '关闭来源面板' }))
    expect(screen.queryByRole('dialog', { name: /数值来源/ })).not.toBeInTheDocument()
  })

  it('a sum shows every cell it adds up, and a comparison cell opens its own source', async () => {
    const entries = parsedSeedEntries()
    for (const entry of entries) addReport(entry)
    const user = userEvent.setup()
    render(<App />)
    const litigation = overviewRowOf(SHIFANQU).querySelector('[data-inspect="行政诉讼"]')
    if (!(litigation instanceof HTMLElement)) throw new Error('no 行政诉讼 button')
    await user.click(litigation)
    const panel = screen.getByRole('dialog', { name: '数值来源：行政诉讼' })
    expect(
      within(panel)
        .getAllByRole('region')
        .map((region) => region.getAttribute('aria-label')),
    ).toEqual(['表四 行政诉讼（未经复议直接起诉）·总计', '表四 行政诉讼（复议后起诉）·总计'])
    expect(panel).toHaveTextContent('该数值由以下 2 个单元格得出：')

    const [first, second] = entries
    if (!first || !second) throw new Error('seeds missing')
    useDashboardStore.getState().toggleSelected(first.id)
    useDashboardStore.getState().toggleSelected(second.id)
    await user.click(screen.getByRole('tab', { name: '并排对比' }))
    // Plain DOM queries: role queries over the 25×7 tables are slow in jsdom.
    const penalty = document.querySelector('[data-inspect="表二 行政处罚·处理决定数量"]')
    if (!(penalty instanceof HTMLElement)) throw new Error('no 行政处罚 cell in the comparison')
    await user.click(penalty)
    const cellPanel = screen.getByRole('dialog', { name: '数值来源：表二 行政处罚·处理决定数量' })
    expect(cellPanel.querySelector('[data-source-line="true"] mark')).not.toBeNull()
  }, 20_000)

  it('names a failed check’s rule once, before its severity, then says what the check found', async () => {
    addReport(corruptedShifanqu())
    const user = userEvent.setup()
    render(<App />)
    const received = overviewRowOf(SHIFANQU).querySelector('[data-inspect="新收申请"]')
    if (!(received instanceof HTMLElement)) throw new Error('no 新收申请 button')
    await user.click(received)
    const panel = screen.getByRole('dialog', { name: '数值来源：新收申请' })
    const failed = within(panel).getByRole('list', { name: '未通过的检查' })
    const items = within(failed).getAllByRole('listitem')
    // 新收·总计 is in the 新收 row's sum (R-B), not in the 自然人 column's (R-A).
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^R-B 错误：新收行：自然人 52 /),
    ])
  })

  it('a check’s cells are introduced as the cells the check compares, not as the parts of a value', async () => {
    addReport(corruptedShifanqu())
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('tab', { name: '检查' }))
    const findings = screen.getByRole('region', { name: `${SHIFANQU} 2023` })
    const rowTotal = within(findings)
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('data-rule') === 'R-B')
    if (!rowTotal) throw new Error('no R-B finding')
    await user.click(within(rowTotal).getByRole('button', { name: /查看来源/ }))

    const panel = screen.getByRole('dialog', { name: '数值来源：R-B 涉及的单元格' })
    const cells = within(panel).getAllByRole('region').length
    expect(rowTotal).toHaveTextContent(`查看来源（${cells} 个单元格）`)
    expect(panel).toHaveTextContent(`该检查涉及以下 ${cells} 个单元格：`)
    expect(panel).not.toHaveTextContent('得出')
  })

  it('keyboard: Escape closes the panel after a correction is undone, and focus goes back to the number', async () => {
    for (const entry of parsedSeedEntries()) addReport(entry)
    const user = userEvent.setup()
    render(<App />)
    const received = overviewRowOf(SHIFANQU).querySelector('[data-inspect="新收申请"]')
    if (!(received instanceof HTMLElement)) throw new Error('no 新收申请 button')
    received.focus()
    await user.keyboard('{Enter}')
    const panel = screen.getByRole('dialog', { name: '数值来源：新收申请' })
    expect(panel).toHaveFocus()

    const input = within(panel).getByRole('textbox', { name: '更正 表三 新收·总计' })
    await user.type(input, '50{Enter}')
    await user.click(within(panel).getByRole('button', { name: '撤销更正 表三 新收·总计' }))
    expect(useDashboardStore.getState().corrections).toEqual([])
    // The undo button is gone with the correction: focus stays in the panel, on the input.
    expect(input).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: /数值来源/ })).not.toBeInTheDocument()
    expect(overviewRowOf(SHIFANQU).querySelector('[data-inspect="新收申请"]')).toHaveFocus()

    // Focus lost to <body> while the panel is open: Escape still closes it.
    await user.click(received)
    expect(screen.getByRole('dialog', { name: '数值来源：新收申请' })).toBeInTheDocument()
    ;(document.activeElement as HTMLElement | null)?.blur()
    expect(document.body).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: /数值来源/ })).not.toBeInTheDocument()

    // Focus moved on to another part of the page (a tab): Escape closes it too, and focus stays there.
    await user.click(received)
    const chartsTab = screen.getByRole('tab', { name: '图表' })
    chartsTab.focus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: /数值来源/ })).not.toBeInTheDocument()
    expect(chartsTab).toHaveFocus()

    // In a field outside the panel, Escape belongs to the field: the panel stays.
    await user.click(received)
    const search = screen.getByRole('searchbox', { name: '搜索机关' })
    await user.click(search)
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: '数值来源：新收申请' })).toBeInTheDocument()
  }, 20_000)
})
