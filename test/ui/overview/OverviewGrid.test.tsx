import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { OverviewView } from '../../../src/features/overview/OverviewView'
import { addReport, useDashboardStore } from '../../../src/store'
import { parsedSeedEntries } from '../store/expectedReports'

function loadSeeds() {
  const entries = parsedSeedEntries()
  for (const entry of entries) addReport(entry)
  return entries
}

function table(): HTMLElement {
  return screen.getByTestId('overview-table')
}

/** Where keyboard focus is in the table: the column header and the row's agency, as a person reads them. */
function focusedCell(): { column: string; agency: string } | null {
  const cell = document.activeElement?.closest('td')
  if (!cell || !table().contains(cell)) return null
  const headers = within(table()).getAllByRole('columnheader')
  return {
    column: (headers[cell.cellIndex]?.textContent ?? '').replace(/[▲▼]/g, '').trim(),
    agency: cell.closest('tr')?.querySelector('.agency-name')?.textContent ?? '',
  }
}

/** The body's elements in the tab order: the grid must have exactly one. */
function tabStops(): Element[] {
  const body = table().querySelector('tbody')
  return [...(body?.querySelectorAll('button, input, td') ?? [])].filter(
    (element) => element instanceof HTMLElement && element.tabIndex === 0,
  )
}

function shownAgencies(): string[] {
  return within(table())
    .getAllByTestId('overview-row')
    .map((row) => row.querySelector('.agency-name')?.textContent ?? '')
}

function numberButton(agency: string, column: string): HTMLElement {
  const row = within(table())
    .getAllByTestId('overview-row')
    .find((tr) => tr.querySelector('.agency-name')?.textContent === agency)
  const index = within(table())
    .getAllByRole('columnheader')
    .findIndex((th) => th.textContent?.startsWith(column))
  const button = row?.querySelectorAll('td')[index]?.querySelector('button')
  if (!(button instanceof HTMLElement)) throw new Error(`no ${column} button for ${agency}`)
  return button
}

describe('the overview table as a keyboard grid', () => {
  it('is one tab stop, entered on the first number of the first row and left with one Tab', async () => {
    loadSeeds()
    const user = userEvent.setup()
    render(<OverviewView />)
    const [first = '', second = ''] = shownAgencies()
    const last = shownAgencies().at(-1)

    expect(tabStops()).toHaveLength(1)
    within(table()).getByRole('button', { name: '行政诉讼' }).focus()
    await user.tab()
    expect(focusedCell()).toEqual({ column: '行政许可', agency: first })
    await user.keyboard('{ArrowRight}')
    expect(focusedCell()).toEqual({ column: '行政处罚', agency: first })
    await user.keyboard('{ArrowDown}')
    expect(focusedCell()).toEqual({ column: '行政处罚', agency: second })
    await user.keyboard('{End}')
    expect(focusedCell()).toEqual({ column: '行政诉讼', agency: second })
    await user.keyboard('{Home}')
    expect(focusedCell()).toEqual({ column: '选择', agency: second })
    expect(document.activeElement).toHaveAccessibleName(new RegExp(`^选择 ${second}`))
    await user.keyboard('{ArrowRight}')
    expect(focusedCell()).toEqual({ column: '机关', agency: second })
    expect(document.activeElement?.tagName).toBe('TD')
    await user.keyboard('{ArrowRight}{ArrowRight}')
    // Every cell is reached, 检查 included: in a grid, a screen reader reads only where the keys go.
    expect(focusedCell()).toEqual({ column: '检查', agency: second })
    expect(document.activeElement?.textContent).toMatch(/✓|警告|错误|未读取/)
    await user.keyboard('{ArrowRight}')
    expect(focusedCell()).toEqual({ column: '行政许可', agency: second })
    await user.keyboard('{Control>}{End}{/Control}')
    expect(focusedCell()).toEqual({ column: '行政诉讼', agency: last })
    // Edges stop the cursor rather than wrap it.
    await user.keyboard('{ArrowDown}{ArrowRight}')
    expect(focusedCell()).toEqual({ column: '行政诉讼', agency: last })
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(focusedCell()).toEqual({ column: '选择', agency: first })
    expect(tabStops()).toHaveLength(1)

    await user.tab()
    expect(table()).not.toContainElement(document.activeElement as HTMLElement | null)
    await user.tab({ shift: true })
    expect(focusedCell()).toEqual({ column: '选择', agency: first })
  })

  it('opens a number’s source with Enter, as a click does, and toggles the row checkbox with Space', async () => {
    const entries = loadSeeds()
    const user = userEvent.setup()
    render(<OverviewView />)
    const [first = ''] = shownAgencies()
    const firstId = entries.find((entry) => entry.report.agency === first)?.id

    numberButton(first, '新收申请').focus()
    await user.keyboard('{Enter}')
    expect(useDashboardStore.getState().inspected).toMatchObject({ reportId: firstId, label: '新收申请' })

    await user.keyboard('{Home}')
    await user.keyboard(' ')
    expect(useDashboardStore.getState().selectedIds).toEqual([firstId])
  })

  it('keeps its tab stop on the same report when sorted, and keeps one when that report is filtered away', async () => {
    const entries = loadSeeds()
    const user = userEvent.setup()
    render(<OverviewView />)
    const not2023 = entries.find((entry) => entry.report.year !== 2023)?.report.agency ?? ''
    expect(not2023).not.toBe('')

    await user.click(numberButton(not2023, '行政处罚'))
    expect(focusedCell()).toEqual({ column: '行政处罚', agency: not2023 })
    const before = shownAgencies()
    await user.click(
      within(within(table()).getByRole('columnheader', { name: /行政许可/ })).getByRole('button'),
    )
    expect(shownAgencies()).not.toEqual(before)
    expect(tabStops()).toEqual([numberButton(not2023, '行政处罚')])

    act(() => useDashboardStore.getState().toggleYear(2023))
    expect(shownAgencies()).not.toContain(not2023)
    expect(tabStops()).toHaveLength(1)
    expect(tabStops()[0]?.closest('td')?.cellIndex).toBe(
      within(table())
        .getAllByRole('columnheader')
        .findIndex((th) => th.textContent === '行政处罚'),
    )

    act(() => useDashboardStore.getState().setOverviewColumnVisibility({ penalty: false }))
    expect(tabStops()).toHaveLength(1)
  })
})
