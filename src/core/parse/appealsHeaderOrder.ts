/**
 * The order of 表四's groups as the header's text gives it, for when no grid column proves where each
 * group's numbers stand (PDF text and markdown, or a grid header that does not line up with the numbers).
 * Across lines the header's cells say nothing (a PDF's lines do not line up), but within one line their
 * order is the order they are printed in, left to right: a PDF line's clusters are sorted by position, and
 * markdown, tab and HTML cells come in the row's order. So each header line is read only for which named
 * group stands before which on that line.
 */
import { APPEAL_GROUPS, type AppealGroup } from '../model/ids'
import { lineNames, type LineNames } from './appealsNames'
import type { DocumentLines } from './documentLines'
import { inTemplateOrder } from './gridColumn'

/** What the header's text says about the order of the groups. */
export type HeaderGroupOrder =
  /** Nothing on the header contradicts the template's order (it may also say nothing at all). */
  | { kind: 'template' }
  /** Exactly one order fits every header line, and it is not the template's. */
  | { kind: 'other'; groups: readonly AppealGroup[] }
  /** A header line names groups in another order than the template's, but no single order fits them all. */
  | { kind: 'unclear' }

/** One group printed before another on a header line. */
type Precedence = readonly [AppealGroup, AppealGroup]

/** Every order of three groups. */
const ORDERS: readonly (readonly AppealGroup[])[] = APPEAL_GROUPS.flatMap((first) =>
  APPEAL_GROUPS.filter((group) => group !== first).flatMap((second) => [
    [first, second, ...APPEAL_GROUPS.filter((group) => group !== first && group !== second)],
  ]),
)

/**
 * Which group a line prints before which. A line with the cell 行政诉讼 is a two-level header (行政复议 beside
 * 行政诉讼, 未经复议直接起诉 and 复议后起诉 under it), or such a header's lines merged into one by copying: there
 * 行政复议 stands before or after both litigation groups by where it stands beside 行政诉讼, and the cells of
 * the litigation groups on the same line (a level lower) say nothing about 行政复议.
 */
function precedences({ groups, litigationAt }: LineNames): Precedence[] {
  const at = new Map<AppealGroup, number>()
  for (const { group, at: cell } of groups) if (!at.has(group)) at.set(group, cell)
  const before = (a: AppealGroup, b: AppealGroup): Precedence[] => {
    const atA = at.get(a)
    const atB = at.get(b)
    if (atA === undefined || atB === undefined) return []
    return atA < atB ? [[a, b]] : [[b, a]]
  }
  const litigation = before('litigationDirect', 'litigationAfterReconsideration')
  if (litigationAt < 0)
    return [
      ...before('reconsideration', 'litigationDirect'),
      ...before('reconsideration', 'litigationAfterReconsideration'),
      ...litigation,
    ]
  const reconsideration = at.get('reconsideration')
  if (reconsideration === undefined) return litigation
  const litigationGroups = ['litigationDirect', 'litigationAfterReconsideration'] as const
  const pairs: Precedence[] = litigationGroups.map((group) =>
    reconsideration < litigationAt ? ['reconsideration', group] : [group, 'reconsideration'],
  )
  return [...pairs, ...litigation]
}

const fits = (order: readonly AppealGroup[], precedence: Precedence) =>
  order.indexOf(precedence[0]) < order.indexOf(precedence[1])

/** The group order the header lines from `from` up to (not including) `to` print. */
export function headerGroupOrder(lines: DocumentLines, from: number, to: number): HeaderGroupOrder {
  const seen: Precedence[] = []
  for (let index = from; index < to; index++) seen.push(...precedences(lineNames(lines, index)))
  const fitting = ORDERS.filter((order) => seen.every((precedence) => fits(order, precedence)))
  if (fitting.some((order) => inTemplateOrder(order, APPEAL_GROUPS))) return { kind: 'template' }
  const [only] = fitting
  return fitting.length === 1 && only !== undefined ? { kind: 'other', groups: only } : { kind: 'unclear' }
}
