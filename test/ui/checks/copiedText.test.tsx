/** 内容雷同 in the 检查 tab: a report copied from last year is listed with its shared sentences, as a warning. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { compactLine } from '../../../src/core/checks/proseText'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { ChecksView } from '../../../src/features/checks/ChecksView'
import {
  addReport,
  hasProblems,
  selectCopiedText,
  selectFilteredReports,
  useDashboardStore,
} from '../../../src/store'
import { FIXTURES } from '../../helpers/expectedReports'
import { WEIHUI_2021, weihuiNextYear } from '../../helpers/nextYearCopy'
import { asLoaded } from '../store/expectedReports'

function loaded(text: string, name: string, index: number) {
  const outcome = readReport(textToDocument(name, text))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return asLoaded(outcome.report, index)
}

describe('检查 tab: copied text', () => {
  it('lists the later report with the share it copied and the shared sentences', () => {
    const text = readFileSync(join(FIXTURES, WEIHUI_2021), 'utf8')
    const previous = loaded(text, '卫辉2021.txt', 0)
    const next = loaded(weihuiNextYear(text), '卫辉2022.txt', 1)
    addReport(previous)
    addReport(next)

    render(<ChecksView />)
    const findings = screen.getAllByTestId('report-findings')
    const later = findings.find((section) => section.textContent?.includes('卫辉市城市管理局 2022'))
    if (later === undefined) throw new Error('2022 report not listed')
    const item = within(later).getByTestId('copied-text')
    expect(item).toHaveAttribute('data-kind', 'previous-year')
    expect(item).toHaveTextContent(
      /与上年报告文字雷同：与本机关 2021 年报告有 \d+ 句相同，占本报告计入比对的 \d+ 句的 \d+%/u,
    )
    expect(within(later).getByText(/个警告/u)).toBeInTheDocument()
    // The earlier report is not blamed for the later one's copy.
    for (const section of findings.filter((section) => section !== later))
      expect(within(section).queryByTestId('copied-text')).toBeNull()

    fireEvent.click(within(item).getByText(/相同的句子/u))
    expect(item).toHaveTextContent('按比对时的写法列出：已去掉空格，全角标点换成半角。')
    const quoted = within(item).getAllByRole('listitem')
    expect(quoted.length).toBeGreaterThan(0)
    const first = quoted[0]?.textContent ?? ''
    const line = Number(/本报告第 (\d+) 行/u.exec(first)?.[1])
    const sentence = first.slice(first.indexOf('：') + 1)
    // Shown as compared: normalised, so the report's ，reads as a comma.
    expect(compactLine(next.report.document.lines[line - 1]?.text ?? '')).toContain(sentence)

    // Counted like any warning: the report is one "with problems" for the tab's badge and the filter.
    const state = useDashboardStore.getState()
    expect(hasProblems(next, selectCopiedText(state))).toBe(true)
    state.setOnlyProblems(true)
    expect(selectFilteredReports(useDashboardStore.getState()).map((report) => report.id)).toContain(next.id)
  })

  it('is not worked out again for a correction, which changes no text, agency or year', () => {
    const text = readFileSync(join(FIXTURES, WEIHUI_2021), 'utf8')
    const next = loaded(weihuiNextYear(text), '卫辉2022.txt', 1)
    addReport(loaded(text, '卫辉2021.txt', 0))
    addReport(next)
    const before = selectCopiedText(useDashboardStore.getState())
    expect(before.get(next.id)?.findings).toHaveLength(1)
    const [cellId, cell] = Object.entries(next.report.cells)[0] ?? []
    if (cellId === undefined || cell === undefined) throw new Error('no cell')
    expect(useDashboardStore.getState().correctCell(next.id, cellId, cell.value + 1)).toBeNull()
    expect(selectCopiedText(useDashboardStore.getState())).toBe(before)
    // New aliases may join or part agencies, which decides what is compared: worked out again.
    useDashboardStore.getState().setAlias('卫辉市城市管理局', '另一机关')
    expect(selectCopiedText(useDashboardStore.getState())).not.toBe(before)
  })
})
