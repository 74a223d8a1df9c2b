import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
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
