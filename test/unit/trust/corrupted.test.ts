/**
 * A corrupted copy of each seed — one number changed in the source text — is caught by the right rule,
 * and only by rules that involve that number.
 */
import { describe, expect, it } from 'vitest'
import { checkAcrossReports } from '../../../src/core/checks/crossYear'
import { runChecks } from '../../../src/core/checks/runChecks'
import type { CheckResult, Report } from '../../../src/core/model/report'
import { readTextReport, SEED_FILES } from './readFixture'

/** Adds 1 to the first numeric tab cell of the first line that `isTarget` accepts. */
function bumpFirstNumber(isTarget: (line: string) => boolean) {
  return (text: string): string => {
    const lines = text.split('\n')
    const index = lines.findIndex(isTarget)
    if (index < 0) throw new Error('target line not found')
    const cells = (lines[index] ?? '').split('\t')
    const at = cells.findIndex((cell) => /^\s*\d+\s*$/u.test(cell))
    cells[at] = String(Number(cells[at]) + 1)
    lines[index] = cells.join('\t')
    return lines.join('\n')
  }
}

const isReceivedRow = (line: string) => line.startsWith('一、本年新收')
const isAppealsRow = (line: string) =>
  line.split('\t').filter((cell) => /^\d+$/u.test(cell.trim())).length === 15

const failed = (report: Report): CheckResult[] => runChecks(report).filter((check) => !check.ok)
const rules = (checks: CheckResult[]) => [...new Set(checks.map((check) => check.rule))].sort()

describe.each(SEED_FILES)('corrupted copies of %s', (seed) => {
  it('the original has no failed check', () => {
    expect(failed(readTextReport(seed))).toEqual([])
  })

  it('表三 新收·自然人 + 1 → R-A (自然人列) and R-B (新收行)', () => {
    const checks = failed(readTextReport(seed, bumpFirstNumber(isReceivedRow)))
    expect(rules(checks)).toEqual(['R-A', 'R-B'])
    expect(checks.every((check) => check.cellIds.includes('applications.received.natural'))).toBe(true)
    expect(checks.every((check) => check.severity === 'error')).toBe(true)
  })

  it('表四 行政复议·结果维持 + 1 → R-D (行政复议)', () => {
    const checks = failed(readTextReport(seed, bumpFirstNumber(isAppealsRow)))
    expect(checks.map((check) => [check.rule, check.cellIds.at(-1)])).toEqual([
      ['R-D', 'appeals.reconsideration.total'],
    ])
  })
})

/** One figure of the 总体情况 prose changed, per seed that states one. */
const PROSE_CORRUPTIONS: [string, string, string, string][] = [
  [
    SEED_FILES[0] ?? '',
    '未收到政府信息依申请公开件',
    '收到政府信息依申请公开件 3 件',
    'applications.received.total',
  ],
  [SEED_FILES[1] ?? '', '共办理依申请公开件 51 件', '共办理依申请公开件 52 件', 'applications.total.total'],
  [
    SEED_FILES[2] ?? '',
    '制发行政规范性文件 2 件',
    '制发行政规范性文件 3 件',
    'proactive.normativeDocs.issued',
  ],
  [
    SEED_FILES[3] ?? '',
    '未收到依申请公开信息函件',
    '收到依申请公开信息函件 4 件',
    'applications.received.total',
  ],
]

describe('corrupted prose', () => {
  it.each(PROSE_CORRUPTIONS)('%s: “%s” → “%s” is an R-I warning on %s', (seed, from, to, cellId) => {
    const report = readTextReport(seed, (text) => {
      expect(text).toContain(from)
      return text.replace(from, to)
    })
    const checks = failed(report)
    expect(checks.map((check) => [check.rule, check.severity, check.cellIds[0]])).toEqual([
      ['R-I', 'warning', cellId],
    ])
  })

  it('a removed section 五 is an R-J notice', () => {
    const report = readTextReport(SEED_FILES[1] ?? '', (text) =>
      text.replace('五、存在的主要问题及改进情况', ''),
    )
    expect(failed(report).map((check) => [check.rule, check.severity])).toEqual([['R-J', 'notice']])
  })
})

/** The seed as year Y and a copy as year Y-1 whose carry-over and 现行有效 agree with it. */
function consistentPreviousYear(report: Report): Report {
  const cells = structuredClone(report.cells)
  for (const [id, cell] of Object.entries(report.cells)) {
    if (id.startsWith('applications.carriedOver.'))
      cells[id.replace('carriedOver', 'carriedForward')] = { ...cell, value: cell.value }
  }
  for (const row of ['rules', 'normativeDocs']) {
    const value = (column: string) => report.cells[`proactive.${row}.${column}`]?.value ?? 0
    const inForce = cells[`proactive.${row}.inForce`]
    if (inForce) inForce.value = value('inForce') - value('issued') + value('repealed')
  }
  return { ...report, year: report.year - 1, cells }
}

describe.each(SEED_FILES.concat(['handmade/2021_one_row_other_handling.txt']))('two years of %s', (file) => {
  const current = readTextReport(file)
  const previous = consistentPreviousYear(current)
  const currentEntry = { id: 'current', report: current }
  const entries = [{ id: 'previous', report: previous }, currentEntry]

  it('consistent years pass R-F (7 columns) and R-G (规章, 规范性文件)', () => {
    const checks = checkAcrossReports(entries)
    expect(checks.filter((check) => check.rule === 'R-F')).toHaveLength(7)
    expect(checks.filter((check) => check.rule === 'R-G')).toHaveLength(2)
    expect(checks.every((check) => check.ok && check.reportId === 'current')).toBe(true)
  })

  it('a changed 结转下年度 of the previous year is an R-F warning on that column', () => {
    const changed = structuredClone(previous)
    const cell = changed.cells['applications.carriedForward.total']
    if (cell) cell.value += 1
    const checks = checkAcrossReports([{ id: 'previous', report: changed }, currentEntry]).filter(
      (c) => !c.ok,
    )
    expect(checks.map((check) => [check.rule, check.severity, check.cellIds[0]])).toEqual([
      ['R-F', 'warning', 'applications.carriedOver.total'],
    ])
    expect(checks[0]?.cells).toContainEqual({
      reportId: 'previous',
      cellId: 'applications.carriedForward.total',
    })
  })

  it('a changed 现行有效件数 of the previous year is an R-G notice', () => {
    const changed = structuredClone(previous)
    const cell = changed.cells['proactive.normativeDocs.inForce']
    if (cell) cell.value += 1
    const checks = checkAcrossReports([{ id: 'previous', report: changed }, currentEntry]).filter(
      (c) => !c.ok,
    )
    expect(checks.map((check) => [check.rule, check.severity])).toEqual([['R-G', 'notice']])
  })

  it('R-G puts the sentence’s left side (last year carried forward) in lhs, this year’s 现行有效 in rhs', () => {
    const changed = structuredClone(previous)
    const cell = changed.cells['proactive.normativeDocs.inForce']
    if (cell) cell.value += 1
    const [check] = checkAcrossReports([{ id: 'previous', report: changed }, currentEntry]).filter(
      (c) => !c.ok,
    )
    const value = (report: Report, column: string) =>
      report.cells[`proactive.normativeDocs.${column}`]?.value ?? Number.NaN
    const carried = value(changed, 'inForce') + value(current, 'issued') - value(current, 'repealed')
    expect([check?.lhs, check?.rhs]).toEqual([carried, value(current, 'inForce')])
    expect(check?.message).toContain(
      `应为 ${carried} 件，而 ${current.year} 年现行有效 ${value(current, 'inForce')} 件，两者不一致`,
    )
  })
})

describe('R-F/R-G pairing', () => {
  const current = readTextReport(SEED_FILES[0] ?? '')
  const previous = consistentPreviousYear(current)

  it('pairs a year with the year before under another spelling of the agency name', () => {
    const renamed = { ...previous, agency: '新乡县城管局' }
    expect(
      checkAcrossReports([
        { id: 'a', report: renamed },
        { id: 'b', report: current },
      ]),
    ).toHaveLength(9)
  })

  it('does not pair other agencies, gaps of two years or legacy reports', () => {
    const other = { ...previous, agency: '新乡县财政局' }
    const gap = { ...previous, year: previous.year - 1 }
    const legacy = { ...previous, template: 'legacy' as const }
    for (const report of [other, gap, legacy])
      expect(
        checkAcrossReports([
          { id: 'a', report },
          { id: 'b', report: current },
        ]),
      ).toEqual([])
  })

  it('uses user aliases', () => {
    const other = { ...previous, agency: '某县某局' }
    const entries = [
      { id: 'a', report: other },
      { id: 'b', report: current },
    ]
    expect(checkAcrossReports(entries, { 某县某局: current.agency })).toHaveLength(9)
  })
})
