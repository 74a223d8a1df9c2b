/**
 * The publisher a page's metadata block names ("发布机构：XX局"), for a title without an agency of its own.
 * In a metadata table the label and the name are cells ("发布机构\tXX局\t公开日期\t2024-01-17"), which
 * compact text joins without a colon. (Not 来源: that names a website as often as an agency.)
 */
import type { DocumentLines } from './documentLines'
import { NAME_LINE } from './nearbyAgency'

const PUBLISHER = /^(?:发布机构|发文机关)[:：]?(.+)/
/** The next field's label on the publisher's line ("发布机构：XX局 发布时间：2024-01-15"): where the name ends. */
const NEXT_FIELD =
  /(?:发布|公开|成文|生成|印发)(?:日期|时间)|索引号|文号|主题分类|分类|来源|关键词|时效|有效性|浏览次数|字号/

/** The publisher field of the first `limit` lines, before the body's first heading; if any. */
export function publisherField(
  lines: DocumentLines,
  limit: number,
  isBodyHeading: (compact: string) => boolean,
): string | undefined {
  for (let i = 0; i < Math.min(lines.count, limit); i++) {
    const compact = lines.compact(i)
    if (isBodyHeading(compact)) break
    const field = PUBLISHER.exec(compact)?.[1]
    if (field === undefined) continue
    const publisher = field.split(NEXT_FIELD)[0] ?? ''
    return NAME_LINE.test(publisher) ? publisher : undefined
  }
  return undefined
}
