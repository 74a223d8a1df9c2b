/**
 * 表三's applicant columns in the order its header gives them. R-A, R-B and R-C all hold whatever the order
 * of the columns, so a table drawn with 法律服务机构 first put every row's numbers under the wrong applicant
 * without a word. The order is proven by header lines whose cells line up on a grid (tab-separated text,
 * HTML and Word tables), when all seven columns are named, each at its own grid column; or, in a PDF, by
 * where the header prints the seven names over the numbers (SourceLine.cellCenters). Else only the order of
 * the names within each header line tells it (applicantHeaderText.ts).
 */
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../model/ids'
import { APPLICANT_COLUMN_NAMES } from '../model/labels'
import { lineCells } from '../model/lineCells'
import { BoundedCache } from '../boundedCache'
import {
  applicantColumnsNamed,
  applicantHeaderText,
  type ApplicantHeaderReading,
  type ApplicantHeaderText,
} from './applicantHeaderText'
import { nonZeroRows, orderBySums, sameCells, totalElsewhere } from './applicantRowSums'
import { columnsIn, NAMING_CHARACTER, type ColumnsAt } from './applicantNames'
import type { CellSink } from './cellSink'
import type { DocumentLines } from './documentLines'
import { gridColumnOf, gridOf, inTemplateOrder, leftToRight } from './gridColumn'
import type { RowHit } from './rowTable'

/** How far above the first row the header may start (the template's takes three lines). */
export const HEADER_LINES = 8

/** Header lines repeat the template's wording in every report of a batch: each text is read once. */
const COLUMNS_BY_TEXT = new BoundedCache<string, ColumnsAt>()
const NONE: ColumnsAt = APPLICANT_COLUMNS.map(() => -1)

function columnsAt(lines: DocumentLines, index: number): ColumnsAt {
  const line = lines.document.lines[index]
  const columnOf = line === undefined ? undefined : gridOf(line)
  if (line === undefined || columnOf === undefined || !NAMING_CHARACTER.test(line.text)) return NONE
  if (line.cells === undefined)
    return COLUMNS_BY_TEXT.get(line.text, (text) => columnsIn(lineCells({ text }), columnOf))
  return columnsIn(line.cells, columnOf)
}

/**
 * The applicant columns in the header's order, when the header above `start` names all seven, each at the
 * grid column of one of `valueColumns` (where a row's numbers stand): a header whose lines were merged or
 * shifted by copying does not line up with the numbers and says nothing about their order. Written without
 * allocating in the usual case (the template's order): it runs for every report.
 */
function headerOrder(
  lines: DocumentLines,
  start: number,
  from: number,
  valueColumns: () => ReadonlySet<number>,
): readonly ApplicantColumn[] | undefined {
  const grid = APPLICANT_COLUMNS.map(() => -1)
  for (let index = Math.max(from, start - HEADER_LINES); index < start; index++) {
    const found = columnsAt(lines, index)
    if (found === NONE) continue
    for (let at = 0; at < grid.length; at++) if (grid[at] === -1) grid[at] = found[at] ?? -1
  }
  if (grid.includes(-1)) return undefined
  if (grid.every((column, at) => at === 0 || column > (grid[at - 1] ?? 0))) return APPLICANT_COLUMNS
  if (new Set(grid).size < grid.length) return undefined
  const columns = valueColumns()
  if (grid.some((column) => !columns.has(column))) return undefined
  const at = (column: ApplicantColumn) => grid[APPLICANT_COLUMNS.indexOf(column)] ?? 0
  return [...APPLICANT_COLUMNS].sort((a, b) => at(a) - at(b))
}

/** The first row read as seven cells. */
const firstCellsRow = (hits: readonly RowHit[]) => hits.find((hit) => hit.values?.kind === 'cells')

/**
 * The applicant columns left to right as a PDF's header prints their names above `start`, when all seven are
 * named apart and over the numbers of the table's first row (not beyond its first or last column by more
 * than a column's width). A PDF's cells do not line up by index from line to line, but where they stand on
 * the page does: the seven names left to right head the row's seven numbers left to right.
 */
function placedOrder(
  lines: DocumentLines,
  start: number,
  from: number,
  hits: readonly RowHit[],
): readonly ApplicantColumn[] | undefined {
  const first = firstCellsRow(hits)
  if (first?.values?.kind !== 'cells') return undefined
  const { tokens } = first.values
  // Text, HTML and Word lines have no places: leave before any work (this runs for every report).
  if (lines.document.lines[tokens[0]?.line ?? -1]?.cellCenters === undefined) return undefined
  const valueCenters = tokens.map(
    (token) => lines.document.lines[token.line]?.cellCenters?.[token.column] ?? NaN,
  )
  const [left = NaN] = valueCenters
  const right = valueCenters[valueCenters.length - 1] ?? NaN
  if (Number.isNaN(left) || Number.isNaN(right)) return undefined
  const width = (right - left) / Math.max(1, valueCenters.length - 1)
  // Where each column is first named (-1: not named; a cell off the page's left edge is not printed).
  const centers = APPLICANT_COLUMNS.map(() => -1)
  for (let index = Math.max(from, start - HEADER_LINES); index < start; index++) {
    const { cells, cellCenters } = lines.document.lines[index] ?? {}
    if (cells === undefined || cellCenters === undefined) continue
    const found = columnsIn(cells, (at) => cellCenters[at] ?? -1)
    for (let at = 0; at < centers.length; at++) if (centers[at] === -1) centers[at] = found[at] ?? -1
  }
  if (centers.some((center) => center === -1 || center < left - width || center > right + width))
    return undefined
  return leftToRight(APPLICANT_COLUMNS, (column) => centers[APPLICANT_COLUMNS.indexOf(column)] ?? 0)
}

/** The grid columns of the first row read as seven cells. */
function valueColumnsOf(lines: DocumentLines, hits: readonly RowHit[]): Set<number> {
  const columns = new Set<number>()
  const first = firstCellsRow(hits)
  if (first?.values?.kind !== 'cells') return columns
  for (const token of first.values.tokens) {
    const at = gridColumnOf(lines, token.line, token.column)
    if (at !== undefined) columns.add(at)
  }
  return columns
}

/** Said after an order taken from the header's text, so the user knows no column proved it. */
const BY_HEADER_TEXT = '（按表头中各列名称的先后确定）'
/** Said after an order the header's text gives one of two ways, the rows' sums the other. */
const BY_HEADER_AND_SUMS =
  '（按表头中各列名称的先后确定；表头合并后可有两种读法，按各行“总计”等于其余各列之和确定）'

/** A row's cell ids (in APPLICANT_COLUMNS order) for its numbers printed in `order`. */
export function cellIdsInOrder(cellIds: readonly string[], order: readonly ApplicantColumn[]): string[] {
  return order.map((column) => cellIds[APPLICANT_COLUMNS.indexOf(column)] ?? '')
}

/**
 * The hits with their cells in `order`, and the notice that says so (`how` says what gave the order); the
 * hits themselves when `order` is the template's.
 */
function followOrder(
  order: readonly ApplicantColumn[],
  how: string,
  start: number,
  hits: readonly RowHit[],
  sink: CellSink,
): readonly RowHit[] {
  if (inTemplateOrder(order, APPLICANT_COLUMNS)) return hits
  const followed = hits.map((hit) =>
    hit.values?.kind === 'cells'
      ? { ...hit, spec: { ...hit.spec, cellIds: cellIdsInOrder(hit.spec.cellIds, order) } }
      : hit,
  )
  const names = order.map((column) => APPLICANT_COLUMN_NAMES[column]).join('、')
  sink.notice({
    code: 'columns-reordered',
    message: `表三：表头各列的顺序（${names}）${how}与模板不同，已按表头对应各列数值`,
    cellIds: followed.flatMap((hit) => (hit.values?.kind === 'cells' ? hit.spec.cellIds : [])),
    line: start,
  })
  return followed
}

/**
 * The hits with no values, and one notice: read in the template's order, numbers would stand under
 * columns they are not in while R-A, R-B and R-C still hold, a guess nothing flags.
 */
function leaveUnread(
  start: number,
  hits: readonly RowHit[],
  sink: CellSink,
  why = '表头各列的顺序与模板不同',
): readonly RowHit[] {
  sink.notice({
    code: 'ambiguous',
    message: `表三：${why}，无法确定各数值属于哪一列，各行均未填入，请核对原文后补录`,
    cellIds: hits.flatMap((hit) => (hit.values === undefined ? [] : hit.spec.cellIds)),
    line: start,
  })
  return hits.map((hit) => ({ ...hit, values: undefined }))
}

/**
 * The order a reading of the header's text gives (`template`, the columns read, when it is the template's
 * order): undefined when it gives none.
 */
export function orderOf(
  text: ApplicantHeaderReading,
  template: readonly ApplicantColumn[] = APPLICANT_COLUMNS,
): readonly ApplicantColumn[] | undefined {
  if (text.kind === 'template') return template
  return text.kind === 'other' ? text.order : undefined
}

/**
 * A header whose merged line reads two ways (总计 beside 申请人情况 and last, or under it and first): the
 * reading whose 总计 is the sum of the others where the other's is not, and never the other way round; the
 * first (the published reports' layout) when both put every number under the same column; else none.
 */
function followEither(
  readings: readonly [ApplicantHeaderText, ApplicantHeaderText],
  start: number,
  hits: readonly RowHit[],
  sink: CellSink,
): readonly RowHit[] {
  const [first, second] = readings.map((reading) => orderOf(reading))
  if (first === undefined && second === undefined) return leaveUnread(start, hits, sink)
  if (first === undefined || second === undefined) {
    const order = first ?? second ?? APPLICANT_COLUMNS
    return followOrder(order, BY_HEADER_TEXT, start, hits, sink)
  }
  const rows = nonZeroRows(hits)
  const chosen = orderBySums(rows, [first, second])
  if (chosen !== undefined)
    return followOrder(chosen === 0 ? first : second, BY_HEADER_AND_SUMS, start, hits, sink)
  if (sameCells(rows, [first, second])) return followOrder(first, BY_HEADER_TEXT, start, hits, sink)
  return leaveUnread(
    start,
    hits,
    sink,
    '表头合并后可有两种读法（“总计”在前或在后），各行数值的合计关系也不能确定是哪一种',
  )
}

/**
 * The hits with their cell ids in the header's column order, with one notice, when the header above the
 * table's first row (`start`) orders the applicant columns otherwise than the template; the hits themselves
 * otherwise. The order is proven by the grid or the page where they can; else the header's text gives it
 * (applicantHeaderText.ts), and when that gives no single order the rows are left unread. Where no header
 * names any column, the template's order is read unless the rows' sums prove it wrong: then nothing is.
 * Rows whose digits ran together keep their ids: the caller leaves them unread.
 */
export function followApplicantOrder(
  lines: DocumentLines,
  start: number,
  from: number,
  hits: readonly RowHit[],
  sink: CellSink,
): readonly RowHit[] {
  const proven =
    headerOrder(lines, start, from, () => valueColumnsOf(lines, hits)) ??
    placedOrder(lines, start, from, hits)
  if (proven !== undefined) return followOrder(proven, '', start, hits, sink)
  const headerFrom = Math.max(from, start - HEADER_LINES)
  const text = applicantHeaderText(lines, headerFrom, start)
  if (text.kind === 'either') return followEither(text.readings, start, hits, sink)
  if (text.kind === 'other') return followOrder(text.order, BY_HEADER_TEXT, start, hits, sink)
  if (text.kind === 'unclear') return leaveUnread(start, hits, sink)
  if (applicantColumnsNamed(lines, headerFrom, start).size === 0 && totalElsewhere(nonZeroRows(hits)))
    return leaveUnread(
      start,
      hits,
      sink,
      '没有表头说明各列的顺序，而按模板的顺序，各行的“总计”都不等于其余各列之和，另有一列在每行都等于其余各列之和',
    )
  return hits
}
