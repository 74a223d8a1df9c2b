/**
 * What one line of 表四's header or row labels names: the groups (行政复议, 未经复议直接起诉, 复议后起诉) with
 * where their cells stand, the cell of 行政诉讼 that heads the two litigation groups, and the five result
 * columns in the order of their cells. The order readers (appealsOrder.ts, appealsHeaderOrder.ts) decide
 * what those places prove.
 */
import { lineCells } from '../model/lineCells'
import { APPEAL_COLUMNS, type AppealColumn, type AppealGroup } from '../model/ids'
import { BoundedCache } from '../boundedCache'
import { compactFast } from '../text/fastNormalize'
import type { DocumentLines } from './documentLines'
import { gridOf } from './gridColumn'

/** A cell naming a group is a header or a row label: short, and not the section heading ("…情况"). */
const NAME_LENGTH = 16
const DIRECT = /未经复议|直接起诉/
const AFTER = /复议后/
const RECONSIDERATION = /行政复议/
const LITIGATION = '行政诉讼'
/**
 * The result columns as header cells and as row labels of a 表四 drawn with a row per result, also written
 * short or otherwise ("维持", "纠正", "其他", "未审结", "合计"): a header naming one of them so in another order
 * than the template's (尚未审结 before 其他结果) was read in the template's order, and R-D, which holds
 * whatever the order of 其他结果 and 尚未审结, never told.
 */
export const RESULT_WORDS: Record<AppealColumn, RegExp> = {
  upheld: /^(?:结果)?维持$/,
  corrected: /^(?:结果)?纠正$/,
  other: /^其他(?:结果)?$/,
  pending: /^尚?未审结$/,
  total: /^(?:总计|合计)$/,
}

/** The group a compact cell or row label names, if it names one. */
export function groupNamed(cell: string): AppealGroup | undefined {
  if (cell.length > NAME_LENGTH || cell.includes('情况')) return undefined
  if (DIRECT.test(cell)) return 'litigationDirect'
  if (AFTER.test(cell)) return 'litigationAfterReconsideration'
  if (RECONSIDERATION.test(cell) && !cell.includes('诉讼')) return 'reconsideration'
  return undefined
}

export interface LineNames {
  /**
   * The groups named, in cell order: `at` is the cell's index on the line, `column` its grid column
   * (gridOf; 0 for every cell of a line off any grid, PDF and markdown), `center` where it stands on the
   * page (PDF lines only, SourceLine.cellCenters).
   */
  groups: { group: AppealGroup; at: number; column: number; center: number | undefined }[]
  /** The index of the first cell that is 行政诉讼 alone (the heading over both litigation groups), or -1. */
  litigationAt: number
  /** The result columns in the order of their cells, when the line names all five side by side. */
  results: AppealColumn[] | undefined
  /**
   * The index of the first of those five cells when the line names each result only once (one group's
   * run of result columns), else -1.
   */
  resultsAt: number
}

/** A character every group name has (行政复议, 未经复议直接起诉, 复议后起诉): other lines need not be looked at. */
export const GROUP_LINE = /复议|起诉/

const NO_NAMES: LineNames = { groups: [], litigationAt: -1, results: undefined, resultsAt: -1 }

/** A character every group name or result word has: the other cells are not compacted or tested. */
const NAMING_CHARACTER = /[议诉结计维纠他]/

function namesIn(
  cells: readonly string[],
  columnOf: (at: number) => number,
  centers?: readonly number[],
): LineNames {
  const groups: LineNames['groups'] = []
  let litigationAt = -1
  const resultAt = new Map<AppealColumn, number>()
  let resultCells = 0
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] ?? ''
    if (!NAMING_CHARACTER.test(cell)) continue
    const text = compactFast(cell)
    const group = groupNamed(text)
    if (group !== undefined) groups.push({ group, at, column: columnOf(at), center: centers?.[at] })
    else if (litigationAt < 0 && text.length <= NAME_LENGTH && text.includes(LITIGATION)) litigationAt = at
    for (const column of APPEAL_COLUMNS) {
      if (!RESULT_WORDS[column].test(text)) continue
      resultCells++
      if (!resultAt.has(column)) resultAt.set(column, at)
    }
  }
  const results =
    resultAt.size === APPEAL_COLUMNS.length && namedSideBySide(cells, resultAt)
      ? [...APPEAL_COLUMNS].sort((a, b) => (resultAt.get(a) ?? 0) - (resultAt.get(b) ?? 0))
      : undefined
  const resultsAt =
    results !== undefined && resultCells === APPEAL_COLUMNS.length ? Math.min(...resultAt.values()) : -1
  return { groups, litigationAt, results, resultsAt }
}

/**
 * Whether the five results are first named side by side, no other text between them. A PDF header cell
 * wrapped over two lines can take in the name printed under it ("直接起诉" over "其他结果" read as one
 * cell "未经复议直接起诉其他结果"): the line still names all five, but 其他结果 first in the second group's
 * run, so the order of first names is not the columns' order.
 */
function namedSideBySide(cells: readonly string[], resultAt: ReadonlyMap<AppealColumn, number>): boolean {
  const ats = [...resultAt.values()]
  const first = Math.min(...ats)
  const last = Math.max(...ats)
  let named = 0
  for (let at = first; at <= last; at++) if ((cells[at] ?? '').trim() !== '') named++
  return named === APPEAL_COLUMNS.length
}

const noGrid = () => 0

/** Header lines repeat the template's wording in every report of a batch: each text is read once. */
const NAMES_BY_TEXT = new BoundedCache<string, LineNames>()

function namesOfLine(lines: DocumentLines, index: number): LineNames {
  const line = lines.document.lines[index]
  if (line === undefined) return NO_NAMES
  const columnOf = gridOf(line) ?? noGrid
  if (line.cells === undefined)
    return NAMES_BY_TEXT.get(line.text, (text) => namesIn(lineCells({ text }), columnOf))
  return namesIn(line.cells, columnOf, line.cellCenters)
}

/**
 * Each document's lines as read so far: the group order, the header's text order and the result columns
 * each look at the same header lines, and a line with cells of its own (HTML, Word) has no text cache.
 */
const NAMES_BY_DOCUMENT = new WeakMap<DocumentLines, Map<number, LineNames>>()

/**
 * What line `index` names. Cells off any grid (PDF, markdown) all count as column 0: groups they name on
 * one header line tie by column, and only their order on the line (`at`) tells them apart.
 */
export function lineNames(lines: DocumentLines, index: number): LineNames {
  let read = NAMES_BY_DOCUMENT.get(lines)
  if (read === undefined) {
    read = new Map()
    NAMES_BY_DOCUMENT.set(lines, read)
  }
  let names = read.get(index)
  if (names === undefined) {
    names = namesOfLine(lines, index)
    read.set(index, names)
  }
  return names
}
