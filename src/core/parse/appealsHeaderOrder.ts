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

const TEMPLATE: HeaderGroupOrder = { kind: 'template' }

/** One group printed before another on a header line. */
type Precedence = readonly [AppealGroup, AppealGroup]

/** Every order of three groups. */
const ORDERS: readonly (readonly AppealGroup[])[] = APPEAL_GROUPS.flatMap((first) =>
  APPEAL_GROUPS.filter((group) => group !== first).flatMap((second) => [
    [first, second, ...APPEAL_GROUPS.filter((group) => group !== first && group !== second)],
  ]),
)

/**
 * Where the last line given to `locate` prints what is compared: 行政复议, 未经复议直接起诉, 复议后起诉 (the
 * cell indexes of their first cells, -1 where not named), then what 行政复议 stands before or after for each
 * litigation group. A line with the cell 行政诉讼 is a two-level header (行政复议 beside 行政诉讼, 未经复议直接起诉
 * and 复议后起诉 under it), or such a header's lines merged into one by copying: there 行政复议 is compared
 * with 行政诉讼's cell, and the litigation groups' cells on the same line (a level lower) say nothing about
 * 行政复议. Module state rather than a returned object: it runs for every 表四 read in the template's order.
 */
const located = new Int32Array(5)
const [RECONSIDERATION, DIRECT, AFTER, DIRECT_BESIDE, AFTER_BESIDE] = [0, 1, 2, 3, 4] as const

function locate({ groups, litigationAt }: LineNames): void {
  located.fill(-1, 0, 3)
  for (const { group, at } of groups) {
    const slot = group === 'reconsideration' ? RECONSIDERATION : group === 'litigationDirect' ? DIRECT : AFTER
    if ((located[slot] ?? 0) < 0) located[slot] = at
  }
  located[DIRECT_BESIDE] = litigationAt < 0 ? (located[DIRECT] ?? -1) : litigationAt
  located[AFTER_BESIDE] = litigationAt < 0 ? (located[AFTER] ?? -1) : litigationAt
}

/** The pairs a line compares: the slots in `located` and the groups they stand for, in the template's order. */
const PAIRS = [
  [DIRECT, AFTER, 'litigationDirect', 'litigationAfterReconsideration'],
  [RECONSIDERATION, DIRECT_BESIDE, 'reconsideration', 'litigationDirect'],
  [RECONSIDERATION, AFTER_BESIDE, 'reconsideration', 'litigationAfterReconsideration'],
] as const

/** Whether the located line prints a pair of groups the other way round from the template. */
function contradictsTemplate(): boolean {
  for (const [a, b] of PAIRS) {
    const atA = located[a] ?? -1
    const atB = located[b] ?? -1
    if (atA >= 0 && atB >= 0 && atA > atB) return true
  }
  return false
}

/** Adds to `seen` which group the located line prints before which. */
function addPrecedences(seen: Precedence[]): void {
  for (const [a, b, groupA, groupB] of PAIRS) {
    const atA = located[a] ?? -1
    const atB = located[b] ?? -1
    if (atA >= 0 && atB >= 0) seen.push(atA < atB ? [groupA, groupB] : [groupB, groupA])
  }
}

const fits = (order: readonly AppealGroup[], [first, second]: Precedence) =>
  order.indexOf(first) < order.indexOf(second)

function isGroupLine(lines: DocumentLines, index: number): boolean {
  return GROUP_LINE.test(lines.document.lines[index]?.text ?? '')
}

/**
 * The group order the header lines from `from` up to (not including) `to` print. Runs for every 表四 whose
 * order no grid proves: a header in the template's order is looked at once, and builds no order (its lines'
 * names are read once per document, see lineNames).
 */
export function headerGroupOrder(lines: DocumentLines, from: number, to: number): HeaderGroupOrder {
  let contradicted = false
  for (let index = from; index < to && !contradicted; index++) {
    if (!isGroupLine(lines, index)) continue
    locate(lineNames(lines, index))
    contradicted = contradictsTemplate()
  }
  if (!contradicted) return TEMPLATE
  const seen: Precedence[] = []
  for (let index = from; index < to; index++) {
    if (!isGroupLine(lines, index)) continue
    locate(lineNames(lines, index))
    addPrecedences(seen)
  }
  const fitting = ORDERS.filter((order) => seen.every((precedence) => fits(order, precedence)))
  const [only] = fitting
  return fitting.length === 1 && only !== undefined ? { kind: 'other', groups: only } : { kind: 'unclear' }
}
