import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { DuplicatesNotice } from '../../../src/features/duplicates/DuplicatesNotice'
import { describeLoaded, duplicateOfText } from '../../../src/features/ingest/fileOutcome'
import { removeFile } from '../../../src/features/ingest/removeFile'
import { useDashboardStore, type LoadedReport } from '../../../src/store'

const fixtures = join(import.meta.dirname, '../../fixtures')

/** A fixture file read by the real ingest path, as the page would add it. */
async function loaded(path: string, id: string): Promise<LoadedReport> {
  const name = path.split('/').pop() ?? path
  const [item] = await ingestFile(name, new Uint8Array(readFileSync(join(fixtures, path))))
  if (!item?.outcome.ok) throw new Error(`${path} did not read`)
  return {
    id,
    fileName: name,
    fingerprint: item.fingerprint ?? id,
    report: item.outcome.report,
    addedAt: '2025-01-01T00:00:00Z',
  }
}

describe('duplicate reports', { timeout: 20_000 }, () => {
  it('finds the seed text and its saved web page as one agency and year, shows both, keeps the chosen one', async () => {
    const user = userEvent.setup()
    const text = await loaded('seeds/000_7bba39e252e1dfbf.txt', 'r-text')
    const page = await loaded('generated/html/000_7bba39e252e1dfbf.html', 'r-html')
    const other = await loaded('seeds/001_cad4fa3e014eb2f3.txt', 'r-other')
    const state = useDashboardStore.getState()
    for (const entry of [text, page, other]) expect(state.addReport(entry)).toBe('added')
    state.enqueueFile({ id: 'f-html', name: page.fileName, size: 1, status: 'read', reportIds: ['r-html'] })
    // A second copy of the page, dropped later: not loaded, named as the page's duplicate.
    state.enqueueFile({
      id: 'f-html-again',
      name: 'again.html',
      size: 1,
      status: 'duplicate',
      message: duplicateOfText(page),
      duplicateOf: ['r-html'],
    })

    render(<DuplicatesNotice />)
    const notice = screen.getByTestId('duplicates-notice')
    const expected = JSON.parse(
      readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.expected.json'), 'utf8'),
    ) as { agency: string; year: number }
    expect(notice).toHaveTextContent(`发现 1 组重复报告`)
    expect(notice).toHaveTextContent(`${expected.agency} ${expected.year}`)

    await user.click(within(notice).getByRole('button', { name: '处理重复报告' }))
    const dialog = screen.getByRole('dialog', {
      name: `重复报告：${expected.agency} ${expected.year} 年（2 份）`,
    })
    const group = within(dialog).getByTestId('duplicate-group')
    expect(group).toHaveTextContent(text.fileName)
    expect(group).toHaveTextContent(page.fileName)
    // Both forms read to the same ground truth, so no cell differs.
    expect(within(group).queryAllByTestId('duplicate-difference')).toHaveLength(0)

    await user.click(within(dialog).getByRole('button', { name: `保留 ${text.fileName}` }))
    expect(useDashboardStore.getState().reports.map((entry) => entry.id)).toEqual(['r-text', 'r-other'])
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByTestId('duplicates-notice')).not.toBeInTheDocument()
    // The removed copy's file says what happened to it.
    expect(useDashboardStore.getState().files[0]).toMatchObject({ status: 'duplicate' })
    expect(useDashboardStore.getState().files[0]?.message).toContain(text.fileName)
    // The later copy no longer names the removed page as loaded without saying it was removed.
    const again = useDashboardStore.getState().files.find((file) => file.id === 'f-html-again')
    expect(again?.message).toContain('该份已按您的选择移除')
    expect(again?.message).toContain(`保留的是 ${describeLoaded(text)}`)

    // The kept copy removed later (移除 on its line): no line goes on naming it as the copy kept.
    state.enqueueFile({ id: 'f-text', name: text.fileName, size: 1, status: 'read', reportIds: ['r-text'] })
    removeFile(useDashboardStore.getState, 'f-text')
    expect(useDashboardStore.getState().reports.map((entry) => entry.id)).toEqual(['r-other'])
    for (const id of ['f-html', 'f-html-again']) {
      const message = useDashboardStore.getState().files.find((file) => file.id === id)?.message ?? ''
      expect(message).toContain(`${describeLoaded(text)}，该份已被移除，如需加载请重新添加此文件`)
    }
  })

  it('lists each cell whose value differs between the copies', async () => {
    const user = userEvent.setup()
    const text = await loaded('seeds/000_7bba39e252e1dfbf.txt', 'r-text')
    const page = await loaded('generated/html/000_7bba39e252e1dfbf.html', 'r-html')
    const cellId = 'applications.granted.total'
    const cell = page.report.cells[cellId]
    if (!cell) throw new Error(`${cellId} not read from the page`)
    // A misreading of one cell in one copy.
    const misread = {
      ...page,
      report: {
        ...page.report,
        cells: { ...page.report.cells, [cellId]: { ...cell, value: cell.value + 10 } },
      },
    }
    useDashboardStore.getState().addReport(text)
    useDashboardStore.getState().addReport(misread)

    render(<DuplicatesNotice />)
    await user.click(screen.getByRole('button', { name: '处理重复报告' }))
    const rows = screen.getAllByTestId('duplicate-difference')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toHaveTextContent('予以公开')
    expect(rows[0]).toHaveTextContent(String(cell.value))
    expect(rows[0]).toHaveTextContent(String(cell.value + 10))

    await user.click(screen.getByRole('button', { name: '稍后处理' }))
    expect(useDashboardStore.getState().reports).toHaveLength(2)
    expect(screen.getByTestId('duplicates-notice')).toBeInTheDocument()
  })

  it('flags a difference that is the user’s correction, with the report’s own value, so it is not taken for the files differing', async () => {
    const user = userEvent.setup()
    const text = await loaded('seeds/000_7bba39e252e1dfbf.txt', 'r-text')
    const page = await loaded('generated/html/000_7bba39e252e1dfbf.html', 'r-html')
    const cellId = 'proactive.licensing.decisions'
    const read = text.report.cells[cellId]?.value
    if (read === undefined) throw new Error(`${cellId} not read from the text`)
    const state = useDashboardStore.getState()
    state.addReport(text)
    state.addReport(page)
    expect(state.correctCell('r-text', cellId, read + 9)).toBeNull()

    render(<DuplicatesNotice />)
    await user.click(screen.getByRole('button', { name: '处理重复报告' }))
    const [row] = screen.getAllByTestId('duplicate-difference')
    if (!row) throw new Error('the corrected cell is not listed as a difference')
    const [corrected, asRead] = [...row.querySelectorAll('td')]
    expect(corrected).toHaveTextContent(`${read + 9}已更正`)
    expect(corrected?.querySelector('[data-corrected="true"]')?.getAttribute('title')).toMatch(
      new RegExp(`^已更正：报告原值 ${read}，`),
    )
    expect(asRead).toHaveTextContent(new RegExp(`^${read}$`))
    expect(screen.getByRole('dialog')).toHaveTextContent('其中 1 个是用户更正的数值')
  })

  it('keeps keyboard focus in the dialog: Tab and Shift+Tab cycle, Escape closes and returns focus', async () => {
    const user = userEvent.setup()
    const text = await loaded('seeds/000_7bba39e252e1dfbf.txt', 'r-text')
    const page = await loaded('generated/html/000_7bba39e252e1dfbf.html', 'r-html')
    useDashboardStore.getState().addReport(text)
    useDashboardStore.getState().addReport(page)

    render(<DuplicatesNotice />)
    const opener = screen.getByRole('button', { name: '处理重复报告' })
    opener.focus()
    await user.keyboard('{Enter}')
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveFocus()

    const order = [`保留 ${text.fileName}`, `保留 ${page.fileName}`, '稍后处理']
    for (const name of [...order, order[0]]) {
      await user.tab()
      expect(within(dialog).getByRole('button', { name })).toHaveFocus()
    }
    for (const name of ['稍后处理', `保留 ${page.fileName}`]) {
      await user.tab({ shift: true })
      expect(within(dialog).getByRole('button', { name })).toHaveFocus()
    }

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
    // Closing is not choosing: both copies stay.
    expect(useDashboardStore.getState().reports).toHaveLength(2)
  })

  it('保留此份 moves focus to the next group’s dialog, and after the last to the line saying it was done', async () => {
    const user = userEvent.setup()
    const copies = await Promise.all([
      loaded('seeds/000_7bba39e252e1dfbf.txt', 'r-text-0'),
      loaded('generated/html/000_7bba39e252e1dfbf.html', 'r-html-0'),
      loaded('seeds/001_cad4fa3e014eb2f3.txt', 'r-text-1'),
      loaded('generated/html/001_cad4fa3e014eb2f3.html', 'r-html-1'),
    ])
    for (const entry of copies) useDashboardStore.getState().addReport(entry)

    render(<DuplicatesNotice />)
    screen.getByRole('button', { name: '处理重复报告' }).focus()
    await user.keyboard('{Enter}')
    const first = screen.getByRole('dialog')
    expect(first).toHaveTextContent('第 1 / 2 组')
    const title = first.getAttribute('aria-labelledby')
    const keep = within(first).getAllByRole('button', { name: /^保留 / })[0]
    keep?.focus()
    await user.keyboard('{Enter}')

    // The pressed button went with its group: the dialog, named by the next group's title, has focus.
    const next = screen.getByRole('dialog')
    expect(next).toHaveFocus()
    expect(next).not.toHaveTextContent('第 1 / 2 组')
    expect(document.getElementById(title ?? '')).toHaveTextContent('（2 份）')
    within(next)
      .getAllByRole('button', { name: /^保留 / })[0]
      ?.focus()
    await user.keyboard('{Enter}')

    // The last group: the dialog and the notice with its button are gone; the line in its place says so.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByTestId('duplicates-notice')).not.toBeInTheDocument()
    const done = screen.getByTestId('duplicates-done')
    expect(done).toHaveFocus()
    expect(done).toHaveTextContent('已处理 2 组重复报告')
    expect(useDashboardStore.getState().reports).toHaveLength(2)

    // Copies added later bring the notice back, and the dialog waits to be asked for.
    const again = await loaded('generated/html/000_7bba39e252e1dfbf.html', 'r-again')
    act(() => {
      expect(useDashboardStore.getState().addReport({ ...again, fingerprint: 'another-copy' })).toBe('added')
    })
    expect(screen.getByTestId('duplicates-notice')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    // Those copies resolved some other way (one removed): the old line does not come back as news.
    act(() => useDashboardStore.getState().removeReports(['r-again']))
    expect(screen.queryByTestId('duplicates-notice')).not.toBeInTheDocument()
    expect(screen.queryByTestId('duplicates-done')).not.toBeInTheDocument()
  })
})
