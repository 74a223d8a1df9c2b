/**
 * Whether a report covers one body or a whole government (domain.md §0.3): a county's report that sums its
 * departments must not be compared with the departments themselves.
 */
import type { Scope } from '../model/report'
import type { DocumentLines } from './documentLines'
import { compactWordsHint } from '../text/fastNormalize'

const AREA = '(?:县|区|市|省|旗|州)'
/** "全县各级行政机关共收到…": the bodies of the whole area, between the area and the count. */
const ALL_BODIES = '各级(?:行政机关|政府部门|人民政府|政府)?|各部门|各单位|各级各部门'
const RECEIVED = '受理|收到|新收|办理|办结'
const APPLICATIONS = '政府信息公开|政务公开|信息公开|依申请|公开申请'
/** Words between the verb and what was received, within the clause ("共新收公民、法人和其他组织提出的…"). */
const WITHIN_CLAUSE = '[^，。；,;]{0,24}?'

const AGGREGATE = [
  /汇总.{0,30}(?:各有关单位|各部门|各单位|各乡镇|各街道)/,
  /(?:各有关单位|各部门|各乡镇\(街道\)|各单位).{0,20}汇总/,
  // What the whole area received must be disclosure applications: a department's prose counts the county's
  // complaints, licences or hotline tickets too ("全县共受理城市管理投诉356件", "全县共办理行政许可1200件").
  new RegExp(
    `全${AREA}(?:${ALL_BODIES})?(?:共|累计|共计)?(?:${RECEIVED})${WITHIN_CLAUSE}(?:${APPLICATIONS})`,
  ),
]

/** What the raw text of a line needs for any AGGREGATE pattern to match it once compacted. */
const AGGREGATE_HINT = compactWordsHint('汇总', '全县', '全区', '全市', '全省', '全旗', '全州')
const saysAggregate = (compact: string) => AGGREGATE.some((pattern) => pattern.test(compact))

export function readScope(lines: DocumentLines): Scope {
  const found = lines.find(0, saysAggregate, {
    hint: AGGREGATE_HINT,
  })
  return found === undefined ? 'agency' : 'aggregate'
}
