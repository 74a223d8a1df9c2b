/**
 * The rows of 表三 as the label matcher knows them: keywords (domain.md §1.4) that survive typos, brackets,
 * numbering and line breaks, in table order. Both （六）其他处理 variants are listed; they exclude each other.
 */
import { APPLICANT_COLUMNS, applicationCellId, type ApplicationRow } from '../model/ids'
import { APPLICATION_ROW_NAMES } from '../model/labels'
import { stripLabel, type RowSpec } from './rowSpec'

interface ApplicationRowRule {
  row: ApplicationRow
  keywords: RegExp
  exclude?: RegExp
  official: string
  /** Other wordings as exact as the official one (variant characters). */
  variants?: readonly string[]
  conflicts?: readonly ApplicationRow[]
  byOrder?: boolean
  yieldsTo?: readonly ApplicationRow[]
}

const THREE_ROWS: readonly ApplicationRow[] = [
  'otherHandling.noCorrection',
  'otherHandling.unpaidFee',
  'otherHandling.other',
]

const RULES: readonly ApplicationRowRule[] = [
  { row: 'received', keywords: /新收/, official: '一、本年新收政府信息公开申请数量' },
  { row: 'carriedOver', keywords: /上年结转|上年度结转/, official: '二、上年结转政府信息公开申请数量' },
  { row: 'granted', keywords: /予以公开/, official: '三、本年度办理结果(一)予以公开' },
  {
    row: 'partlyGranted',
    keywords: /部分公开/,
    official: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)',
  },
  { row: 'refused.stateSecret', keywords: /国家秘密/, official: '(三)不予公开1.属于国家秘密' },
  {
    row: 'refused.prohibitedByLaw',
    keywords: /禁止公开|止公开|法律行政法规|其他法律/,
    official: '2.其他法律行政法规禁止公开',
  },
  { row: 'refused.safetyStability', keywords: /三安全|一稳定/, official: '3.危及“三安全一稳定”' },
  { row: 'refused.thirdParty', keywords: /第三方/, official: '4.保护第三方合法权益' },
  { row: 'refused.internalAffairs', keywords: /内部事务/, official: '5.属于三类内部事务信息' },
  { row: 'refused.processInfo', keywords: /过程性/, official: '6.属于四类过程性信息' },
  { row: 'refused.enforcementFiles', keywords: /执法案卷/, official: '7.属于行政执法案卷' },
  { row: 'refused.queryMatters', keywords: /查询/, official: '8.属于行政查询事项' },
  { row: 'unavailable.notHeld', keywords: /不掌握/, official: '(四)无法提供1.本机关不掌握相关政府信息' },
  { row: 'unavailable.needsCreation', keywords: /另行制作|现成信息/, official: '2.没有现成信息需要另行制作' },
  { row: 'unavailable.unclear', keywords: /不明确/, official: '3.补正后申请内容仍不明确' },
  { row: 'notProcessed.complaint', keywords: /信访|举报投诉/, official: '(五)不予处理1.信访举报投诉类申请' },
  { row: 'notProcessed.duplicate', keywords: /重复/, official: '2.重复申请' },
  { row: 'notProcessed.publication', keywords: /出版物/, official: '3.要求提供公开出版物' },
  {
    row: 'notProcessed.excessive',
    keywords: /大量反[复覆]|反[复覆]申请/,
    official: '4.无正当理由大量反复申请',
    // 反覆 is the dictionary's variant of 反复, and what a conversion to traditional characters writes.
    variants: ['4.无正当理由大量反覆申请'],
  },
  {
    row: 'notProcessed.confirmation',
    keywords: /确认或重新出具|重新出具/,
    official: '5.要求行政机关确认或重新出具已获取信息',
  },
  {
    row: 'otherHandling.all',
    keywords: /其他处理/,
    exclude: /不补正|收费通知|缴纳费用/,
    official: '(六)其他处理',
    conflicts: THREE_ROWS,
    byOrder: false,
    yieldsTo: THREE_ROWS,
  },
  {
    row: 'otherHandling.noCorrection',
    keywords: /不补正/,
    official: '(六)其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    conflicts: ['otherHandling.all'],
  },
  {
    row: 'otherHandling.unpaidFee',
    keywords: /收费通知|缴纳费用/,
    official: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    conflicts: ['otherHandling.all'],
  },
  { row: 'otherHandling.other', keywords: /其他/, official: '3.其他', conflicts: ['otherHandling.all'] },
  { row: 'total', keywords: /总计|合计/, official: '(七)总计' },
  { row: 'carriedForward', keywords: /结转下年|下年度/, official: '四、结转下年度继续办理' },
]

function toSpec(rule: ApplicationRowRule): RowSpec {
  const spec: RowSpec = {
    key: rule.row,
    name: APPLICATION_ROW_NAMES[rule.row],
    keywords: rule.keywords,
    exact: [rule.official, ...(rule.variants ?? [])].map(stripLabel),
    cellIds: APPLICANT_COLUMNS.map((column) => applicationCellId(rule.row, column)),
  }
  if (rule.exclude !== undefined) spec.exclude = rule.exclude
  if (rule.conflicts !== undefined) spec.conflicts = rule.conflicts
  if (rule.byOrder !== undefined) spec.byOrder = rule.byOrder
  if (rule.yieldsTo !== undefined) spec.yieldsTo = rule.yieldsTo
  return spec
}

export const APPLICATION_ROW_SPECS: readonly RowSpec[] = RULES.map(toSpec)
