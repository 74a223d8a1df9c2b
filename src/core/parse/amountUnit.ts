/**
 * The unit 2019's 采购总金额 is given in when its header or its row's label names one: the template's is 元,
 * but reports head the column "采购总金额（万元）", "采购总金额（万）", "采购金额/万元", "采购总金额 万元",
 * "（单位：万元）" above it, label the row "政府集中采购（万元）", or say it in a note under the table
 * ("注：采购总金额单位为万元"). Read as 元, 25.1 万元 was 25.1 without a notice whenever the header was not
 * written exactly "采购总金额（万元）".
 */

/** A money unit and its power of ten in 元. */
const UNIT_EXPONENTS: Readonly<Record<string, number>> = {
  元: 0,
  千元: 3,
  万: 4,
  万元: 4,
  十万元: 5,
  百万元: 6,
  千万元: 7,
  亿: 8,
  亿元: 8,
}

/**
 * A unit right after what names the amount (金额, the row's 集中采购, or 单位), with at most two brackets,
 * slashes, colons, 为 or 是 between ("单位为万元", "采购总金额[(万元)]": a unit printed raised, which the readers
 * keep apart in square brackets as they do a footnote mark): in compact text (no spaces, brackets and colons in their
 * ASCII forms). Longer units first, so 万元 is never taken for 万.
 */
const NAMED_UNIT = /(?:金额|集中采购|单位)[[(/:：为是]{0,2}(千万元|百万元|十万元|千元|万元|亿元|元|万|亿)/g

/** A markdown table's rule ("|---|---|"), carried into the label when the header wraps onto a row under it. */
const MARKDOWN_RULE = /[|:]*-{3,}[-|:]*/g

export interface AmountUnit {
  /** The unit as written ("万元", "万"). */
  name: string
  /** Its power of ten in 元. */
  exponent: number
}

/**
 * The unit the text names for the amount: undefined when it names none, 'conflicting' when it names several
 * that differ (a header in 万元 over a row labelled in 元: the number is in one of them, which is not known).
 */
export function namedAmountUnit(compactLabel: string): AmountUnit | 'conflicting' | undefined {
  let found: AmountUnit | undefined
  for (const match of compactLabel.replace(MARKDOWN_RULE, '').matchAll(NAMED_UNIT)) {
    const name = match[1] ?? ''
    const exponent = UNIT_EXPONENTS[name]
    if (exponent === undefined) continue
    if (found !== undefined && found.exponent !== exponent) return 'conflicting'
    found ??= { name, exponent }
  }
  return found
}
