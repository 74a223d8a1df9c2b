/**
 * The 检查报告 from what the page's selectors have (duplicate groups, copied text, R-F/R-G on the effective
 * reports) is the one buildSupervisorReport works out itself from the same reports.
 */
import { describe, expect, it } from 'vitest'
import { buildSupervisorReport } from '../../../src/core/supervisor/supervisorReport'
import {
  addReports,
  selectCopiedText,
  selectEffectiveReports,
  useDashboardStore,
  type LoadedReport,
} from '../../../src/store'
import { selectDuplicateGroups } from '../../../src/store/selectors/duplicateGroups'
import { parsedSeedEntries } from './expectedReports'

const AT = '2025-03-01T08:00:00.000Z'

describe('the checking report from the page’s selectors', () => {
  it('equals the one worked out from the effective reports alone', () => {
    const seeds = parsedSeedEntries()
    const xinxiang = seeds[0] as LoadedReport
    const shifanqu = seeds[1] as LoadedReport
    // 新乡县城管局 2022: the same agency under a short name, a year before, whose 结转下年度 2023 disagrees with.
    const previousYear: LoadedReport = {
      ...xinxiang,
      id: 'xinxiang-2022',
      fingerprint: 'fp-xinxiang-2022',
      report: {
        ...xinxiang.report,
        year: 2022,
        agency: '新乡县城管局',
        cells: {
          ...xinxiang.report.cells,
          'applications.carriedForward.total': { value: 4, source: { line: 0, column: 0, raw: '4' } },
        },
      },
    }
    // Seed 001 again under another file: a duplicate pair.
    const copy: LoadedReport = { ...shifanqu, id: 'shifanqu-copy', fingerprint: 'fp-shifanqu-copy' }
    addReports([...seeds, previousYear, copy])
    const { correctCell } = useDashboardStore.getState()
    expect(correctCell(xinxiang.id, 'proactive.penalty.decisions', 7)).toBeNull()

    const state = useDashboardStore.getState()
    const reports = selectEffectiveReports(state)
    // The page shows the short name under the full one; R-F/R-G were found before that renaming.
    expect(reports.find((entry) => entry.id === previousYear.id)?.report.agency).toBe(xinxiang.report.agency)
    const copied = selectCopiedText(state)
    const duplicates = selectDuplicateGroups(state)
    const worked = buildSupervisorReport(reports, state.aliases, AT, { copied })
    const given = buildSupervisorReport(reports, state.aliases, AT, {
      copied,
      duplicates,
      acrossReportsChecked: true,
    })
    const rows = worked.agencies.flatMap((agency) => agency.reports)
    const problems = rows.flatMap((row) => row.problems)
    expect(problems.some((problem) => problem.rule === 'R-F')).toBe(true)
    expect(rows.find((row) => row.reportId === shifanqu.id)?.duplicateOf).toEqual([copy.id])
    expect(rows.find((row) => row.reportId === xinxiang.id)?.userValues).toBe(1)
    expect(given).toEqual(worked)
    expect(JSON.stringify(given)).toBe(JSON.stringify(worked))
  })
})
