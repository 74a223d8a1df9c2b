/**
 * Whether a report covers one body or a whole government (domain.md §0.3): a county's report that sums its
 * departments must not be compared with the departments themselves.
 */
import type { Scope } from '../model/report'
import type { DocumentLines } from './documentLines'
import { compactWordsHint } from '../text/fastNormalize'

const AGGREGATE = [
  /汇总.{0,30}(?:各有关单位|各部门|各单位|各乡镇|各街道)/,
  /(?:各有关单位|各部门|各乡镇\(街道\)|各单位).{0,20}汇总/,
  /全(?:县|区|市|省|旗|州)(?:共|累计|各级)?(?:受理|收到|新收|办理|办结)(?:政府信息公开|依申请)/,
  /全(?:县|区|市|省|旗|州)(?:共|累计)(?:受理|收到|新收|办理|办结)/,
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
