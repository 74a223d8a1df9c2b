import {
  exportCellColumns,
  FIELD_HEADERS,
  fieldRows,
  reportHead,
  reportTableHeaders,
} from '../../core/model/exportColumns'
import { yearText } from '../../core/model/labels'
import type { AgencyAliases } from '../../core/identity/agencyName'
import {
  buildSupervisorReport,
  type SupervisorInput,
  type SupervisorOptions,
} from '../../core/supervisor/supervisorReport'
import { SUPERVISOR_CSV_HEADERS, supervisorCsvRows } from '../../core/supervisor/supervisorCsv'
import type { Sheet, SheetValue } from '../../core/xlsx/sheet'
import type { Filters } from '../../store'
import { overviewCsvTable } from './overviewCsv'
import type { OverviewEntry } from './overviewEntries'
import { STATUS_HEADERS, statusTextsOnce, type StatusTexts } from './statusColumns'

/** `copied`, `duplicates`, `acrossReportsChecked`: what the page has worked out (selectSupervisorFindings). */
export interface OverviewWorkbookInput extends Pick<
  SupervisorOptions,
  'copied' | 'duplicates' | 'acrossReportsChecked'
> {
  /** The reports as the overview shows them: filtered, corrections applied, in its sort order. */
  entries: readonly OverviewEntry[]
  /** Every loaded report, corrections applied: the exported ones are checked across years against them. */
  allReports: readonly SupervisorInput[]
  /** Overview columns the user hid: the 总览 sheet leaves them out, as the CSV does. */
  hidden: ReadonlySet<string>
  aliases: AgencyAliases
  filters: Filters
  exportedAt: Date
}

/** Every cell of every report, one row each, under the batch command's CSV headers. */
function cellsSheet(
  entries: readonly OverviewEntry[],
  statusOf: (entry: OverviewEntry) => StatusTexts,
): Sheet {
  const columns = exportCellColumns()
  return {
    name: '全部单元格',
    headers: reportTableHeaders(columns, [...STATUS_HEADERS, '文件']),
    rows: entries.map((entry): SheetValue[] => [
      ...reportHead(entry.report),
      // An unread cell, or one the report's template does not have, stays empty: never 0.
      ...columns.map((column) => entry.report.cells[column.id]?.value),
      ...statusOf(entry),
      entry.fileName,
    ]),
    frozenColumns: 2,
  }
}

/**
 * One row per problem of each exported report (reading, rules, across years, duplicates), as the 检查报告
 * CSV has them; years and duplicates are checked against every loaded report, not only the exported ones.
 */
function checksSheet(input: OverviewWorkbookInput): Sheet {
  const listed = new Set(input.entries.map((entry) => entry.id))
  const report = buildSupervisorReport(input.allReports, input.aliases, input.exportedAt.toISOString(), {
    listed,
    copied: input.copied,
    duplicates: input.duplicates,
    acrossReportsChecked: input.acrossReportsChecked,
  })
  return {
    name: '检查结果',
    headers: SUPERVISOR_CSV_HEADERS,
    rows: supervisorCsvRows(report),
    frozenColumns: 1,
  }
}

/** Which column holds which cell id: the ids the batch command's JSON and the workspace file use. */
function fieldsSheet(): Sheet {
  return { name: '字段说明', headers: FIELD_HEADERS, rows: fieldRows() }
}

function notesSheet(input: OverviewWorkbookInput): Sheet {
  const { filters, entries } = input
  const years =
    filters.years.length > 0
      ? [...filters.years]
          .sort((a, b) => a - b)
          .map(yearText)
          .join('、')
      : '全部'
  return {
    name: '说明',
    headers: ['项目', '内容'],
    rows: [
      ['导出时间', input.exportedAt.toLocaleString('zh-CN', { hour12: false })],
      ['报告数', entries.length],
      ['年度筛选', years],
      ['机关筛选', filters.agencies.length > 0 ? filters.agencies.join('、') : '全部'],
      ['只看有问题的报告', filters.onlyProblems ? '是' : '否'],
      [
        '数值来源',
        '每个数值均取自报告原文，由浏览器在本机读取；用户更正过的单元格及机关、年度列在“已更正”列，并注明报告原值',
      ],
      ['空白单元格', '本工作簿中的空白表示未能读取，或该报告所用格式没有此项；空白不是 0'],
      [
        '按 0 计的单元格',
        '报告中留空或写作“/”“—”“无”的单元格按 0 计，列在“空白按 0 计”列，并在“检查结果”中列出',
      ],
      ['年度“未识别”', '报告中未找到年度；此类报告不参与跨年度检查'],
      [
        '重复报告',
        '同一机关同一年度载入多份时（如同一年报的 PDF 与网页版），每份各占一行；汇总前请先去重，见“检查结果”的“重复载入”列',
      ],
      ['检查', '“检查结果”表列出每份报告的读取问题、勾稽关系和跨年度检查结果'],
      ['单元格编号', '“字段说明”表给出每列对应的单元格编号，与批量命令的 JSON 输出和工作区文件一致'],
    ],
  }
}

/** The sheets of the overview's Excel export: 总览, every cell, the checks, the fields, and how to read them. */
export function overviewWorkbookSheets(input: OverviewWorkbookInput): Sheet[] {
  // 总览 and 全部单元格 end each row alike: the texts are worked out once per report for both.
  const statusOf = statusTextsOnce()
  const overview = overviewCsvTable(input.entries, input.hidden, statusOf)
  return [
    { name: '总览', headers: overview.headers, rows: overview.rows, frozenColumns: 1 },
    cellsSheet(input.entries, statusOf),
    checksSheet(input),
    fieldsSheet(),
    notesSheet(input),
  ]
}
