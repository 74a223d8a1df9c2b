/**
 * The order of 表四's groups as the header's text gives it, for when no grid column proves where each
 * group's numbers stand (PDF text and markdown, or a grid header that does not line up with the numbers).
 * Across lines the header's cells say nothing (a PDF's lines do not line up), but within one line their
 * order is the order they are printed in, left to right: a PDF line's clusters are sorted by position, and
 * markdown, tab and HTML cells come in the row's order. So each header line is read only for which named
 * group stands before which on that line.
 */
import { APPEAL_GROUPS, type AppealGroup } from '../model/ids'
import { GROUP_LINE, lineNames, type LineNames } from './appealsNames'
import type { DocumentLines } from './documentLines'

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
 * Adds to `seen` which group the line prints before which. A line with the cell 行政诉讼 is a two-level
 * header (行政复议 beside 行政诉讼, 未经复议直接起诉 and 复议后起诉 under it), or such a header's lines merged
 * into one by copying: there 行政复议 stands before or after both litigation groups by where it stands
 * beside 行政诉讼, and the cells of the litigation groups on the same line (a level lower) say nothing
 * about 行政复议.
 */
function addPrecedences({ groups, litigationAt }: LineNames, seen: Precedence[]): void {
  let reconsideration = -1
  let direct = -1
  let after = -1
  for (const { group, at } of groups) {
    if (group === 'reconsideration' && reconsideration < 0) reconsideration = at
    if (group === 'litigationDirect' && direct < 0) direct = at
    if (group === 'litigationAfterReconsideration' && after < 0) after = at
  }
  const add = (a: AppealGroup, atA: number, b: AppealGroup, atB: number) => {
    if (atA >= 0 && atB >= 0) seen.push(atA < atB ? [a, b] : [b, a])
  }
  add('litigationDirect', direct, 'litigationAfterReconsideration', after)
  if (litigationAt < 0) {
    add('reconsideration', reconsideration, 'litigationDirect', direct)
    add('reconsideration', reconsideration, 'litigationAfterReconsideration', after)
  } else {
    add('reconsideration', reconsideration, 'litigationDirect', litigationAt)
    add('reconsideration', reconsideration, 'litigationAfterReconsideration', litigationAt)
  }
}

const fits = (order: readonly AppealGroup[], [first, second]: Precedence) =>
  order.indexOf(first) < order.indexOf(second)

/**
 * The group order the header lines from `from` up to (not including) `to` print. Runs for every 表四 whose
 * order no grid proves: a header in the template's order adds a few pairs and no more.
 */
export function headerGroupOrder(lines: DocumentLines, from: number, to: number): HeaderGroupOrder {
  const seen: Precedence[] = []
  for (let index = from; index < to; index++)
    if (GROUP_LINE.test(lines.document.lines[index]?.text ?? ''))
      addPrecedences(lineNames(lines, index), seen)
  if (seen.every((precedence) => fits(APPEAL_GROUPS, precedence))) return { kind: 'template' }
  const fitting = ORDERS.filter((order) => seen.every((precedence) => fits(order, precedence)))
  const [only] = fitting
  return fitting.length === 1 && only !== undefined ? { kind: 'other', groups: only } : { kind: 'unclear' }
}
