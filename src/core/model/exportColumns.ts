import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  appealCellId,
  applicationCellId,
  OTHER_HANDLING_ONE_ROW,
  PROACTIVE_2019_IDS,
  PROACTIVE_2021_IDS,
  type AppealGroup,
  type ApplicantColumn,
  type ApplicationRow,
  applicationRows,
} from './ids'
import {
  APPEAL_COLUMN_NAMES,
  APPLICANT_COLUMN_NAMES,
  describeCell,
  PROACTIVE_COLUMN_NAMES,
  PROACTIVE_ROW_NAMES,
  SCOPE_NAMES,
  TEMPLATE_NAMES,
  yearValue,
} from './labels'
import type { Report } from './report'

/*
 * Short Chinese column headers for the CSV and the workbook ("表三·新收申请·自然人"): researchers read them in a
 * spreadsheet, so they are compact but unambiguous; the full official labels are in the report model.
 */

/** 表二's columns as the labels name them, but 收费金额 and 本年增减 as the batch CSV has always headed them. */
const PROACTIVE_COLUMNS: Record<string, string> = {
  ...PROACTIVE_COLUMN_NAMES,
  amount: '收费金额（万元）',
  change: '本年增减',
}

const APPLICATION_ROW_NAMES: Record<ApplicationRow, string> = {
  received: '新收申请',
  carriedOver: '上年结转',
  granted: '予以公开',
  partlyGranted: '部分公开',
  'refused.stateSecret': '不予公开·国家秘密',
  'refused.prohibitedByLaw': '不予公开·法律法规禁止',
  'refused.safetyStability': '不予公开·三安全一稳定',
  'refused.thirdParty': '不予公开·第三方合法权益',
  'refused.internalAffairs': '不予公开·内部事务',
  'refused.processInfo': '不予公开·过程性信息',
  'refused.enforcementFiles': '不予公开·行政执法案卷',
  'refused.queryMatters': '不予公开·行政查询事项',
  'unavailable.notHeld': '无法提供·本机关不掌握',
  'unavailable.needsCreation': '无法提供·需另行制作',
  'unavailable.unclear': '无法提供·补正后仍不明确',
  'notProcessed.complaint': '不予处理·信访举报投诉',
  'notProcessed.duplicate': '不予处理·重复申请',
  'notProcessed.publication': '不予处理·公开出版物',
  'notProcessed.excessive': '不予处理·大量反复申请',
  'notProcessed.confirmation': '不予处理·确认或重新出具',
  'otherHandling.noCorrection': '其他处理·逾期不补正',
  'otherHandling.unpaidFee': '其他处理·逾期未缴费',
  'otherHandling.other': '其他处理·其他',
  'otherHandling.all': '其他处理（单行）',
  total: '总计',
  carriedForward: '结转下年度',
}

/** 表三's applicant columns as the labels name them, 其他 said in full: a CSV header has no 法人或其他组织 above it. */
const APPLICANT_NAMES: Record<ApplicantColumn, string> = {
  ...APPLICANT_COLUMN_NAMES,
  other: '其他法人或组织',
}

const APPEAL_GROUP_NAMES: Record<AppealGroup, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼·未经复议',
  litigationAfterReconsideration: '行政诉讼·复议后',
}

/** 表二's rows as the labels name them, but 规范性文件 as both templates' columns share it (2021 prints 行政规范性文件). */
const PROACTIVE_ROWS: Record<string, string> = { ...PROACTIVE_ROW_NAMES, normativeDocs: '规范性文件' }

function proactiveLabel(id: string): string {
  const [, row = '', column = ''] = id.split('.')
  return `表二·${PROACTIVE_ROWS[row] ?? row}·${PROACTIVE_COLUMNS[column] ?? column}`
}

export interface ExportColumn {
  id: string
  label: string
}

/** Every cell id of every template variant, in table order, each once. */
export function exportCellColumns(): ExportColumn[] {
  const columns: ExportColumn[] = []
  for (const id of new Set<string>([...PROACTIVE_2021_IDS, ...PROACTIVE_2019_IDS])) {
    columns.push({ id, label: proactiveLabel(id) })
  }
  const table3Rows = [...applicationRows('three-rows')]
  table3Rows.splice(table3Rows.indexOf('total'), 0, ...OTHER_HANDLING_ONE_ROW)
  for (const row of table3Rows) {
    for (const column of APPLICANT_COLUMNS) {
      columns.push({
        id: applicationCellId(row, column),
        label: `表三·${APPLICATION_ROW_NAMES[row]}·${APPLICANT_NAMES[column]}`,
      })
    }
  }
  for (const group of APPEAL_GROUPS) {
    for (const column of APPEAL_COLUMNS) {
      columns.push({
        id: appealCellId(group, column),
        label: `表四·${APPEAL_GROUP_NAMES[group]}·${APPEAL_COLUMN_NAMES[column]}`,
      })
    }
  }
  return columns
}

/** The columns before the cells in a table of one row per report (batch --csv/--xlsx, 全部单元格). */
export const REPORT_HEAD_HEADERS = ['机关', '年度', '模板', '范围']

/** The header of a table of one row per report: REPORT_HEAD_HEADERS, a column per cell, then `after`. */
export function reportTableHeaders(columns: readonly ExportColumn[], after: readonly string[]): string[] {
  return [...REPORT_HEAD_HEADERS, ...columns.map((column) => column.label), ...after]
}

/** A report's values under REPORT_HEAD_HEADERS. */
export function reportHead(
  report: Pick<Report, 'agency' | 'year' | 'template' | 'scope'>,
): (string | number)[] {
  return [report.agency, yearValue(report.year), TEMPLATE_NAMES[report.template], SCOPE_NAMES[report.scope]]
}

/** The header of a 字段说明 table: which column of the one-row-per-report table holds which cell id. */
export const FIELD_HEADERS = ['列名（全部单元格表）', '单元格编号', '含义']

/** One row per column: its header, its cell id (as the JSON output and the workspace file name it), its meaning. */
export function fieldRows(): string[][] {
  return exportCellColumns().map((column) => [column.label, column.id, describeCell(column.id)])
}
