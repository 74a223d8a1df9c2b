/** Short Chinese names of rows, columns and cells, for notices and check messages. */
import type { AppealColumn, AppealGroup, ApplicantColumn, ApplicationRow } from '../model/ids'

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

const PROACTIVE_ROW_NAMES: Record<string, string> = {
  rules: '规章',
  normativeDocs: '行政规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
}

const PROACTIVE_COLUMN_NAMES: Record<string, string> = {
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
