/**
 * R-T: a report for 2021 or later should use the 2021 format (国办公开办函〔2021〕30号). Agencies lag:
 * 洪泽区 2023 and 2024 still print the 2019 single-row （六）其他处理. The variant is judged per table,
 * as the reader detected it.
 */
import type { CheckResult, Report } from '../model/report'
import { RULE_SEVERITY } from './ruleSeverity'

const FIRST_2021_FORMAT_YEAR = 2021

export function checkTemplate(report: Pick<Report, 'year' | 'template' | 'tableVariants'>): CheckResult[] {
  if (report.template === 'legacy' || report.year < FIRST_2021_FORMAT_YEAR) return []
  const outdated: string[] = []
  if (
    report.tableVariants.proactive === '2019' ||
    (report.tableVariants.proactive === undefined && report.template === '2019')
  )
    outdated.push('表二仍为 2019 年格式（本年新制作数量 / 上一年项目数量等）')
  if (report.tableVariants['applications.otherHandling'] === 'one-row')
    outdated.push('表三“（六）其他处理”仍为单行（2019 年格式，2021 年格式分为 3 项）')
  if (outdated.length === 0)
    return [
      {
        rule: 'R-T',
        severity: RULE_SEVERITY['R-T'],
        ok: true,
        message: `R-T ${report.year} 年度报告使用 2021 年格式（国办公开办函〔2021〕30号）`,
        cellIds: [],
      },
    ]
  return [
    {
      rule: 'R-T',
      severity: RULE_SEVERITY['R-T'],
      ok: false,
      message: `R-T ${report.year} 年度报告应使用 2021 年格式（国办公开办函〔2021〕30号），但${outdated.join('；')}`,
      cellIds:
        report.tableVariants['applications.otherHandling'] === 'one-row'
          ? ['applications.otherHandling.all.total']
          : [],
    },
  ]
}
