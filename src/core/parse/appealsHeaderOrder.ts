/**
 * The order of 表四's groups as the header's text gives it, for when no grid column proves where each
 * group's numbers stand (PDF text and markdown, or a grid header that does not line up with the numbers).
 * Across lines the header's cells say nothing (a PDF's lines do not line up), but within one line their
 * order is the order they are printed in, left to right: a PDF line's clusters are sorted by position, and
 * markdown, tab and HTML cells come in the row's order. So each header line is read only for which named
 * group stands before which on that line. A PDF line also says where on the page each cell stands
 * (SourceLine.cellCenters), and that does compare across lines: there the groups go left to right by place.
 */
import { APPEAL_GROUPS, type AppealGroup } from '../model/ids'
import { GROUP_LINE, lineNames, type LineNames } from './appealsNames'
import type { DocumentLines } from './documentLines'
import { inTemplateOrder, leftToRight } from './gridColumn'

/** What the header's text says about the order of the groups. */
export type HeaderGroupOrder =
  /** Nothing on the header contradicts the template's order (it may also say nothing at all). */
  | { kind: 'template' }
  /** Where a PDF prints the names, or else the one order that fits every header line: not the template's. */
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
 * Which group a header line prints before which: 未经复议直接起诉 against 复议后起诉, and 行政复议 against each of
 * them. A line with the cell 行政诉讼 is a two-level header (行政复议 beside 行政诉讼, 未经复议直接起诉 and 复议后起诉
 * under it), or such a header's lines merged into one by copying: there 行政复议 is compared with 行政诉讼's
 * cell, and the litigation groups' cells on the same line (a level lower) say nothing about 行政复议.
 */
function precedencesIn({ groups, litigationAt, resultsAt }: LineNames): Precedence[] {
  const firstAt = (group: AppealGroup) => groups.find((named) => named.group === group)?.at ?? -1
  const direct = firstAt('litigationDirect')
  const after = firstAt('litigationAfterReconsideration')
  const reconsideration = firstAt('reconsideration')
  // The two-level header's middle row names 未经复议直接起诉 and 复议后起诉 beside 行政复议's own five result
  // columns (行政复议 itself spans the rows above and below): that run stands where 行政复议 does. A copy
  // that put the top row on a line of its own ("行政诉讼 行政复议") leaves only this row to tell the order.
  const reconsiderationAt =
    reconsideration < 0 && litigationAt < 0 && direct >= 0 && after >= 0 ? resultsAt : reconsideration
  const pairs: [number, number, AppealGroup, AppealGroup][] = [
    [direct, after, 'litigationDirect', 'litigationAfterReconsideration'],
    [reconsiderationAt, litigationAt < 0 ? direct : litigationAt, 'reconsideration', 'litigationDirect'],
    [
      reconsiderationAt,
      litigationAt < 0 ? after : litigationAt,
      'reconsideration',
      'litigationAfterReconsideration',
    ],
  ]
  return pairs.flatMap(([atA, atB, a, b]): Precedence[] =>
    atA >= 0 && atB >= 0 ? [atA < atB ? [a, b] : [b, a]] : [],
  )
}

/**
 * Each line's precedences, worked out once: a text line's names are shared by every report of a batch that
 * repeats the template's header (appealsNames.ts keeps them per text).
 */
const PRECEDENCES = new WeakMap<LineNames, readonly Precedence[]>()

function precedencesOf(names: LineNames): readonly Precedence[] {
  let precedences = PRECEDENCES.get(names)
  if (precedences === undefined) {
    precedences = precedencesIn(names)
    PRECEDENCES.set(names, precedences)
  }
  return precedences
}

const fits = (order: readonly AppealGroup[], [first, second]: Precedence) =>
  order.indexOf(first) < order.indexOf(second)

function isGroupLine(lines: DocumentLines, index: number): boolean {
  return GROUP_LINE.test(lines.document.lines[index]?.text ?? '')
}

/**
 * The groups left to right by the centres where the header first names each, when all three are named
 * apart: a header that names each group on a line of its own (行政复议 in a cell spanning the header's
 * rows, centred on a baseline of its own) says nothing by the order of cells on a line.
 */
function orderByPlace(centers: readonly number[]): readonly AppealGroup[] | undefined {
  if (centers.some((center) => Number.isNaN(center))) return undefined
  return leftToRight(APPEAL_GROUPS, (group) => centers[APPEAL_GROUPS.indexOf(group)] ?? 0)
}

/** The group order the header lines from `from` up to (not including) `to` print. */
export function headerGroupOrder(lines: DocumentLines, from: number, to: number): HeaderGroupOrder {
  const seen: Precedence[] = []
  // Each group's first centre; any group named without one (a line not from a PDF) leaves the places unused.
  const centers = [NaN, NaN, NaN]
  let placed = true
  for (let index = from; index < to; index++) {
    if (!isGroupLine(lines, index)) continue
    const names = lineNames(lines, index)
    seen.push(...precedencesOf(names))
    for (const { group, center } of names.groups) {
      const at = APPEAL_GROUPS.indexOf(group)
      if (center === undefined) placed = false
      else if (Number.isNaN(centers[at])) centers[at] = center
    }
  }
  const byPlace = placed ? orderByPlace(centers) : undefined
  if (byPlace !== undefined)
    return inTemplateOrder(byPlace, APPEAL_GROUPS) ? TEMPLATE : { kind: 'other', groups: byPlace }
  if (seen.every((precedence) => fits(APPEAL_GROUPS, precedence))) return TEMPLATE
  const fitting = ORDERS.filter((order) => seen.every((precedence) => fits(order, precedence)))
  const [only] = fitting
  return fitting.length === 1 && only !== undefined ? { kind: 'other', groups: only } : { kind: 'unclear' }
}
