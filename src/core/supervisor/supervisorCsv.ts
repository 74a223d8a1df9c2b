/**
 * The supervisor's checking report as CSV rows (Chinese headers): one row per problem, and one row
 * saying so for a report without problems, so every loaded report appears. What the reader could not
 * establish is said on every row of its report, beside the counts. The UI's CSV writer turns the rows
 * into a file.
 */
import { readingGapTexts } from '../compare/readingGaps'
import {
  describeCell,
  LEGACY_NOT_CHECKED,
  SCOPE_NAMES,
  SEVERITY_NAMES,
  TEMPLATE_NAMES,
  yearValue,
} from '../model/labels'
import { problemRuleName, type SupervisorReport, type SupervisorReportRow } from './supervisorReport'

export const SUPERVISOR_CSV_HEADERS = [
  '单位',
  '报告所写单位名称',
  '年度',
  '文件',
  '格式',
  '范围',
  '错误数',
  '警告数',
  '未读取或未识别',
  '规则',
  '严重程度',
  '问题说明',
  '涉及单元格',
  '用户更正单元格数',
  '机关或年度更正',
  '重复载入',
] as const

const MAX_LISTED_CELLS = 12

function cellList(cellIds: readonly string[]): string {
  const named = cellIds.slice(0, MAX_LISTED_CELLS).map(describeCell)
  return cellIds.length > MAX_LISTED_CELLS ? `${named.join('；')} 等 ${cellIds.length} 个` : named.join('；')
}

/**
 * The 问题说明 of a report without a problem row: clean, or not, when the reader left something unread; a
 * pre-2019 report was not checked at all, so it is not called clean.
 */
export function noProblemText(row: Pick<SupervisorReportRow, 'status' | 'template'>): string {
  if (row.status !== 'clean') return '未发现错误和警告，但有未读取或未识别的内容'
  return row.template === 'legacy' ? `未检查：${LEGACY_NOT_CHECKED}` : '未发现问题'
}

/** The rows under SUPERVISOR_CSV_HEADERS. Counts and the year are numbers, so a spreadsheet can sum and sort them. */
export function supervisorCsvRows(report: SupervisorReport): (string | number)[][] {
  const rows: (string | number)[][] = []
  for (const agency of report.agencies) {
    for (const row of agency.reports) {
      const head: (string | number)[] = [
        agency.agency,
        row.agencyAsWritten,
        yearValue(row.year),
        row.fileName,
        TEMPLATE_NAMES[row.template],
        SCOPE_NAMES[row.scope],
        row.counts.errors,
        row.counts.warnings,
        readingGapTexts(row.readingGaps).join('；'),
      ]
      const tail = [row.userValues, row.identityCorrected.join('；'), row.duplicateOf.length > 0 ? '是' : '']
      if (row.problems.length === 0) rows.push([...head, '', '', noProblemText(row), '', ...tail])
      for (const problem of row.problems)
        rows.push([
          ...head,
          problemRuleName(problem.rule),
          SEVERITY_NAMES[problem.severity],
          problem.message,
          cellList(problem.cellIds),
          ...tail,
        ])
    }
  }
  return rows
}
