import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import {
  addReport,
  selectCopiedText,
  selectEffectiveReports,
  useDashboardStore,
  type LoadedReport,
} from '../../../src/store'
import { selectDuplicateGroups } from '../../../src/store/selectors/duplicateGroups'
import { loadedFromText, seedText, shifanquCarryingForward, SHIFANQU, SHIFANQU_SEED } from './trustFixtures'

/** The 示范区's previous report as an office might publish it: no year in its title, nor anywhere else. */
function yearlessPreviousReport(): string {
  return shifanquCarryingForward(SHIFANQU).replaceAll('2023', '')
}

function yearCells(): string[] {
  return screen
    .getAllByTestId('overview-row')
    .map((row) => row.querySelectorAll('td')[2]?.textContent ?? '')
    .sort()
}

/** The page with only this report loaded, and the source panel of its first number open. */
async function openSourcePanelOf(loaded: LoadedReport) {
  addReport(loaded)
  const user = userEvent.setup()
  render(<App />)
  const number = screen.getAllByTestId('overview-row')[0]?.querySelector('button.inspect-button')
  if (!(number instanceof HTMLElement)) throw new Error('no number to open the source panel with')
  await user.click(number)
  return { user, panel: screen.getByRole('dialog', { name: /数值来源/ }) }
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

    await user.type(year, '2099')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(within(form).getByRole('alert')).toHaveTextContent(/年度应在 2008 至 \d{4} 之间/)

    await user.clear(year)
    await user.type(year, '二〇二二年')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(useDashboardStore.getState().identityCorrections[previous.id]).toMatchObject({ year: 2022 })
    // The reader's report is kept as read.
    expect(useDashboardStore.getState().reports[0]?.report.year).toBe(0)

    // Its only gap is gone, so it leaves the list with its form: the page says what was saved, and the
    // focus goes there instead of to the page.
    expect(screen.queryByRole('region', { name: `${SHIFANQU}（年度未识别）` })).toBeNull()
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent(
      `已将“${SHIFANQU}（年度未识别）”更正为“${SHIFANQU} 2022”；可在更正记录中撤销。`,
    )
    expect(status).toHaveFocus()
    // The 2023 report now has its R-F warnings.
    const later = screen.getByRole('region', { name: `${SHIFANQU} 2023` })
    const carried = within(later)
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('data-rule') === 'R-F')
    expect(carried[0]).toHaveTextContent(
      '自然人列：2023 年上年结转 0 件，而 2022 年结转下年度 3 件，两者不一致',
    )

    const log = screen.getByTestId('corrections-log')
    expect(log).toHaveTextContent('更正记录（1 处）')
    const row = within(log).getByTestId('identity-correction-row')
    expect([...row.querySelectorAll('td')].slice(0, 4).map((cell) => cell.textContent)).toEqual([
      `${SHIFANQU} 2022`,
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
    await user.click(within(screen.getByTestId('corrections-log')).getByRole('button', { name: /^撤销：/ }))
    expect(useDashboardStore.getState().identityCorrections).toEqual({})
    expect(screen.getByRole('region', { name: `${SHIFANQU}（年度未识别）` })).toBeInTheDocument()
  }, 30_000)

  it('saving the reader’s own identity records nothing, and Escape closes only the form', async () => {
    const { user, panel } = await openSourcePanelOf(loadedFromText(SHIFANQU_SEED, seedText(SHIFANQU_SEED), 0))
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

describe('the source panel of a report whose agency and year the user corrected', () => {
  it('flags each corrected field in its title as 总览 does, with what the reader had found', async () => {
    const { user, panel } = await openSourcePanelOf(
      loadedFromText('上年报告.txt', yearlessPreviousReport(), 0),
    )
    const title = within(panel).getByTestId('source-report')
    expect(title).toHaveTextContent(`${SHIFANQU}（年度未识别）`)
    expect(title.querySelector('[data-corrected="true"]')).toBeNull()

    const agency = `${SHIFANQU}财政局`
    await user.click(within(panel).getByRole('button', { name: /更正机关或年度/ }))
    const form = within(panel).getByRole('form', { name: /更正机关或年度/ })
    await user.clear(within(form).getByLabelText('机关'))
    await user.type(within(form).getByLabelText('机关'), agency)
    await user.type(within(form).getByLabelText('年度'), '2022')
    await user.click(within(form).getByRole('button', { name: '保存' }))

    expect(title).toHaveTextContent(`${agency}已更正 2022已更正`)
    expect(
      [...title.querySelectorAll('[data-corrected="true"]')].map((mark) => mark.getAttribute('title')),
    ).toEqual([
      expect.stringMatching(new RegExp(`^已更正：读取结果为 ${SHIFANQU}，更正于 `)),
      expect.stringMatching(/^已更正：读取结果为 未识别，更正于 /),
    ])
    // The same flags as the overview row beside it.
    const row = screen.getAllByTestId('overview-row')[0]
    expect(row?.querySelectorAll('[data-corrected="true"]')).toHaveLength(2)

    await user.click(within(panel).getByRole('button', { name: /^恢复读取结果：/ }))
    expect(title).toHaveTextContent(`${SHIFANQU}（年度未识别）`)
    expect(title.querySelector('[data-corrected="true"]')).toBeNull()
  }, 30_000)
})

describe('a report named after its file, once the user gives its identity', () => {
  /** A scan's text without a title, saved under the agency's name: the reader names it after the file. */
  function untitled(): LoadedReport {
    const text = shifanquCarryingForward(SHIFANQU)
      .split('\n')
      .filter((line) => !line.includes('政府信息公开工作年度'))
      .join('\n')
      .replaceAll('2023', '')
    const loaded = loadedFromText(`${SHIFANQU}.txt`, text, 0)
    expect([loaded.report.agency, loaded.report.year]).toEqual([SHIFANQU, 0])
    return loaded
  }

  it('is checked across years, grouped as a duplicate and leaves the filters it empties', () => {
    const previous = untitled()
    addReport(previous)
    addReport(loadedFromText(SHIFANQU_SEED, seedText(SHIFANQU_SEED), 1))
    const state = useDashboardStore.getState()
    state.toggleYear(0)
    expect(state.correctIdentity(previous.id, SHIFANQU, 2022)).toBeNull()
    const later = selectEffectiveReports(useDashboardStore.getState()).find(
      (entry) => entry.id !== previous.id,
    )
    expect(later?.report.checks.filter((check) => check.rule === 'R-F' && !check.ok)).toHaveLength(2)
    // No report is 未识别 any more: that year's chip went, rather than hiding every report.
    expect(useDashboardStore.getState().filters.years).toEqual([])

    useDashboardStore.getState().toggleYear(2022)
    expect(useDashboardStore.getState().correctIdentity(previous.id, SHIFANQU, 2023)).toBeNull()
    expect(selectDuplicateGroups(useDashboardStore.getState())).toHaveLength(1)
    expect(useDashboardStore.getState().filters.years).toEqual([])

    useDashboardStore.getState().toggleYear(2023)
    useDashboardStore.getState().undoIdentityCorrection(previous.id)
    expect(selectDuplicateGroups(useDashboardStore.getState())).toHaveLength(0)
    expect(useDashboardStore.getState().filters.years).toEqual([2023])
  })
})

describe('copied text once a file-named report is confirmed', () => {
  it('is compared again: confirming changes neither agency nor year, only whether the report counts', () => {
    const text = seedText(SHIFANQU_SEED)
      .split('\n')
      .filter((line) => !line.includes('政府信息公开工作年度'))
      .join('\n')
      .replaceAll(SHIFANQU, '')
    // No agency in its text: the reader names it after its file, and says that is a guess.
    const named = loadedFromText(`${SHIFANQU}.txt`, text, 0)
    expect(named.report.agency).toBe(SHIFANQU)
    expect(named.report.year).toBeGreaterThan(0)
    // Another agency's report of the same year with the same prose: 文字雷同 once both count.
    const titled = loadedFromText('other.txt', seedText(SHIFANQU_SEED).replaceAll(SHIFANQU, '示例县某局'), 1)
    addReport(named)
    addReport(titled)
    expect(selectCopiedText(useDashboardStore.getState()).size).toBe(0)
    const { agency, year } = named.report
    expect(useDashboardStore.getState().correctIdentity(named.id, agency, year)).toBeNull()
    expect(useDashboardStore.getState().identityCorrections[named.id]).toEqual({
      at: expect.any(String) as string,
    })
    expect(selectCopiedText(useDashboardStore.getState()).size).toBeGreaterThan(0)
  })
})
