import { render, screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { ChecksView } from '../../../src/features/checks/ChecksView'
import { reportTitle } from '../../../src/core/model/labels'
import { addReports, enqueueFiles, useDashboardStore } from '../../../src/store'
import { removeReport } from '../../../src/features/ingest/removeFile'
import { expectedSeedEntries } from '../store/expectedReports'

/** The five seeds as one zip brings them in: one line of the file list for all of them. */
function loadSeedsFromZip() {
  const entries = expectedSeedEntries()
  addReports(entries)
  enqueueFiles([
    { id: 'zip', name: '年报.zip', size: 1, status: 'read', reportIds: entries.map((entry) => entry.id) },
  ])
  return entries
}

/** 移除此报告 → 确认移除 from the keyboard: Enter on the button, Tab from 取消 to 确认移除, Enter. */
async function removeWithKeyboard(user: UserEvent, button: HTMLElement) {
  button.focus()
  await user.keyboard('{Enter}')
  const dialog = screen.getByRole('alertdialog')
  expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus()
  await user.tab()
  expect(within(dialog).getByRole('button', { name: '确认移除' })).toHaveFocus()
  await user.keyboard('{Enter}')
}

function rowNumber(row: Element | undefined, column: string): HTMLElement {
  const number = row?.querySelector(`[data-grid-column="${column}"] button.inspect-button`)
  if (!(number instanceof HTMLElement)) throw new Error(`no ${column} number in the row`)
  return number
}

/** Opens the source panel from a row's number with Enter and removes its report from there. */
async function removeFromPanel(user: UserEvent, number: HTMLElement) {
  number.focus()
  await user.keyboard('{Enter}')
  const panel = screen.getByRole('dialog', { name: /数值来源/ })
  expect(panel).toHaveFocus()
  await removeWithKeyboard(user, within(panel).getByRole('button', { name: /^移除此报告/ }))
  expect(screen.queryByRole('dialog', { name: /数值来源/ })).not.toBeInTheDocument()
}

describe('移除此报告', () => {
  it('takes one report of a zip out from its source panel; the zip’s line keeps the others and names it', async () => {
    const entries = loadSeedsFromZip()
    const gone = entries[1]
    if (gone === undefined) throw new Error('no seed')
    // Its year corrected: the dialog counts that correction among those that go with it.
    expect(useDashboardStore.getState().correctIdentity(gone.id, gone.report.agency, 2019)).toBeNull()
    const title = reportTitle(gone.report.agency, 2019)
    const user = userEvent.setup()
    render(<App />)
    const row = screen
      .getAllByTestId('overview-row')
      .find((each) => each.textContent?.includes(gone.report.agency))
    const number = row?.querySelector('button.inspect-button')
    if (!(number instanceof HTMLElement)) throw new Error('no number to open the source panel with')
    await user.click(number)
    const panel = screen.getByRole('dialog', { name: /数值来源/ })

    await user.click(within(panel).getByRole('button', { name: `移除此报告：${title}` }))
    const dialog = screen.getByRole('alertdialog', { name: `移除 ${title}？` })
    expect(dialog).toHaveTextContent(`将从工作区移除这份报告（文件：${gone.fileName}）及对其所做的 1 处更正`)
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: '确认移除' }))

    const state = useDashboardStore.getState()
    expect(state.reports.map((loaded) => loaded.id)).toEqual(
      entries.filter((entry) => entry !== gone).map((entry) => entry.id),
    )
    expect(state.files).toEqual([
      expect.objectContaining({
        id: 'zip',
        status: 'read',
        reportIds: entries.filter((entry) => entry !== gone).map((entry) => entry.id),
        // Named as the page and the dialog named it: under the year the user gave.
        message: `已移除其中的 ${title}（${gone.fileName}）`,
      }),
    ])
    expect(state.identityCorrections).toEqual({})
    expect(screen.queryByRole('dialog', { name: /数值来源/ })).not.toBeInTheDocument()
    expect(screen.getAllByTestId('overview-row')).toHaveLength(entries.length - 1)
  }, 30_000)

  it('removing the last report of a file takes its line off the list too, and leaves other lines alone', () => {
    const entries = expectedSeedEntries()
    addReports(entries)
    enqueueFiles(
      entries.map((entry, index) => ({
        id: `f${index}`,
        name: entry.fileName,
        size: 1,
        status: 'read' as const,
        reportIds: [entry.id],
      })),
    )
    const gone = entries[2]
    if (gone === undefined) throw new Error('no seed')
    removeReport(() => useDashboardStore.getState(), gone.id)
    const state = useDashboardStore.getState()
    expect(state.files.map((file) => file.id)).toEqual(['f0', 'f1', 'f3', 'f4'])
    expect(state.files.every((file) => file.message === undefined)).toBe(true)
    expect(state.reports).toHaveLength(entries.length - 1)
  })
})

describe('focus after 移除此报告', () => {
  it('from the source panel, goes to the same number in the row that took the report’s place, else the row above, else the view', async () => {
    const entries = loadSeedsFromZip()
    const user = userEvent.setup()
    render(<App />)
    const column = screen.getAllByTestId('overview-row')[0]?.querySelector('button.inspect-button')
    const columnId = column?.closest('td')?.getAttribute('data-grid-column')
    if (!columnId) throw new Error('no number column')

    // A row in the middle: the next row moves up into its place.
    await removeFromPanel(user, rowNumber(screen.getAllByTestId('overview-row')[1], columnId))
    let rows = screen.getAllByTestId('overview-row')
    expect(rows).toHaveLength(entries.length - 1)
    expect(rowNumber(rows[1], columnId)).toHaveFocus()

    // The last row: the row above it.
    await removeFromPanel(user, rowNumber(rows.at(-1), columnId))
    rows = screen.getAllByTestId('overview-row')
    expect(rows).toHaveLength(entries.length - 2)
    expect(rowNumber(rows.at(-1), columnId)).toHaveFocus()

    // The only report left: the 总览 view itself.
    for (const id of useDashboardStore
      .getState()
      .reports.slice(1)
      .map((loaded) => loaded.id))
      removeReport(useDashboardStore.getState, id)
    await removeFromPanel(user, rowNumber(screen.getAllByTestId('overview-row')[0], columnId))
    expect(useDashboardStore.getState().reports).toEqual([])
    expect(screen.getByRole('tabpanel', { name: '总览' })).toHaveFocus()
  }, 30_000)

  it('from the source panel, after the rows were sorted while it was open, goes to the row now in the report’s place', async () => {
    loadSeedsFromZip()
    const user = userEvent.setup()
    render(<App />)
    const agencies = () =>
      screen.getAllByTestId('overview-row').map((row) => row.querySelector('.agency-name')?.textContent)
    const column = screen.getAllByTestId('overview-row')[0]?.querySelector('button.inspect-button')
    const columnId = column?.closest('td')?.getAttribute('data-grid-column')
    if (!columnId) throw new Error('no number column')
    const opened = agencies()[0]
    rowNumber(screen.getAllByTestId('overview-row')[0], columnId).focus()
    await user.keyboard('{Enter}')
    const panel = screen.getByRole('dialog', { name: /数值来源/ })
    // Sorted by agency, twice if need be, until the report is no longer first.
    const sortByAgency = within(screen.getByRole('columnheader', { name: /机关/ })).getByRole('button')
    await user.click(sortByAgency)
    if (agencies()[0] === opened) await user.click(sortByAgency)
    const at = agencies().indexOf(opened)
    expect(at).toBeGreaterThan(0)
    await removeWithKeyboard(user, within(panel).getByRole('button', { name: /^移除此报告/ }))
    const rows = screen.getAllByTestId('overview-row')
    expect(rowNumber(rows[Math.min(at, rows.length - 1)], columnId)).toHaveFocus()
  }, 30_000)

  it('in 检查, goes to the next report’s 移除此报告, else the one above, else the line saying what was removed', async () => {
    const entries = expectedSeedEntries().slice(0, 3)
    addReports(entries)
    const user = userEvent.setup()
    render(<ChecksView />)
    const removeButtons = () =>
      screen
        .getAllByTestId('report-findings')
        .map((section) => within(section).getByRole('button', { name: /^移除此报告/ }))
    const titles = () =>
      screen.getAllByTestId('report-findings').map((section) => section.getAttribute('aria-label'))
    const status = screen.getByRole('status')
    expect(titles()).toHaveLength(3)

    const [first, , last] = titles()
    await removeWithKeyboard(user, removeButtons()[0] as HTMLElement)
    expect(titles()).toHaveLength(2)
    expect(removeButtons()[0]).toHaveFocus()
    expect(status).toHaveTextContent(`已从工作区移除“${first}”。`)

    await removeWithKeyboard(user, removeButtons()[1] as HTMLElement)
    expect(titles()).toHaveLength(1)
    expect(removeButtons()[0]).toHaveFocus()
    expect(status).toHaveTextContent(`已从工作区移除“${last}”。`)

    const [only] = titles()
    await removeWithKeyboard(user, removeButtons()[0] as HTMLElement)
    expect(screen.queryAllByTestId('report-findings')).toEqual([])
    expect(status).toHaveFocus()
    expect(status).toHaveTextContent(`已从工作区移除“${only}”。`)
  }, 30_000)
})
