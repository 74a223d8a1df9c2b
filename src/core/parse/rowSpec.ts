/** What a table row is: how to recognise its label and which cells its values fill, in order. */
export interface RowSpec {
  key: string
  /** Chinese name for notices. */
  name: string
  /** Tested against the compact label (spaces removed, NFKC). */
  keywords: RegExp
  /** A label matching this is not this row, even if a keyword matches. */
  exclude?: RegExp
  /** Stripped labels (see stripLabel) that count as an exact match; anything else is a keyword match. */
  exact: readonly string[]
  cellIds: readonly string[]
  /** Rows of the other variant of the same block: once one of them is read, this row is impossible. */
  conflicts?: readonly string[]
  /** False for rows that must never be assigned by position alone. */
  byOrder?: boolean
  /**
   * Rows this one gives way to when a later line of the table gives one of them in its exact wording: its
   * wording is also their group title ("（六）其他处理" over the three rows is their subtotal or title).
   */
  yieldsTo?: readonly string[]
}

const CHINESE_ITEM = /^[一二三四五六七八九十]+、/
const BRACKET_ITEM = /\([一二三四五六七八九十]+\)/g
const NUMBER_ITEM = /(?:^|(?<=[\u3400-\u9fff)]))\d{1,2}[.、](?!\d)/g
/**
 * An item number without a point where an item's number stands: first, or after its group's title
 * ("(三)不予公开"), as "1" ("1属于国家秘密": a number in a cell of its own joined to its label, see
 * lineTokens.ts's withItemNumber), "(1)" or "[1]" (a circled ① after NFKC). Elsewhere ("(七)12总计",
 * "公[1]开") such a number is no numbering, and the label stays a keyword match.
 */
const LEADING_ITEM =
  /^((?:[一二三四五六七八九十]+、)?(?:本年度办理结果)?(?:\([一二三四五六七八九十]+\)(?:不予公开|无法提供|不予处理|其他处理))?)(?:\d{1,2}|[([]\d{1,2}[)\]])(?=[\u3400-\u9fff])/
const QUOTES = /[“”"'‘’「」『』]/g
const GROUP_PREFIX = /^(?:本年度办理结果|不予公开|无法提供|不予处理|其他处理)/

/**
 * A compact label without its numbering ("三、", "（一）", "1.") and without the group names of merged
 * cells in front of it: what is left is compared with the official wording.
 */
export function stripLabel(compact: string): string {
  let label = compact
    .replace(LEADING_ITEM, '$1')
    .replace(CHINESE_ITEM, '')
    .replace(BRACKET_ITEM, '')
    .replace(NUMBER_ITEM, '')
    .replace(QUOTES, '')
  for (let guard = 0; guard < 4; guard++) {
    const next = label.replace(GROUP_PREFIX, '')
    if (next === label) break
    label = next
  }
  return label
}
