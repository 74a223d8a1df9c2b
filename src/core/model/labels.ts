/**
 * Chinese names of the report's rows, columns and cells: short names for notices and check messages, and the
 * official template wording for the comparison table. One module, so a cell is named the same everywhere.
 */
import type { AppealColumn, AppealGroup, ApplicantColumn, ApplicationRow } from './ids'
import type { Scope, Severity, Template } from './report'

/** A check's severity as every view and export names it. */
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', notice: '提示' }

/** A report's scope as every view and export names it. */
export const SCOPE_NAMES: Record<Scope, string> = { agency: '本机关', aggregate: '汇总' }

/**
 * A report's year as every view and export gives it. The model keeps 0 for a year the reader did not
 * find; shown or exported, that is 未识别, never the number 0.
 */
export function yearValue(year: number): number | '未识别' {
  return year > 0 ? year : '未识别'
}

/** A year's place in an ascending order: 未识别 (0) after every year. */
export function yearSortKey(year: number): number {
  return year > 0 ? year : Infinity
}

/** yearValue as text: "2023", or "未识别". */
export function yearText(year: number): string {
  return String(yearValue(year))
}

/** An agency as the log, the flags and the exports write it: 未识别 for none. */
export function agencyText(agency: string): string {
  return agency === '' ? '未识别' : agency
}

/** A report named for a heading or a chart label: "某局 2023", or "某局（年度未识别）". */
export function reportTitle(agency: string, year: number): string {
  return year > 0 ? `${agency} ${year}` : `${agency}（年度未识别）`
}

/** Why a pre-2019 report has no check result, wherever the others say theirs. */
export const LEGACY_NOT_CHECKED = '2019 年以前的报告没有统一表格，不做勾稽关系检查'

/** A report's template generation as every view and export names it. */
export const TEMPLATE_NAMES: Record<Template, string> = {
  '2021': '2021 年格式',
  '2019': '2019 年格式',
  legacy: '2019 年以前（不可比）',
}

export const APPLICANT_COLUMN_NAMES: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
}

export const APPLICATION_ROW_NAMES: Record<ApplicationRow, string> = {
  received: '新收',
  carriedOver: '上年结转',
  granted: '予以公开',
  partlyGranted: '部分公开',
  'refused.stateSecret': '不予公开·国家秘密',
  'refused.prohibitedByLaw': '不予公开·法律行政法规禁止公开',
  'refused.safetyStability': '不予公开·危及“三安全一稳定”',
  'refused.thirdParty': '不予公开·保护第三方合法权益',
  'refused.internalAffairs': '不予公开·三类内部事务信息',
  'refused.processInfo': '不予公开·四类过程性信息',
  'refused.enforcementFiles': '不予公开·行政执法案卷',
  'refused.queryMatters': '不予公开·行政查询事项',
  'unavailable.notHeld': '无法提供·本机关不掌握',
  'unavailable.needsCreation': '无法提供·需要另行制作',
  'unavailable.unclear': '无法提供·补正后仍不明确',
  'notProcessed.complaint': '不予处理·信访举报投诉类',
  'notProcessed.duplicate': '不予处理·重复申请',
  'notProcessed.publication': '不予处理·要求提供公开出版物',
  'notProcessed.excessive': '不予处理·无正当理由大量反复申请',
  'notProcessed.confirmation': '不予处理·要求确认或重新出具',
  'otherHandling.noCorrection': '其他处理·逾期不补正',
  'otherHandling.unpaidFee': '其他处理·逾期未缴纳费用',
  'otherHandling.other': '其他处理·其他',
  'otherHandling.all': '其他处理',
  total: '办理结果总计',
  carriedForward: '结转下年度',
}

export const APPEAL_GROUP_NAMES: Record<AppealGroup, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReconsideration: '行政诉讼（复议后起诉）',
}

export const APPEAL_COLUMN_NAMES: Record<AppealColumn, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
}

/** 表三 row labels as the official template prints them, for the comparison table. */
export const APPLICATION_ROW_LABELS: Record<ApplicationRow, string> = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果 （一）予以公开',
  partlyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'refused.stateSecret': '（三）不予公开 1.属于国家秘密',
  'refused.prohibitedByLaw': '2.其他法律行政法规禁止公开',
  'refused.safetyStability': '3.危及“三安全一稳定”',
  'refused.thirdParty': '4.保护第三方合法权益',
  'refused.internalAffairs': '5.属于三类内部事务信息',
  'refused.processInfo': '6.属于四类过程性信息',
  'refused.enforcementFiles': '7.属于行政执法案卷',
  'refused.queryMatters': '8.属于行政查询事项',
  'unavailable.notHeld': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '2.没有现成信息需要另行制作',
  'unavailable.unclear': '3.补正后申请内容仍不明确',
  'notProcessed.complaint': '（五）不予处理 1.信访举报投诉类申请',
  'notProcessed.duplicate': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.excessive': '4.无正当理由大量反复申请',
  'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.noCorrection':
    '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.unpaidFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他',
  'otherHandling.all': '（六）其他处理',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
}

/** 表四 groups with a "·" between appeal kind and route, as the comparison table shows them. */
export const APPEAL_GROUP_LABELS: Record<AppealGroup, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼 · 未经复议直接起诉',
  litigationAfterReconsideration: '行政诉讼 · 复议后起诉',
}

/** 表二 cells as "row · column" labels; both templates. */
export const PROACTIVE_LABELS: Record<string, string> = {
  'proactive.rules.issued': '规章 · 本年制发件数',
  'proactive.rules.repealed': '规章 · 本年废止件数',
  'proactive.rules.inForce': '规章 · 现行有效件数',
  'proactive.normativeDocs.issued': '行政规范性文件 · 本年制发件数',
  'proactive.normativeDocs.repealed': '行政规范性文件 · 本年废止件数',
  'proactive.normativeDocs.inForce': '行政规范性文件 · 现行有效件数',
  'proactive.licensing.decisions': '行政许可 · 处理决定数量',
  'proactive.penalty.decisions': '行政处罚 · 处理决定数量',
  'proactive.enforcement.decisions': '行政强制 · 处理决定数量',
  'proactive.fees.amount': '行政事业性收费 · 本年收费金额（万元）',
  'proactive.rules.made': '规章 · 本年新制作数量',
  'proactive.rules.published': '规章 · 本年新公开数量',
  'proactive.rules.total': '规章 · 对外公开总数量',
  'proactive.normativeDocs.made': '规范性文件 · 本年新制作数量',
  'proactive.normativeDocs.published': '规范性文件 · 本年新公开数量',
  'proactive.normativeDocs.total': '规范性文件 · 对外公开总数量',
  'proactive.licensing.lastYearItems': '行政许可 · 上一年项目数量',
  'proactive.licensing.change': '行政许可 · 本年增/减',
  'proactive.otherServices.lastYearItems': '其他对外管理服务事项 · 上一年项目数量',
  'proactive.otherServices.change': '其他对外管理服务事项 · 本年增/减',
  'proactive.otherServices.decisions': '其他对外管理服务事项 · 处理决定数量',
  'proactive.penalty.lastYearItems': '行政处罚 · 上一年项目数量',
  'proactive.penalty.change': '行政处罚 · 本年增/减',
  'proactive.enforcement.lastYearItems': '行政强制 · 上一年项目数量',
  'proactive.enforcement.change': '行政强制 · 本年增/减',
  'proactive.fees.lastYearItems': '行政事业性收费 · 上一年项目数量',
  'proactive.fees.change': '行政事业性收费 · 本年增/减',
  'proactive.procurement.items': '政府集中采购 · 采购项目数量',
  'proactive.procurement.amountYuan': '政府集中采购 · 采购总金额（元）',
}

/** 表二 rows as the 2021 template names them, by the middle part of the cell id. */
export const PROACTIVE_ROW_NAMES: Record<string, string> = {
  rules: '规章',
  normativeDocs: '行政规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
}

/** 表二 column headers as the templates print them, by the last part of the cell id. */
export const PROACTIVE_COLUMN_NAMES: Record<string, string> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '处理决定数量',
  amount: '本年收费金额（万元）',
  made: '本年新制作数量',
  published: '本年新公开数量',
  total: '对外公开总数量',
  lastYearItems: '上一年项目数量',
  change: '本年增/减',
  items: '采购项目数量',
  amountYuan: '采购总金额（元）',
}

function lookup<K extends string>(names: Record<K, string>, key: string): string {
  return key in names ? names[key as K] : key
}

/** "表三 予以公开 · 自然人", "表四 行政复议 · 总计", "表二 行政许可 · 处理决定数量". */
export function describeCell(id: string): string {
  const parts = id.split('.')
  const table = parts[0]
  const column = parts[parts.length - 1] ?? ''
  const row = parts.slice(1, -1).join('.')
  if (table === 'applications')
    return `表三 ${lookup(APPLICATION_ROW_NAMES, row)}·${lookup(APPLICANT_COLUMN_NAMES, column)}`
  if (table === 'appeals')
    return `表四 ${lookup(APPEAL_GROUP_NAMES, row)}·${lookup(APPEAL_COLUMN_NAMES, column)}`
  if (table === 'proactive')
    return `表二 ${lookup(PROACTIVE_ROW_NAMES, row)}·${lookup(PROACTIVE_COLUMN_NAMES, column)}`
  return id
}
