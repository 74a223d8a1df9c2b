import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { addReport, useDashboardStore } from '../../../src/store'
import { loadedFromText, RECEIVED_LINE, seedText, SHIFANQU, SHIFANQU_SEED } from './trustFixtures'

const CARRIED_FORWARD_LINE = '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t'

/**
 * The 示范区's previous report as an office might publish it: no year in the title, and 3 natural-person
 * applications carried forward, which the real 2023 report does not take over (R-F, once the year is known).
 */
function yearlessPreviousReport(): string {
  const text = seedText(SHIFANQU_SEED)
  for (const expected of [RECEIVED_LINE, CARRIED_FORWARD_LINE, `${SHIFANQU} 2023 年`])
    if (!text.includes(expected)) throw new Error(`seed changed: ${expected} not found`)
  return text
    .replace(`${SHIFANQU} 2023 年`, SHIFANQU)
    .replace(RECEIVED_LINE + '0\t0\t0\t0\t0\t51', RECEIVED_LINE.replace('51', '54') + '0\t0\t0\t0\t0\t54')
    .replace(CARRIED_FORWARD_LINE, '四、结转下年度继续办理\t\t3\t0\t0\t0\t0\t0\t3\t')
    .replaceAll('2023', '')
}

function yearCells(): string[] {
  return screen
    .getAllByTestId('overview-row')
    .map((row) => row.querySelectorAll('td')[2]?.textContent ?? '')
    .sort()
}

describe('correcting a report’s agency and year', () => {
  it('a yearless report gets its year from the user: flagged, checked across years, logged, undone', async () => {
    const previous = loadedFromText('上年报告.txt', yearlessPreviousReport(), 0)
    expect(previous.report.year).toBe(0)
    addReport(previous)
    addReport(loadedFromText(SHIFANQU_SEED, seedText(SHIFANQU_SEED), 1))
    const user = userEvent.setup()
    render(<App />)
    expect(yearCells()).toEqual(['2023', '未识别'])

    await user.click(screen.getByRole('tab', { name: '检查' }))
    const unknown = screen.getByRole('region', { name: `${SHIFANQU}（年度未识别）` })
    expect(within(unknown).getAllByTestId('reading-gap')[0]).toHaveTextContent(
      '机关名称或年度不是从标题读到的',
    )
    await user.click(within(unknown).getByRole('button', { name: /更正机关或年度/ }))
    const form = within(unknown).getByRole('form', { name: /更正机关或年度/ })
    expect(within(form).getByLabelText('机关')).toHaveValue(SHIFANQU)
    expect(within(form).getByLabelText('机关')).toHaveFocus()
    const year = within(form).getByLabelText('年度')
    expect(year).toHaveValue('')

    await user.type(year, '2032')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(within(form).getByRole('alert')).toHaveTextContent(/年度应在 2008 至 \d{4} 之间/)

    await user.clear(year)
    await user.type(year, '二〇二二年')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(useDashboardStore.getState().identityCorrections[previous.id]).toMatchObject({ year: 2022 })
    // The reader's report is kept as read.
    expect(useDashboardStore.getState().reports[0]?.report.year).toBe(0)

    // Its only gap is gone, so it leaves the list; the 2023 report now has its R-F warnings.
    expect(screen.queryByRole('region', { name: `${SHIFANQU}（年度未识别）` })).toBeNull()
    const later = screen.getByRole('region', { name: `${SHIFANQU} 2023` })
    const carried = within(later)
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('data-rule') === 'R-F')
    expect(carried[0]).toHaveTextContent('自然人列：2023 年上年结转 0，但 2022 年结转下年度为 3')

    const log = screen.getByTestId('corrections-log')
    expect(log).toHaveTextContent('更正记录（1 处）')
    const row = within(log).getByTestId('identity-correction-row')
    expect([...row.querySelectorAll('td')].slice(0, 4).map((cell) => cell.textContent)).toEqual([
      `${SHIFANQU}（年度未识别）`,
      '年度',
      '未识别',
      '2022',
    ])

    await user.click(screen.getByRole('tab', { name: '总览' }))
    expect(yearCells()).toEqual(['2022已更正', '2023'])
    const flag = screen
      .getAllByTestId('overview-row')
      .flatMap((each) => [...each.querySelectorAll('[data-corrected="true"]')])
    expect(flag.map((mark) => mark.getAttribute('title'))).toEqual([
      expect.stringMatching(/^已更正：读取结果为 未识别，更正于 /),
    ])

    await user.click(screen.getByRole('tab', { name: '检查' }))
    await user.click(within(screen.getByTestId('corrections-log')).getByRole('button', { name: '撤销' }))
    expect(useDashboardStore.getState().identityCorrections).toEqual({})
    expect(screen.getByRole('region', { name: `${SHIFANQU}（年度未识别）` })).toBeInTheDocument()
  }, 30_000)

  it('saving the reader’s own identity records nothing, and Escape closes only the form', async () => {
    const loaded = loadedFromText(SHIFANQU_SEED, seedText(SHIFANQU_SEED), 0)
    addReport(loaded)
    const user = userEvent.setup()
    render(<App />)
    const number = screen.getAllByTestId('overview-row')[0]?.querySelector('button.inspect-button')
    if (!(number instanceof HTMLElement)) throw new Error('no number to open the source panel with')
    await user.click(number)
    const panel = screen.getByRole('dialog', { name: /数值来源/ })
    await user.click(within(panel).getByRole('button', { name: /更正机关或年度/ }))
    const form = within(panel).getByRole('form', { name: /更正机关或年度/ })
    expect(within(form).getByLabelText('年度')).toHaveValue('2023')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(useDashboardStore.getState().identityCorrections).toEqual({})

    await user.click(within(panel).getByRole('button', { name: /更正机关或年度/ }))
    await user.keyboard('{Escape}')
    expect(within(panel).queryByRole('form')).toBeNull()
    expect(within(panel).getByRole('button', { name: /更正机关或年度/ })).toHaveFocus()
    expect(screen.getByRole('dialog', { name: /数值来源/ })).toBeInTheDocument()
  }, 30_000)
})
