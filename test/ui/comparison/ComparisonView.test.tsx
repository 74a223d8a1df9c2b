import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { ComparisonView } from '../../../src/features/comparison/ComparisonView'
import { addReport, useDashboardStore } from '../../../src/store'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { FIXTURES } from '../../helpers/expectedReports'
import { asLoaded, expectedSeedEntries } from '../store/expectedReports'
import { recordDownloads, restoreObjectUrlsAfterEach } from '../../helpers/downloads'

/** The seed ids in load order, with their agency and year from the ground truth. */
function seedTitles(): Map<string, string> {
  return new Map(
    expectedSeedEntries().map((entry) => [entry.id, `${entry.report.agency} ${entry.report.year}`]),
  )
}

function loadAndSelect(ids: string[]): void {
  for (const entry of expectedSeedEntries()) addReport(entry)
  for (const id of ids) useDashboardStore.getState().toggleSelected(id)
}

/** The ground-truth value of a cell in these seeds, in this order. */
function seedValues(ids: readonly (string | undefined)[], cellId: string): (number | undefined)[] {
  const entries = expectedSeedEntries()
  return ids.map((id) => entries.find((entry) => entry.id === id)?.report.cells[cellId]?.value)
}

function table(title: RegExp): HTMLElement {
  const section = screen.getByRole('region', { name: title })
  return within(section).getByRole('table')
}

describe('ComparisonView', () => {
  it('asks for two reports while fewer are ticked', () => {
    loadAndSelect(['r0'])
    render(<ComparisonView />)
    expect(screen.getByText(/请在“总览”中勾选至少两份报告/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('sets 表二, 表三 (25 × 7) and 表四 (3 × 5) side by side, one column block per report', () => {
    loadAndSelect(['r0', 'r1'])
    render(<ComparisonView />)
    // Plain DOM queries: role queries over a 25 × 14 table are slow enough in jsdom to hit the timeout.
    const table3 = table(/表三/)
    const blocks = [...table3.querySelectorAll('thead th[scope="colgroup"]')]
    expect(blocks.map((th) => [th.textContent, th.getAttribute('colspan')])).toEqual([
      ['新乡县城市管理局 2023', '7'],
      ['城乡一体化示范区党政办公室 2023', '7'],
    ])
    const bodyRows = [...table3.querySelectorAll('tbody tr')]
    expect(bodyRows).toHaveLength(25)
    expect(bodyRows.every((row) => row.querySelectorAll('td').length === 14)).toBe(true)
    expect(bodyRows.map((row) => row.querySelector('th')?.textContent).at(-2)).toBe('（七）总计')
    const table4 = table(/表四/)
    expect(table4.querySelectorAll('tbody tr')).toHaveLength(3)
    expect(table4.querySelectorAll('tbody tr:first-child td')).toHaveLength(10)
    expect(table(/表二/)).toBeInTheDocument()
  })

  it('marks the differing 行政许可 cells (67 vs 0) and leaves equal cells unmarked', () => {
    loadAndSelect(['r0', 'r1'])
    render(<ComparisonView />)
    const licensing = within(table(/表二/)).getByRole('row', { name: /行政许可 · 处理决定数量/ })
    const cells = within(licensing).getAllByRole('cell')
    expect(cells.every((cell) => cell.getAttribute('data-diff') === 'true')).toBe(true)
    // Two reports that differ: neither is a majority, so both are marked, each against the other; a screen
    // reader hears it with the number, as the tooltip says it.
    expect(cells.map((cell) => cell.getAttribute('title'))).toEqual(['与另一份报告不同', '与另一份报告不同'])
    for (const [cell, number] of [
      [cells[0], '67'],
      [cells[1], '0'],
    ] as const) {
      expect(cell).toHaveAccessibleName(`${number}，与另一份报告不同`)
      if (!cell) throw new Error('no cell')
      expect(within(cell).getByRole('button')).toHaveAccessibleName(`${number}，与另一份报告不同`)
    }
    expect(within(licensing).getByRole('rowheader')).toHaveAttribute('data-row-diff', 'true')
    const rules = within(table(/表二/)).getByRole('row', { name: /规章 · 本年制发件数/ })
    expect(
      within(rules)
        .getAllByRole('cell')
        .some((cell) => cell.hasAttribute('data-diff')),
    ).toBe(false)
  })

  it('with five reports, marks only the one that differs from the majority and flags its row', () => {
    const entries = expectedSeedEntries()
    loadAndSelect(entries.map((entry) => entry.id))
    render(<ComparisonView />)
    const id = 'proactive.normativeDocs.issued'
    const values = entries.map((entry) => entry.report.cells[id]?.value)
    const odd = values.filter((value) => value !== 0)
    // Ground truth: 中牟县 issued 2 normative documents, the other four seeds none.
    expect(odd).toHaveLength(1)
    const row = within(table(/表二/)).getByRole('row', { name: /行政规范性文件 · 本年制发件数/ })
    const cells = within(row).getAllByRole('cell')
    expect(cells.map((cell) => cell.hasAttribute('data-diff'))).toEqual(values.map((value) => value !== 0))
    const marked = cells.filter((cell) => cell.hasAttribute('data-diff'))
    const majority = `与多数报告不同（${values.length} 份中 ${values.length - 1} 份为 0）`
    expect(marked.map((cell) => cell.getAttribute('title'))).toEqual([majority])
    // The mark is heard, not only seen: the odd cell's name says it differs, the others' is their number.
    expect(marked[0]).toHaveAccessibleName(`${odd[0]}，${majority}`)
    const unmarked = cells.filter((cell) => !cell.hasAttribute('data-diff'))
    expect(unmarked).toHaveLength(values.length - 1)
    for (const cell of unmarked) expect(cell).toHaveAccessibleName('0')
    const header = within(row).getByRole('rowheader')
    expect(header).toHaveAttribute('data-row-diff', 'true')
    expect(header).toHaveAccessibleDescription('此行各报告的数值有不同')
    expect(screen.getByText(/与多数报告不同的数值/)).toBeInTheDocument()
  })

  it('names a selected report the filters hide, and lists it again when the filter is lifted', () => {
    loadAndSelect(['r0', 'r1', 'r3'])
    const titles = seedTitles()
    act(() => useDashboardStore.getState().toggleYear(2023))
    render(<ComparisonView />)
    expect(screen.getByText('对比 2 份报告')).toBeInTheDocument()
    expect(screen.getByTestId('comparison-hidden')).toHaveTextContent(
      `另有 1 份已选报告被当前筛选隐藏，未列入对比：${titles.get('r3')}。取消筛选后重新列入。`,
    )
    act(() => useDashboardStore.getState().toggleYear(2023))
    expect(screen.getByText('对比 3 份报告')).toBeInTheDocument()
    expect(screen.queryByTestId('comparison-hidden')).toBeNull()
  })

  it('with fewer than two reports shown, still names the ticked ones the filters hide', () => {
    loadAndSelect(['r0', 'r3'])
    useDashboardStore.getState().toggleYear(2023)
    render(<ComparisonView />)
    expect(screen.getByText(/已选 1 份/)).toBeInTheDocument()
    expect(screen.getByTestId('comparison-hidden')).toHaveTextContent(
      `未列入对比：${seedTitles().get('r3')}。`,
    )
  })

  it('the 并排对比 tab counts the reports it compares, as its panel does', () => {
    loadAndSelect(['r0', 'r1', 'r3'])
    render(<App />)
    const tab = screen.getByRole('tab', { name: '并排对比' })
    expect(tab.querySelector('.tab-badge')).toHaveTextContent('3')
    act(() => useDashboardStore.getState().toggleYear(2023))
    expect(tab.querySelector('.tab-badge')).toHaveTextContent('2')
  })

  it('marks a 0 the report left blank, which the reader counted as 0, apart from a 0 the report wrote', () => {
    const blankLicensing = (text: string) => text.replace('行政许可\t67\t\t', '行政许可\t\t\t')
    const seed = 'seeds/000_7bba39e252e1dfbf.txt'
    const text = readFileSync(join(FIXTURES, seed), 'utf8')
    expect(text).toContain('行政许可\t67\t\t')
    const blank = readReport(textToDocument(seed, blankLicensing(text)))
    const other = readReport(
      textToDocument('seeds/001.txt', readFileSync(join(FIXTURES, 'seeds/001_cad4fa3e014eb2f3.txt'), 'utf8')),
    )
    if (!blank.ok || !other.ok) throw new Error('seed not read')
    addReport(asLoaded(blank.report, 0))
    addReport(asLoaded(other.report, 1))
    for (const id of ['r0', 'r1']) useDashboardStore.getState().toggleSelected(id)
    render(<ComparisonView />)
    const licensing = within(table(/表二/)).getByRole('row', { name: /行政许可 · 处理决定数量/ })
    const [fromBlank, written] = within(licensing).getAllByRole('cell')
    expect(fromBlank?.textContent).toBe('0空')
    expect(fromBlank?.querySelector('[data-blank]')?.getAttribute('title')).toContain('按 0 计')
    expect(written?.textContent).toBe('0')
  })

  describe('reports headed alike', () => {
    restoreObjectUrlsAfterEach()

    /** The report blocks' headings of 表三, left to right. */
    const blockHeadings = () => [...table(/表三/).querySelectorAll('thead th[scope="colgroup"]')]

    it('heads two copies of one report apart by their files, as the file list names them', () => {
      const [seed] = expectedSeedEntries()
      if (!seed) throw new Error('no seed')
      const copy = { ...seed, id: 'copy', fileName: '副本.html', fingerprint: 'fp-copy' }
      addReport(seed)
      addReport(copy)
      for (const id of [seed.id, copy.id]) useDashboardStore.getState().toggleSelected(id)
      render(<ComparisonView />)
      const title = `${seed.report.agency} ${seed.report.year}`
      expect(blockHeadings().map((th) => th.textContent)).toEqual([
        `${title}（${seed.fileName}）`,
        `${title}（副本.html）`,
      ])
    })

    it('flags an agency the user corrected 已更正, and names the files of it and the report it now matches', () => {
      loadAndSelect(['r0', 'r1'])
      const [first, second] = expectedSeedEntries()
      if (!first || !second) throw new Error('two seeds')
      expect(second.report.year).toBe(first.report.year)
      expect(
        useDashboardStore.getState().correctIdentity(second.id, first.report.agency, first.report.year),
      ).toBeNull()
      render(<ComparisonView />)
      const title = `${first.report.agency} ${first.report.year}`
      const headings = blockHeadings()
      expect(headings.map((th) => th.textContent)).toEqual([
        `${title}（${first.fileName}）`,
        `${first.report.agency}已更正 ${first.report.year}（${second.fileName}）`,
      ])
      const mark = headings[1]?.querySelector('[data-corrected="true"]')
      expect(mark?.getAttribute('title')).toMatch(
        new RegExp(`^已更正：读取结果为 ${second.report.agency}，更正于 `),
      )
      expect(headings[0]?.querySelector('[data-corrected]')).toBeNull()
      // Every table heads its blocks the same way.
      for (const name of [/表二/, /表四/])
        expect(
          [...table(name).querySelectorAll('thead th[scope="colgroup"]')].map((th) => th.textContent),
        ).toEqual(headings.map((th) => th.textContent))
    })

    it('flags a corrected year without naming a file when no other report is headed alike', () => {
      loadAndSelect(['r0', 'r1'])
      const [first] = expectedSeedEntries()
      if (!first) throw new Error('no seed')
      const year = first.report.year - 1
      expect(useDashboardStore.getState().correctIdentity(first.id, first.report.agency, year)).toBeNull()
      render(<ComparisonView />)
      expect(blockHeadings()[0]?.textContent).toBe(`${first.report.agency} ${year}已更正`)
    })

    it('exports the copies’ columns headed apart, a corrected agency said so in its header', async () => {
      loadAndSelect(['r0', 'r1'])
      const [first, second] = expectedSeedEntries()
      if (!first || !second) throw new Error('two seeds')
      expect(
        useDashboardStore.getState().correctIdentity(second.id, first.report.agency, first.report.year),
      ).toBeNull()
      render(<ComparisonView />)
      const { blobs } = recordDownloads()
      await userEvent.setup().click(screen.getByRole('button', { name: '导出 CSV' }))
      const header =
        (await blobs[0]?.text())
          ?.replace(/^\uFEFF/, '')
          .split('\r\n')[0]
          ?.split(',') ?? []
      const title = `${first.report.agency} ${first.report.year}`
      expect(header.slice(3, 5)).toEqual([
        `${title}（${first.fileName}）（本机关）`,
        `${title}（${second.fileName}）（本机关）（已更正：机关 原为 ${second.report.agency}）`,
      ])
    })
  })

  describe('导出 CSV', () => {
    restoreObjectUrlsAfterEach()

    it('downloads the reports side by side, one column each in the order shown, named for what it holds', async () => {
      loadAndSelect(['r1', 'r0'])
      render(<ComparisonView />)
      const { names, blobs } = recordDownloads()
      await userEvent.setup().click(screen.getByRole('button', { name: '导出 CSV' }))
      expect(names).toEqual(['并排对比_2份报告_2023.csv'])
      const text = await blobs[0]?.text()
      const lines = text?.replace(/^\uFEFF/, '').split('\r\n') ?? []
      // The columns follow the table's report blocks, left to right.
      const shownIds = [...document.querySelectorAll('thead th[scope="colgroup"]')]
        .slice(0, 2)
        .map((th) => [...seedTitles()].find(([, title]) => title === th.textContent)?.[0])
      expect(shownIds).toEqual(['r1', 'r0'])
      const titles = shownIds.map((id) => seedTitles().get(id ?? ''))
      expect(lines[0]).toBe(
        `表,项目,栏目,${titles[0]}（本机关）,${titles[1]}（本机关）,差异,与多数不同,未读取,已更正,空白按 0 计`,
      )
      const licensing = seedValues(shownIds, 'proactive.licensing.decisions')
      expect(licensing.every((value) => typeof value === 'number')).toBe(true)
      expect(lines).toContain(
        `表二 主动公开政府信息情况,行政许可 · 处理决定数量,数量,${licensing.join(',')},≠,两份报告的数值不同,,,`,
      )
    })

    it('names the year filter in the file name', async () => {
      loadAndSelect(['r0', 'r1', 'r3'])
      act(() => useDashboardStore.getState().toggleYear(2023))
      render(<ComparisonView />)
      const { names } = recordDownloads()
      await userEvent.setup().click(screen.getByRole('button', { name: '导出 CSV' }))
      expect(names).toEqual(['并排对比_2份报告_2023.csv'])
    })
  })
})
