import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ComparisonView } from '../../../src/features/comparison/ComparisonView'
import { addReport, useDashboardStore } from '../../../src/store'
import { expectedSeedEntries } from '../store/expectedReports'
import { fakeResizeObserver } from '../../helpers/fakeResizeObserver'

/** jsdom lays nothing out: a table is as wide as 100 px per number column and 200 px for its labels. */
const COLUMN_WIDTH = 100
const LABEL_WIDTH = 200
/** The box's width in test/ui/setup.ts. */
const BOX_WIDTH = 1280

function fakeTableWidth(this: HTMLElement): number {
  const firstRow = this.querySelector('tbody tr')
  return firstRow ? firstRow.querySelectorAll('td').length * COLUMN_WIDTH + LABEL_WIDTH : 0
}

function compare(count: number): void {
  const entries = expectedSeedEntries().slice(0, count)
  for (const entry of entries) addReport(entry)
  for (const entry of entries) useDashboardStore.getState().toggleSelected(entry.id)
  render(<ComparisonView />)
}

function scrollBox(title: RegExp): HTMLElement {
  return within(screen.getByRole('region', { name: title })).getByRole('group')
}

describe('并排对比 wider than its box', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', fakeResizeObserver(0, 0))
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(fakeTableWidth)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('says more reports lie to the right, shades that edge and lets the keyboard reach the box', async () => {
    // 表三 of three reports: 21 columns, 2,300 px in a 1,280 px box.
    compare(3)
    expect(3 * 7 * COLUMN_WIDTH + LABEL_WIDTH).toBeGreaterThan(BOX_WIDTH)
    const box = scrollBox(/^表三/)
    expect(box).toHaveAccessibleName('表三 收到和处理政府信息公开申请情况（可左右滚动）')
    expect(box).toHaveAccessibleDescription('向右滚动查看其余报告 →')
    expect(box).toHaveAttribute('tabindex', '0')
    expect(box.parentElement).toHaveAttribute('data-more-right', 'true')
    const hint = within(screen.getByRole('region', { name: /^表三/ })).getByTestId('sideways-scroll-hint')
    expect(hint).toHaveTextContent('向右滚动查看其余报告')
    // Tab goes from the last cell of 表二 (one column per report, which fits) to 表三's box, before its cells.
    const table2Buttons = within(screen.getByRole('region', { name: /^表二/ })).getAllByRole('button')
    expect(scrollBox(/^表二/)).not.toHaveAttribute('tabindex')
    table2Buttons.at(-1)?.focus()
    await userEvent.setup().tab()
    expect(box).toHaveFocus()
  })

  it('at the right end, says the others lie to the left and drops the shadow', () => {
    compare(3)
    const box = scrollBox(/^表三/)
    Object.defineProperty(box, 'scrollLeft', {
      configurable: true,
      value: fakeTableWidth.call(box) - BOX_WIDTH,
    })
    fireEvent.scroll(box)
    expect(box).toHaveAccessibleDescription('← 向左滚动查看前面的报告')
    expect(box.parentElement).not.toHaveAttribute('data-more-right')
    expect(box).toHaveAttribute('tabindex', '0')
  })

  it('says nothing and adds no Tab stop where the reports fit', () => {
    // 表四 of two reports: 10 columns, 1,200 px in a 1,280 px box; 表三's 14 columns do not fit.
    compare(2)
    expect(2 * 5 * COLUMN_WIDTH + LABEL_WIDTH).toBeLessThanOrEqual(BOX_WIDTH)
    const table4 = screen.getByRole('region', { name: /^表四/ })
    const box = scrollBox(/^表四/)
    expect(box).not.toHaveAttribute('tabindex')
    expect(box).toHaveAccessibleName('表四 政府信息公开行政复议、行政诉讼情况')
    expect(box).not.toHaveAccessibleDescription()
    expect(box.parentElement).not.toHaveAttribute('data-more-right')
    expect(within(table4).queryByTestId('sideways-scroll-hint')).toBeNull()
    expect(scrollBox(/^表三/)).toHaveAttribute('tabindex', '0')
  })
})
