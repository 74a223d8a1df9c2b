import { countProblems } from '../../src/core/checks/runChecks'
import { readingGaps, readingGapTexts } from '../../src/core/compare/readingGaps'
import type { CsvValue } from '../../src/core/csv'
import {
  REPORT_HEAD_HEADERS,
  reportHead,
  reportTableHeaders,
  type ExportColumn,
} from '../../src/core/model/exportColumns'
import type { ReportRecord } from './reportRecord'

/** The header of the one-row-per-report table that --csv and --xlsx write. */
export function batchTableHeaders(columns: readonly ExportColumn[]): string[] {
  return reportTableHeaders(columns, ['检查', '文件'])
}

/**
 * "全部通过", or the failed rules and what the reader could not establish, as the page's 检查 column
 * counts them: "2 项错误，1 项警告：R-A 自然人列：…；…；3 格未读取；机关或年度存疑".
 */
function checkSummary(record: Extract<ReportRecord, { ok: true }>): string {
  const failed = record.checks.filter((check) => !check.ok)
  const gaps = readingGapTexts(readingGaps(record))
  if (failed.length === 0 && gaps.length === 0)
    return record.checks.length > 0 ? '全部通过' : '无可检查的表格'
  const { errors, warnings, notices } = countProblems(failed)
  const tally = [
    errors > 0 ? `${errors} 项错误` : '',
    warnings > 0 ? `${warnings} 项警告` : '',
    notices > 0 ? `${notices} 项提示` : '',
  ].filter(Boolean)
  const rules =
    failed.length > 0 ? [`${tally.join('，')}：${failed.map((check) => check.message).join('；')}`] : []
  return [...rules, ...gaps].join('；')
}

/** A report's row: absent cells stay empty (never 0); a file that failed says why in 检查. */
export function reportTableRow(record: ReportRecord, columns: readonly ExportColumn[]): CsvValue[] {
  if (!record.ok)
    return [
      ...REPORT_HEAD_HEADERS.map(() => ''),
      ...columns.map(() => undefined),
      `读取失败：${record.error}`,
      record.file,
    ]
  return [
    ...reportHead(record),
    ...columns.map((column) => record.cells[column.id]),
    checkSummary(record),
    record.file,
  ]
}
