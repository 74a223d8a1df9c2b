import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { ChecksView } from '../../../src/features/checks/ChecksView'
import { addReport } from '../../../src/store'
import { FIXTURES } from '../../helpers/expectedReports'
import { asLoaded, parsedSeedEntries } from '../store/expectedReports'

describe('检查 tab', () => {
  it('lists a report whose cell could not be read even when its rules hold, and does not call it all clear', () => {
    const entries = parsedSeedEntries()
    const name = entries[0]?.fileName ?? ''
    const text = readFileSync(join(FIXTURES, 'seeds', name), 'utf8').replace(
      '行政许可\t67\t\t',
      '行政许可\tl2\t\t',
    )
    const outcome = readReport(textToDocument(name, text))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.report.checks.every((check) => check.ok || check.severity === 'notice')).toBe(true)
    addReport(asLoaded(outcome.report, 0))

    render(<ChecksView />)
    expect(screen.queryByText(/所有报告的检查全部通过/)).toBeNull()
    expect(screen.getByTestId('checks-summary')).toHaveTextContent(
      '共 1 份报告：0 份有错误，0 份仅有警告，1 份有未读取或未识别的内容，0 份无错误和警告',
    )
    const findings = screen.getByTestId('report-findings')
    expect(findings).toHaveTextContent('新乡县城市管理局 2023')
    expect(within(findings).getByTestId('reading-gap')).toHaveTextContent('有 1 个单元格未能读取')
  })

  it('says which table a file has twice: a second set of 表四’s numbers is not called a second 表三', () => {
    const name = '2019_template.appeals-previous-first.markdown.md'
    const text = readFileSync(join(FIXTURES, 'generated', 'previous-year', name), 'utf8')
    const outcome = readReport(textToDocument(name, text, 'markdown'))
    if (!outcome.ok) throw new Error(outcome.error.message)
    addReport(asLoaded(outcome.report, 0))

    render(<ChecksView />)
    const gaps = within(screen.getByTestId('report-findings')).getAllByTestId('reading-gap')
    expect(gaps.map((gap) => gap.textContent)).toEqual([
      '读取表四有两组数值，只读取了其中一组，请核对读取的是否为本年度的（详见读取提示）',
    ])
  })

  it('does not count a pre-2019 report, which no rule checks, among those whose checks all passed', () => {
    const [seed] = parsedSeedEntries()
    if (seed === undefined) throw new Error('no seed')
    const text = readFileSync(join(FIXTURES, 'handmade', 'legacy_2017.txt'), 'utf8')
    const outcome = readReport(textToDocument('legacy_2017.txt', text))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.report.template).toBe('legacy')
    addReport(seed)
    addReport(asLoaded(outcome.report, 9))

    render(<ChecksView />)
    expect(screen.queryByText(/所有报告的检查全部通过/)).toBeNull()
    expect(screen.getByText('✓ 1 份报告的检查全部通过。')).toBeInTheDocument()
    expect(
      screen.getByText(
        `另有 1 份 2019 年以前的报告（${outcome.report.agency} 2017）：2019 年以前的报告没有统一表格，不做勾稽关系检查。`,
      ),
    ).toBeInTheDocument()
  })
})
