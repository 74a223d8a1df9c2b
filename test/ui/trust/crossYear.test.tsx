import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/app/App'
import { addReport } from '../../../src/store'
import { loadedFromText, seedText, shifanquCarryingForward, SHIFANQU, SHIFANQU_SEED } from './trustFixtures'
import { WEIHUI_2021, weihuiNextYear } from '../../helpers/nextYearCopy'

describe('checks across years', () => {
  it('R-F warns under the later year, counts in the status column and leads to both years’ cells', async () => {
    const previous = loadedFromText('2022.txt', shifanquCarryingForward(`${SHIFANQU} 2022 年`), 0)
    expect(previous.report.year).toBe(2022)
    expect(previous.report.cells['applications.carriedForward.natural']?.value).toBe(3)
    expect(previous.report.checks.filter((check) => !check.ok && check.severity === 'error')).toEqual([])
    addReport(previous)
    addReport(loadedFromText(SHIFANQU_SEED, seedText(SHIFANQU_SEED), 1))
    const user = userEvent.setup()
    render(<App />)

    const rows = screen.getAllByTestId('overview-row')
    const status = rows.map(
      (row) => `${row.textContent?.match(/20\d\d/)?.[0]} ${row.querySelector('.check')?.textContent}`,
    )
    // Two R-F warnings, and 文字雷同: the made-up 2022 report is the 2023 text word for word.
    expect(status).toContain('2023 3 个警告')

    await user.click(screen.getByRole('tab', { name: '检查' }))
    const later = screen.getByRole('region', { name: `${SHIFANQU} 2023` })
    const warnings = within(later)
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('data-rule') === 'R-F')
    expect(warnings.map((item) => item.textContent)).toEqual([
      expect.stringContaining('自然人列：2023 年上年结转 0 件，而 2022 年结转下年度 3 件，两者不一致'),
      expect.stringContaining('总计列：2023 年上年结转 0 件，而 2022 年结转下年度 3 件，两者不一致'),
    ])
    expect(within(later).getByTestId('copied-text')).toHaveTextContent('与上年报告文字雷同')
    const first = warnings[0]
    if (!first) throw new Error('no R-F item')
    await user.click(within(first).getByRole('button', { name: '查看上年来源' }))
    const panel = screen.getByRole('dialog', { name: /数值来源/ })
    expect(panel).toHaveTextContent(`${SHIFANQU} 2022`)
    const cell = within(panel).getByRole('region', { name: '表三 结转下年度·自然人' })
    expect(cell.querySelector('[data-source-line="true"] mark')).toHaveTextContent('3')
  }, 30_000)

  it('R-F says in words which year’s figure is which, with no 左边/右边 to decode', async () => {
    const carriedOverLine = '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t'
    const text = seedText(WEIHUI_2021.replace('seeds/', ''))
    if (!text.includes(carriedOverLine)) throw new Error('seed changed: 上年结转 line not found')
    // The "2022" copy says 2 applications were carried over from 2021, whose report carried none forward.
    const next = weihuiNextYear(text).replace(
      carriedOverLine,
      carriedOverLine.replace(/\t0/, '\t2').replace(/0\t$/, '2\t'),
    )
    addReport(loadedFromText(WEIHUI_2021, text, 0))
    addReport(loadedFromText('2022.txt', next, 1))
    const user = userEvent.setup()
    render(<App />)

    await user.click(screen.getByRole('tab', { name: '检查' }))
    const later = screen.getByRole('region', { name: /2022$/ })
    const warnings = within(later)
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('data-rule') === 'R-F')
    expect(warnings.map((item) => item.querySelector('.finding-message')?.textContent)).toEqual([
      '自然人列：2022 年上年结转 2 件，而 2021 年结转下年度 0 件，两者不一致',
      '总计列：2022 年上年结转 2 件，而 2021 年结转下年度 0 件，两者不一致',
    ])
    for (const item of warnings) expect(item).not.toHaveTextContent(/左边|右边/)
  }, 30_000)

  it('R-G names both sides in its sentence, last year’s figure carried forward first', async () => {
    const line = '行政规范性文件\t0\t0\t0\n'
    const text = seedText(SHIFANQU_SEED)
    if (!text.includes(line)) throw new Error('seed changed: 行政规范性文件 line not found')
    // The year before in force 3 规范性文件; the 2023 report, issuing and repealing none, has 0 in force.
    const previous = text
      .replace(`${SHIFANQU} 2023 年`, `${SHIFANQU} 2022 年`)
      .replace(line, '行政规范性文件\t0\t0\t3\n')
    addReport(loadedFromText('2022.txt', previous, 0))
    addReport(loadedFromText(SHIFANQU_SEED, text, 1))
    const user = userEvent.setup()
    render(<App />)

    await user.click(screen.getByRole('tab', { name: '检查' }))
    const later = screen.getByRole('region', { name: `${SHIFANQU} 2023` })
    const notice = within(later)
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('data-rule') === 'R-G')
    expect(notice?.querySelector('.finding-message')).toHaveTextContent(
      '行政规范性文件：2022 年现行有效 3 件，加 2023 年制发 0 件、减废止 0 件，应为 3 件，而 2023 年现行有效 0 件，两者不一致',
    )
    expect(notice).not.toHaveTextContent(/左边|右边/)
  }, 30_000)
})
