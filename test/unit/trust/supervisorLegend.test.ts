/**
 * The checking report's legend against the severities the checks really give: every finding a real
 * file produces, broken in each way a rule catches, is listed in the legend under its own severity.
 */
import { describe, expect, it } from 'vitest'
import { checkAcrossReports, runChecks } from '../../../src/core/checks/runChecks'
import { RULE_SEVERITY } from '../../../src/core/checks/ruleSeverity'
import { RULE_IDS, type Report, type Severity } from '../../../src/core/model/report'
import {
  legendSeverities,
  supervisorLegend,
  supervisorLegendText,
} from '../../../src/core/supervisor/supervisorLegend'
import {
  buildSupervisorReport,
  type SupervisorInput,
  type SupervisorProblem,
} from '../../../src/core/supervisor/supervisorReport'
import { readRealReport, readTextReport, SEED_FILES } from './readFixture'

const SEED = SEED_FILES[1] ?? ''

/** The seed as the year before, with 结转下年度 and 现行有效 that the seed does not carry on (R-F, R-G). */
function inconsistentPreviousYear(report: Report): Report {
  const cells = structuredClone(report.cells)
  const bump = (id: string) => {
    const from = report.cells[id.replace('carriedForward', 'carriedOver')] ?? report.cells[id]
    if (from) cells[id] = { ...from, value: from.value + 1 }
  }
  bump('applications.carriedForward.total')
  bump('proactive.normativeDocs.inForce')
  return { ...report, year: report.year - 1, cells }
}

/** A negative 规章 count, as a misread minus sign would give (R-E). */
function withNegativeCount(report: Report): Report {
  const cell = report.cells['proactive.rules.issued']
  if (cell === undefined) throw new Error('seed changed: no 规章 本年制发件数')
  return { ...report, cells: { ...report.cells, 'proactive.rules.issued': { ...cell, value: -1 } } }
}

async function brokenReports(): Promise<SupervisorInput[]> {
  const seed = readTextReport(SEED)
  const reports: Report[] = [
    ...SEED_FILES.map((file) => readTextReport(file)),
    readTextReport('handmade/2021_one_row_other_handling.txt'),
    readTextReport('handmade/2019_template.txt'),
    readTextReport('handmade/legacy_2017.txt'),
    await readRealReport('hongze_district_gov_2023.pdf'),
    await readRealReport('shuyang_fgj_2023_page.html'),
    // 新收·自然人 52 (R-A, R-B); section 五 gone (R-J); a figure the prose does not pin down (R-I notice)
    // and one the tables contradict (R-I warning).
    readTextReport(SEED, (text) => text.replace('\t\t51\t0\t0\t0\t0\t0\t51', '\t\t52\t0\t0\t0\t0\t0\t51')),
    readTextReport(SEED, (text) => text.replace('五、存在的主要问题及改进情况', '')),
    readTextReport(SEED, (text) =>
      text.replace(
        '一、总体情况\n',
        '一、总体情况\n行政复议和行政诉讼共 3 件。全年共收到政府信息公开申请 70 件。\n',
      ),
    ),
    withNegativeCount(seed),
  ]
  return [
    ...reports.map((report, index) => ({
      id: `r${index}`,
      fileName: `${index}.txt`,
      report: { ...report, checks: runChecks(report) },
    })),
    { id: 'previous', fileName: 'previous.txt', report: inconsistentPreviousYear(seed) },
    { id: 'current', fileName: 'current.txt', report: seed },
  ]
}

describe('the checking report’s legend', () => {
  it('lists every rule, R-T among the 警告 where its findings are', () => {
    for (const rule of RULE_IDS) expect(legendSeverities(rule)).toContain(RULE_SEVERITY[rule])
    const warnings = supervisorLegend().find((line) => line.severity === 'warning')
    expect(warnings?.text).toContain('（R-T）')
    expect(supervisorLegend().find((line) => line.severity === 'notice')?.text).not.toContain('R-T')
    expect(supervisorLegendText()).toMatch(/^错误：.*；警告：.*；提示：.*。$/u)
  })

  it('gives each finding real files produce the severity the finding has', async () => {
    const entries = await brokenReports()
    const found = new Map<SupervisorProblem['rule'], Set<Severity>>()
    const add = (rule: SupervisorProblem['rule'], severity: Severity) =>
      found.set(rule, (found.get(rule) ?? new Set()).add(severity))
    for (const { report } of entries) for (const check of report.checks) add(check.rule, check.severity)
    for (const check of checkAcrossReports(entries)) add(check.rule, check.severity)
    const report = buildSupervisorReport(entries, {}, '2025-03-01T08:00:00.000Z')
    for (const row of report.agencies.flatMap((agency) => agency.reports))
      for (const problem of row.problems) add(problem.rule, problem.severity)

    // Every rule and finding kind was produced, R-I at both of its severities.
    expect([...found.keys()].sort()).toEqual([...RULE_IDS, 'copied-text', 'reading'].sort())
    expect([...(found.get('R-I') ?? [])].sort()).toEqual(['notice', 'warning'])
    for (const [rule, severities] of found)
      for (const severity of severities)
        expect(legendSeverities(rule), `${rule} ${severity}`).toContain(severity)
  }, 30_000)
})
