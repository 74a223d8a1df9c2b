import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { OverviewView } from '../../../src/features/overview/OverviewView'
import { checkSeverityRank, checkSummaryText } from '../../../src/features/overview/checkSummary'
import { overviewCsvTable } from '../../../src/features/overview/overviewCsv'
import { toOverviewEntries } from '../../../src/features/overview/overviewEntries'
import { addReport, selectFilteredReports, useDashboardStore, type LoadedReport } from '../../../src/store'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { recordDownloads, restoreObjectUrlsAfterEach } from '../../helpers/downloads'
import { readWorkbook } from '../../helpers/readWorkbook'
import { expectedOf, FIXTURES, reportFromExpected } from '../../helpers/expectedReports'
import { asLoaded, expectedSeedReports, parsedSeedEntries } from '../store/expectedReports'

const NOTHING = {
  errors: 0,
  warnings: 0,
  notices: 0,
  unreadCells: 0,
  identityGuessed: false,
  tablesLeft: [],
}

/** By default the five real seed files, read by the real parser. */
function load(entries: LoadedReport[] = parsedSeedEntries()): void {
  for (const entry of entries) addReport(entry)
}

/** The seeds, the first (新乡县城市管理局) read from its text as `change` leaves it, under `name`. */
function loadWithFirstSeedChanged(name: string, change: (text: string) => string): void {
  const entries = parsedSeedEntries()
  const text = readFileSync(join(FIXTURES, 'seeds', entries[0]?.fileName ?? ''), 'utf8')
  const changed = change(text)
  expect(changed).not.toBe(text)
  const outcome = readReport(textToDocument(name, changed))
  if (!outcome.ok) throw new Error(outcome.error.message)
  load([asLoaded(outcome.report, 0), ...entries.slice(1)])
}

function headerTexts(): string[] {
  return within(screen.getByTestId('overview-table'))
    .getAllByRole('columnheader')
    .map((th) => (th.textContent ?? '').replace(/[▲▼]/g, '').trim())
}

function cellOf(agency: string, header: string): HTMLElement {
  const row = screen.getAllByTestId('overview-row').find((tr) => tr.textContent?.includes(agency))
  if (!row) throw new Error(`no row for ${agency}`)
  const index = headerTexts().indexOf(header)
  const cell = row.querySelectorAll('td')[index]
  if (!(cell instanceof HTMLElement)) throw new Error(`no ${header} cell`)
  return cell
}

function agenciesInOrder(): string[] {
  const index = headerTexts().indexOf('机关')
  return screen
    .getAllByTestId('overview-row')
    .map((tr) => tr.querySelectorAll('td')[index]?.textContent ?? '')
}

describe('OverviewView', () => {
  it('has the contract columns in order', () => {
    load()
    render(<OverviewView />)
    expect(headerTexts()).toEqual([
      '选择',
      '机关',
      '年度',
      '检查',
      '行政许可',
      '行政处罚',
      '行政强制',
      '收费（万元）',
      '新收申请',
      '予以公开',
      '部分公开',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
      '实质公开率',
      '行政复议',
      '行政诉讼',
    ])
  })

  it('shows one row per seed with its ground-truth numbers, fees with every decimal', () => {
    load()
    render(<OverviewView />)
    expect(screen.getAllByTestId('overview-row')).toHaveLength(5)
    expect(cellOf('新乡县城市管理局', '行政许可')).toHaveTextContent('67')
    expect(cellOf('新乡县城市管理局', '收费（万元）')).toHaveTextContent('2,221.9632')
    expect(cellOf('中牟县人民政府办公室', '收费（万元）')).toHaveTextContent('248.9611')
    expect(cellOf('城乡一体化示范区党政办公室', '新收申请')).toHaveTextContent('51')
    expect(cellOf('城乡一体化示范区党政办公室', '实质公开率')).toHaveTextContent('15.7%')
    expect(cellOf('新乡县城市管理局', '检查')).toHaveTextContent('✓')
  })

  it.each(expectedSeedReports().map((report) => [report.agency, report] as const))(
    '%s: the parsed row shows the ground-truth numbers',
    (agency, expected) => {
      load()
      render(<OverviewView />)
      const value = (id: string) => expected.cells[id]?.value
      expect(cellOf(agency, '年度')).toHaveTextContent(String(expected.year))
      expect(Number(cellOf(agency, '行政许可').textContent)).toBe(value('proactive.licensing.decisions'))
      expect(Number(cellOf(agency, '行政处罚').textContent)).toBe(value('proactive.penalty.decisions'))
      expect(Number(cellOf(agency, '收费（万元）').textContent?.replace(/,/g, ''))).toBe(
        value('proactive.fees.amount'),
      )
      expect(Number(cellOf(agency, '新收申请').textContent)).toBe(value('applications.received.total'))
      expect(Number(cellOf(agency, '行政复议').textContent)).toBe(value('appeals.reconsideration.total'))
    },
  )

  it('shows an unread cell as —, never 0, and a legacy report as 格式不可比', () => {
    const [first, second] = expectedSeedReports()
    if (!first || !second) throw new Error('seeds')
    const cells = { ...first.cells }
    delete cells['proactive.licensing.decisions']
    load([asLoaded({ ...first, cells }, 0), asLoaded({ ...second, template: 'legacy', cells: {} }, 1)])
    render(<OverviewView />)
    expect(cellOf('新乡县城市管理局', '行政许可')).toHaveTextContent(/^—$/)
    expect(cellOf('城乡一体化示范区党政办公室', '行政许可')).toHaveTextContent('格式不可比')
  })

  it('shows a year the reader did not find as 未识别, never 0', () => {
    const [first, second] = expectedSeedReports()
    if (!first || !second) throw new Error('seeds')
    load([asLoaded({ ...first, year: 0 }, 0), asLoaded(second, 1)])
    render(<OverviewView />)
    expect(cellOf('新乡县城市管理局', '年度')).toHaveTextContent(/^未识别$/)
    expect(cellOf('城乡一体化示范区党政办公室', '年度')).toHaveTextContent(String(second.year))
  })

  it('sorts by a column on header click and says so with aria-sort', async () => {
    const user = userEvent.setup()
    load()
    render(<OverviewView />)
    const header = screen.getByRole('columnheader', { name: /行政许可/ })
    expect(header).toHaveAttribute('aria-sort', 'none')
    await user.click(within(header).getByRole('button'))
    const firstDirection = header.getAttribute('aria-sort')
    expect(['ascending', 'descending']).toContain(firstDirection)
    const licensing = () => {
      const index = headerTexts().indexOf('行政许可')
      return screen
        .getAllByTestId('overview-row')
        .map((tr) => Number(tr.querySelectorAll('td')[index]?.textContent))
    }
    const ascending = [...licensing()].sort((a, b) => a - b)
    expect(licensing()).toEqual(firstDirection === 'ascending' ? ascending : [...ascending].reverse())
    await user.click(within(header).getByRole('button'))
    expect(header.getAttribute('aria-sort')).not.toBe(firstDirection)
  })

  it('sorts 未识别 after every year, ascending', async () => {
    const user = userEvent.setup()
    const [first, ...rest] = expectedSeedReports()
    if (!first) throw new Error('seeds')
    load([asLoaded({ ...first, year: 0 }, 0), ...rest.map((report, index) => asLoaded(report, index + 1))])
    render(<OverviewView />)
    const header = screen.getByRole('columnheader', { name: /年度/ })
    const years = () => {
      const index = headerTexts().indexOf('年度')
      return screen.getAllByTestId('overview-row').map((tr) => tr.querySelectorAll('td')[index]?.textContent)
    }
    await user.click(within(header).getByRole('button'))
    if (header.getAttribute('aria-sort') !== 'ascending') await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    const shown = years()
    expect(shown.at(-1)).toBe('未识别')
    expect(shown.slice(0, -1)).toEqual([...shown.slice(0, -1)].sort())
  })

  it('filtering to 2023 leaves the three 2023 seeds', () => {
    load()
    useDashboardStore.getState().toggleYear(2023)
    render(<OverviewView />)
    expect(agenciesInOrder().sort()).toEqual(
      ['中牟县人民政府办公室', '城乡一体化示范区党政办公室', '新乡县城市管理局'].sort(),
    )
  })

  it('hides a column from the 列 menu and shows it again', async () => {
    const user = userEvent.setup()
    load()
    render(<OverviewView />)
    await user.click(screen.getByRole('button', { name: '列' }))
    const toggle = screen.getByRole('checkbox', { name: '收费（万元）' })
    await user.click(toggle)
    expect(headerTexts()).not.toContain('收费（万元）')
    expect(screen.getAllByTestId('overview-row')[0]?.querySelectorAll('td')).toHaveLength(17)
    await user.click(toggle)
    expect(headerTexts()).toContain('收费（万元）')
  })

  it('explains the small-sample star under the table and to screen readers, only while a starred rate is shown', async () => {
    const user = userEvent.setup()
    load()
    const { unmount } = render(<OverviewView />)
    // The seeds all have 30 or more applications handled: no star, no note.
    expect(screen.queryByTestId('small-sample-note')).not.toBeInTheDocument()
    unmount()

    // Hongze 2023 handled 21 applications.
    const hongze = expectedOf(join(FIXTURES, 'real/hongze_district_gov_2023.pdf'))
    addReport(asLoaded(reportFromExpected(hongze), 9))
    render(<OverviewView />)
    expect(screen.getByTestId('small-sample-note')).toHaveTextContent('* 办结申请少于 30 件，比例仅供参考')
    const starred = cellOf(hongze.agency, '实质公开率')
    expect(starred).toHaveTextContent('*')
    // The star itself is hidden from screen readers; the cell's button says what it means instead.
    expect(within(starred).getByRole('button')).toHaveAccessibleName(/（办结申请少于 30 件，比例仅供参考）$/)
    expect(cellOf('城乡一体化示范区党政办公室', '实质公开率')).not.toHaveTextContent('*')

    await user.click(screen.getByRole('button', { name: '列' }))
    await user.click(screen.getByRole('checkbox', { name: '实质公开率' }))
    expect(screen.queryByTestId('small-sample-note')).not.toBeInTheDocument()
  })

  it('keeps its sorting and hidden columns while another tab is shown', async () => {
    const user = userEvent.setup()
    load()
    const { unmount } = render(<OverviewView />)
    const header = screen.getByRole('columnheader', { name: /行政处罚/ })
    await user.click(within(header).getByRole('button'))
    const direction = header.getAttribute('aria-sort')
    const order = agenciesInOrder()
    await user.click(screen.getByRole('button', { name: '列' }))
    await user.click(screen.getByRole('checkbox', { name: '收费（万元）' }))
    // Switching tabs unmounts the view.
    unmount()
    render(<OverviewView />)
    expect(screen.getByRole('columnheader', { name: /行政处罚/ })).toHaveAttribute(
      'aria-sort',
      direction ?? '',
    )
    expect(agenciesInOrder()).toEqual(order)
    expect(headerTexts()).not.toContain('收费（万元）')
  })

  it('the 检查 column counts failed checks and names them in its tooltip', () => {
    const [first] = expectedSeedReports()
    if (!first) throw new Error('seeds')
    const natural = first.cells['applications.received.natural']
    if (!natural) throw new Error('seed without 新收·自然人')
    // Checks are re-run on what the report says, so the failures are made real: one misread number
    // (R-A and R-B errors) and the 2019 single-row （六） in a 2023 report (R-T warning).
    const failing = {
      ...first,
      tableVariants: { ...first.tableVariants, 'applications.otherHandling': 'one-row' as const },
      cells: { ...first.cells, 'applications.received.natural': { ...natural, value: natural.value + 1 } },
    }
    load([asLoaded(failing, 0)])
    render(<OverviewView />)
    const status = cellOf('新乡县城市管理局', '检查')
    // The ground truth carries no text, so R-J finds every section missing: notices, said last.
    expect(status.textContent).toMatch(/^2 个错误 · 1 个警告 · \d+ 个提示$/u)
    const lines = status.querySelector('[title]')?.getAttribute('title')?.split('\n') ?? []
    const rules = lines.map((line) => line.split(' ')[0])
    expect(rules.slice(0, 3)).toEqual(['R-A', 'R-B', 'R-T'])
    expect(new Set(rules.slice(3))).toEqual(new Set(['R-J']))
    expect(lines[0]).toContain('自然人列')
    expect(lines[1]).toContain('新收行')
  })

  it('a report whose only findings are notices is not a bare ✓: it says how many and names them, in the CSV too', () => {
    loadWithFirstSeedChanged('no-section5.txt', (text) => text.replace('五、存在的主要问题及改进情况', ''))
    render(<OverviewView />)
    const status = cellOf('新乡县城市管理局', '检查')
    expect(status).toHaveTextContent('✓ · 1 个提示')
    expect(status.querySelector('.check-ok')).not.toBeNull()
    const title = status.querySelector('[title]')?.getAttribute('title')?.split('\n') ?? []
    expect(title).toEqual(['勾稽关系全部通过；提示：', expect.stringMatching(/^R-J .*第五部分/u)])
    // A clean report keeps its bare ✓.
    expect(cellOf('卫辉市城市管理局', '检查').textContent).toBe('✓')

    const { headers, rows } = overviewCsvTable(
      toOverviewEntries(selectFilteredReports(useDashboardStore.getState())),
    )
    const column = headers.indexOf('检查')
    expect(rows.map((row) => row[column])).toContain('✓ · 1 个提示')
    // Notices stay notices: 只看有问题的报告 is about errors, warnings and reading gaps.
    act(() => useDashboardStore.getState().setOnlyProblems(true))
    const shown = selectFilteredReports(useDashboardStore.getState()).map((loaded) => loaded.report.agency)
    expect(shown).not.toContain('新乡县城市管理局')
  })

  it('puts a failed notice beside errors and warnings too, and sorts it below any reading gap', () => {
    expect(checkSummaryText({ ...NOTHING, warnings: 2, notices: 1 }, '2021')).toBe('2 个警告 · 1 个提示')
    expect(checkSummaryText({ ...NOTHING, unreadCells: 15, notices: 1 }, '2021')).toBe(
      '15 格未读取 · 1 个提示',
    )
    expect(checkSummaryText(NOTHING, 'legacy')).toBe('—')
    const ranks = [
      { ...NOTHING },
      { ...NOTHING, notices: 3 },
      { ...NOTHING, unreadCells: 1 },
      { ...NOTHING, warnings: 1 },
      { ...NOTHING, errors: 1 },
    ].map(checkSeverityRank)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(new Set(ranks).size).toBe(ranks.length)
  })

  it('a report with a cell the reader could not read is not ✓, and 只看有问题的报告 keeps it', () => {
    loadWithFirstSeedChanged('damaged.txt', (text) => text.replace('行政许可\t67\t\t', '行政许可\tl2\t\t'))
    render(<OverviewView />)
    const status = cellOf('新乡县城市管理局', '检查')
    expect(status).toHaveTextContent('1 格未读取')
    expect(status.querySelector('.check-warning')).not.toBeNull()
    expect(cellOf('新乡县城市管理局', '行政许可')).toHaveTextContent('—')
    act(() => useDashboardStore.getState().setOnlyProblems(true))
    expect(agenciesInOrder()).toContain('新乡县城市管理局')
    expect(agenciesInOrder()).not.toContain('卫辉市城市管理局')
  })

  it('marks a figure the report left blank (counted as 0), and marks it corrected instead once corrected', () => {
    const path = 'handmade/2021_one_row_other_handling.txt'
    const outcome = readReport(textToDocument(path, readFileSync(join(FIXTURES, path), 'utf8')))
    if (!outcome.ok) throw new Error(outcome.error.message)
    load([asLoaded(outcome.report, 0)])
    render(<OverviewView />)
    const agency = outcome.report.agency
    const penalty = () => cellOf(agency, '行政处罚')
    expect(penalty()).toHaveTextContent(/^空0$/)
    expect(penalty().querySelector('[data-blank]')?.getAttribute('title')).toContain('空白')
    expect(cellOf(agency, '行政许可').querySelector('[data-blank]')).toBeNull()
    expect(penalty().querySelector('[data-corrected]')).toBeNull()
    act(() => {
      useDashboardStore.getState().correctCell('r0', 'proactive.penalty.decisions', 4)
    })
    expect(penalty()).toHaveTextContent(/^已更正4$/)
    expect(penalty().querySelectorAll('[data-corrected]')).toHaveLength(1)
    expect(penalty().querySelector('[data-blank]')).toBeNull()
  })

  it('a report whose file had a second 表三 left unread says so in the warning tone', () => {
    const entries = parsedSeedEntries()
    const first = entries[0]
    if (!first) throw new Error('seeds')
    const notice = { code: 'table-repeated' as const, message: '文件中有两个表三' }
    load([
      { ...first, report: { ...first.report, notices: [...first.report.notices, notice] } },
      ...entries.slice(1),
    ])
    render(<OverviewView />)
    const status = cellOf('新乡县城市管理局', '检查')
    expect(status).toHaveTextContent('另有一个表三未读取')
    expect(status.querySelector('.check-warning')).not.toBeNull()
  })

  it('the row checkbox puts the report into the comparison selection', async () => {
    const user = userEvent.setup()
    load()
    render(<OverviewView />)
    await user.click(screen.getByRole('checkbox', { name: '选择 新乡县城市管理局 2023' }))
    expect(useDashboardStore.getState().selectedIds).toEqual(['r0'])
  })

  it('names two copies of one report apart by their files in their row checkboxes', () => {
    const [first] = parsedSeedEntries()
    if (!first) throw new Error('seeds')
    const copy = { ...first, id: 'copy', fileName: 'copy.html', fingerprint: 'fp-copy' }
    load([first, copy])
    render(<OverviewView />)
    const title = `${first.report.agency} ${first.report.year}`
    expect(screen.getByRole('checkbox', { name: `选择 ${title}（${first.fileName}）` })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: `选择 ${title}（copy.html）` })).toBeInTheDocument()
  })

  it('renders only a window of rows when 1,000 reports are loaded', () => {
    const [first] = expectedSeedReports()
    if (!first) throw new Error('seeds')
    load(
      Array.from({ length: 1000 }, (_, i) => ({
        ...asLoaded({ ...first, agency: `机关${i}` }, i),
        fingerprint: `fp${i}`,
      })),
    )
    render(<OverviewView />)
    const shown = screen.getAllByTestId('overview-row').length
    expect(shown).toBeGreaterThan(10)
    expect(shown).toBeLessThan(100)
    expect(screen.getByText('共 1000 份报告')).toBeInTheDocument()
  })

  describe('导出 Excel', () => {
    restoreObjectUrlsAfterEach()

    it('says it is working with the button disabled, then downloads one workbook of the reports shown', async () => {
      load()
      render(<OverviewView />)
      const downloads = recordDownloads()
      const button = screen.getByRole('button', { name: '导出 Excel' })
      await userEvent.setup().click(button)
      expect(button).toHaveTextContent('正在生成…')
      expect(button).toBeDisabled()
      await waitFor(() => expect(button).toHaveTextContent('导出 Excel'), { timeout: 10_000 })
      expect(button).toBeEnabled()
      expect(downloads.names).toEqual(['年报数据_全部年份.xlsx'])
      const [blob] = downloads.blobs
      if (blob === undefined) throw new Error('no download')
      const { sheets } = readWorkbook(new Uint8Array(await blob.arrayBuffer()))
      const agencies = (sheets[0]?.rows ?? []).slice(1).map((row) => row[0])
      expect(agencies.sort()).toEqual(
        parsedSeedEntries()
          .map((entry) => entry.report.agency)
          .sort(),
      )
    })
  })

  describe('CSV file name', () => {
    restoreObjectUrlsAfterEach()

    async function exportedName(): Promise<string | undefined> {
      const { names } = recordDownloads()
      await userEvent.setup().click(screen.getByRole('button', { name: '导出 CSV' }))
      return names[0]
    }

    it('names the agency filter beside the year filter', async () => {
      load()
      const [first, second] = parsedSeedEntries().filter((entry) => entry.report.year === 2023)
      if (!first || !second) throw new Error('fewer than two 2023 seeds')
      const state = useDashboardStore.getState()
      state.toggleYear(2023)
      state.toggleAgency(first.report.agency)
      render(<OverviewView />)
      expect(await exportedName()).toBe(`年报总览_2023_${first.report.agency}.csv`)
      act(() => useDashboardStore.getState().toggleAgency(second.report.agency))
      expect(await exportedName()).toBe('年报总览_2023_2个机关.csv')
    })

    it('marks a file exported under 只看有问题的报告', async () => {
      load()
      const [first] = parsedSeedEntries()
      if (!first) throw new Error('no seed')
      const received = first.report.cells['applications.received.total']?.value ?? 0
      // A correction that breaks R-A/R-B gives the report a problem, as a misread cell would.
      expect(
        useDashboardStore.getState().correctCell(first.id, 'applications.received.total', received + 1),
      ).toBeNull()
      useDashboardStore.getState().setOnlyProblems(true)
      render(<OverviewView />)
      expect(screen.getByText('共 1 份报告')).toBeInTheDocument()
      expect(await exportedName()).toBe(`年报总览_${first.report.year}_仅有问题.csv`)
    })
  })
})
