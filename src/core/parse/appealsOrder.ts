/**
 * 表四's groups and result columns in the order the report gives them. Its fifteen numbers are read in
 * order, and the sums of R-D hold whatever the order of the groups or of 其他结果 and 尚未审结, so a table
 * drawn with 行政诉讼 first, or with a row per group in another order, swapped whole groups without a word.
 * The order is taken from what names the groups: the row labels before the numbers, or the header cells
 * above them (by grid column, for a two-level header), and from the header row of result columns.
 */
import { lineCells } from '../model/lineCells'
import {
  APPEAL_CELL_IDS,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  appealCellId,
  type AppealColumn,
  type AppealGroup,
} from '../model/ids'
import { APPEAL_COLUMN_NAMES, APPEAL_GROUP_NAMES } from '../model/labels'
import { BoundedCache } from '../boundedCache'
import { compactFast } from '../text/fastNormalize'
import type { DocumentLines } from './documentLines'
import { gridColumnOf, gridOf, inTemplateOrder } from './gridColumn'
import type { ValueToken } from './lineTokens'

/** A cell naming a group is a header or a row label: short, and not the section heading ("…情况"). */
const NAME_LENGTH = 16
const DIRECT = /未经复议|直接起诉/
const AFTER = /复议后/
const RECONSIDERATION = /行政复议/
const RESULT_WORDS: Record<AppealColumn, RegExp> = {
  upheld: /^结果维持$/,
  corrected: /^结果纠正$/,
  other: /^其他结果$/,
  pending: /^尚未审结$/,
  total: /^总计$/,
}

function groupNamed(cell: string): AppealGroup | undefined {
  if (cell.length > NAME_LENGTH || cell.includes('情况')) return undefined
  if (DIRECT.test(cell)) return 'litigationDirect'
  if (AFTER.test(cell)) return 'litigationAfterReconsideration'
  if (RECONSIDERATION.test(cell) && !cell.includes('诉讼')) return 'reconsideration'
  return undefined
}

/** What one line names: groups with the grid column of their cell, and the result columns if it names all five. */
interface LineNames {
  groups: { group: AppealGroup; column: number }[]
  results: AppealColumn[] | undefined
}

/** A character every group name or result word has: the other cells are not compacted or tested. */
const NAMING_CHARACTER = /[议诉结计]/

/**
 * `columnOf` gives the grid column of a cell (gridOf). Cells off any grid (PDF, markdown) all count as
 * column 0: groups they name on one header line tie, and no order is taken from them.
 */
function namesIn(cells: readonly string[], columnOf: (at: number) => number): LineNames {
  const groups: LineNames['groups'] = []
  const resultAt = new Map<AppealColumn, number>()
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] ?? ''
    if (!NAMING_CHARACTER.test(cell)) continue
    const text = compactFast(cell)
    const group = groupNamed(text)
    if (group !== undefined) groups.push({ group, column: columnOf(at) })
    for (const column of APPEAL_COLUMNS)
      if (!resultAt.has(column) && RESULT_WORDS[column].test(text)) resultAt.set(column, at)
  }
  const results =
    resultAt.size === APPEAL_COLUMNS.length
      ? [...APPEAL_COLUMNS].sort((a, b) => (resultAt.get(a) ?? 0) - (resultAt.get(b) ?? 0))
      : undefined
  return { groups, results }
}

const noGrid = () => 0

/** Header lines repeat the template's wording in every report of a batch: each text is read once. */
const NAMES_BY_TEXT = new BoundedCache<string, LineNames>()

function lineNames(lines: DocumentLines, index: number): LineNames {
  const line = lines.document.lines[index]
  if (line === undefined) return { groups: [], results: undefined }
  const columnOf = gridOf(line) ?? noGrid
  if (line.cells === undefined)
    return NAMES_BY_TEXT.get(line.text, (text) => namesIn(lineCells({ text }), columnOf))
  return namesIn(line.cells, columnOf)
}

/** A character every group name has (行政复议, 未经复议直接起诉, 复议后起诉): other lines are not looked at. */
const GROUP_LINE = /复议|起诉/
/** A line naming all five result columns has 结果 (结果维持, 结果纠正, 其他结果). */
const RESULT_LINE = '结果'

/**
 * Where each group is first named: the block of numbers it heads (the first value line at or after it),
 * then its grid column. Groups named in one block (a header above one row of numbers) must each stand at
 * the grid column where a group's five numbers start: a header whose lines were merged or shifted by
 * copying no longer lines up with the numbers and says nothing about their order. Written without
 * allocating in the usual case (the template's order): it runs for every report.
 */
function groupOrder(
  lines: DocumentLines,
  from: number,
  values: readonly ValueToken[],
): readonly AppealGroup[] | undefined {
  const last = values[values.length - 1]?.line ?? from
  const keys = [-1, -1, -1]
  let block = 0
  let blockLine = values[0]?.line ?? from
  let valueAt = 0
  for (let index = from; index <= last; index++) {
    // The block of the first value line at or after this line.
    while (blockLine < index) {
      while (valueAt < values.length && (values[valueAt]?.line ?? last) <= blockLine) valueAt++
      blockLine = values[valueAt]?.line ?? last
      block++
    }
    const text = lines.document.lines[index]?.text ?? ''
    if (!GROUP_LINE.test(text)) continue
    for (const { group, column } of lineNames(lines, index).groups) {
      const at = APPEAL_GROUPS.indexOf(group)
      if (keys[at] === -1) keys[at] = block * 10_000 + column
    }
  }
  const [first = -1, second = -1, third = -1] = keys
  if (first < 0 || second < 0 || third < 0) return undefined
  // The template's order needs no proof: it is what is read anyway.
  if (first < second && second < third) return APPEAL_GROUPS
  const order = [...APPEAL_GROUPS].sort(
    (a, b) => (keys[APPEAL_GROUPS.indexOf(a)] ?? 0) - (keys[APPEAL_GROUPS.indexOf(b)] ?? 0),
  )
  const sorted = order.map((group) => keys[APPEAL_GROUPS.indexOf(group)] ?? 0)
  if (!sorted.every((key, at) => at === 0 || key > (sorted[at - 1] ?? 0))) return undefined
  return provenByColumns(lines, values, sorted) ? order : undefined
}

/** Whether the keys of groups named in one block stand where a group's five numbers start. */
function provenByColumns(
  lines: DocumentLines,
  values: readonly ValueToken[],
  keys: readonly number[],
): boolean {
  const valueLines = [...new Set(values.map((token) => token.line))]
  const blockOf = (line: number) => valueLines.findIndex((valueLine) => valueLine >= line)
  const groupStarts = new Set<number>()
  for (let at = 0; at < values.length; at += APPEAL_COLUMNS.length) {
    const token = values[at]
    const column = token === undefined ? undefined : gridColumnOf(lines, token.line, token.column)
    if (token !== undefined && column !== undefined) groupStarts.add(blockOf(token.line) * 10_000 + column)
  }
  const blocks = keys.map((key) => Math.floor(key / 10_000))
  return keys.every(
    (key, at) => blocks.filter((block) => block === blocks[at]).length === 1 || groupStarts.has(key),
  )
}

/** The result columns in the order of the first header line that names all five. */
function columnOrder(lines: DocumentLines, from: number, to: number): readonly AppealColumn[] | undefined {
  for (let index = from; index < to; index++) {
    if (!(lines.document.lines[index]?.text ?? '').includes(RESULT_LINE)) continue
    const { results } = lineNames(lines, index)
    if (results !== undefined) return results
  }
  return undefined
}

/**
 * The results as row labels of a 表四 drawn with a row per result, also written short ("维持", "纠正",
 * "其他", "未审结", "合计"): a short word alone says little, but transposedRows takes the labels only when five
 * lines of three values each name five different results.
 */
const RESULT_ROW_WORDS: Record<AppealColumn, RegExp> = {
  upheld: /^(?:结果)?维持$/,
  corrected: /^(?:结果)?纠正$/,
  other: /^其他(?:结果)?$/,
  pending: /^尚?未审结$/,
  total: /^(?:总计|合计)$/,
}

/** The result a row label names ("结果维持", "维持"), for a 表四 drawn with a row per result. */
export function resultNamed(label: string): AppealColumn | undefined {
  for (const column of APPEAL_COLUMNS) if (RESULT_ROW_WORDS[column].test(label)) return column
  return undefined
}

/**
 * The result of each row when 表四 is drawn transposed, a row per result with a column per group: five
 * lines of three values, each labelled with a different result. Undefined for any other layout; the usual
 * one (values on one line, or five to a line) fails at once: its fourth value is on the first one's line.
 */
function transposedRows(lines: DocumentLines, values: readonly ValueToken[]): AppealColumn[] | undefined {
  const perRow = APPEAL_GROUPS.length
  if (values.length !== APPEAL_CELL_IDS.length || values[perRow]?.line === values[0]?.line) return undefined
  const rows: AppealColumn[] = []
  for (let at = 0; at < values.length; at += perRow) {
    const line = values[at]?.line
    if (line === undefined || values[at + perRow - 1]?.line !== line || values[at + perRow]?.line === line)
      return undefined
    const result = resultNamed(lines.tokens(line).label)
    if (result === undefined || rows.includes(result)) return undefined
    rows.push(result)
  }
  return rows
}

/**
 * The groups of a transposed 表四 by the grid columns of the header cells naming them, when those stand
 * where the first row's three values do; else the template's order.
 */
function transposedGroups(
  lines: DocumentLines,
  from: number,
  values: readonly ValueToken[],
): readonly AppealGroup[] {
  const first = values[0]
  if (first === undefined) return APPEAL_GROUPS
  const columns = new Map<AppealGroup, number>()
  for (let index = from; index < first.line; index++)
    for (const { group, column } of lineNames(lines, index).groups)
      if (!columns.has(group)) columns.set(group, column)
  if (columns.size !== APPEAL_GROUPS.length) return APPEAL_GROUPS
  const order = [...APPEAL_GROUPS].sort((a, b) => (columns.get(a) ?? 0) - (columns.get(b) ?? 0))
  if (inTemplateOrder(order, APPEAL_GROUPS)) return APPEAL_GROUPS
  const valueColumns = values
    .slice(0, APPEAL_GROUPS.length)
    .map((token) => gridColumnOf(lines, token.line, token.column))
  const proven = order.every((group, at) => columns.get(group) === valueColumns[at])
  return proven ? order : APPEAL_GROUPS
}

export interface AppealsOrder {
  /** The cell id of each of the fifteen values, in the order they were read. */
  ids: readonly string[]
  /** What differs from the template, for the notice; undefined when nothing does. */
  description: string | undefined
}

/**
 * The ids for the fifteen values read (in reading order) of the 表四 that starts at `from`: the
 * template's order unless the report names every group, or every result column, in another.
 */
export function appealsOrder(
  lines: DocumentLines,
  from: number,
  values: readonly ValueToken[],
): AppealsOrder {
  const rows = transposedRows(lines, values)
  if (rows !== undefined) {
    const groups = transposedGroups(lines, from, values)
    const order = inTemplateOrder(groups, APPEAL_GROUPS)
      ? ''
      : `，各列依次为${groups.map((group) => APPEAL_GROUP_NAMES[group]).join('、')}`
    return {
      ids: rows.flatMap((result) => groups.map((group) => appealCellId(group, result))),
      description: `表格行列互换（每行为一种结果，每列为一组）${order}`,
    }
  }
  const groups = groupOrder(lines, from, values) ?? APPEAL_GROUPS
  const columns = columnOrder(lines, from, values[0]?.line ?? from) ?? APPEAL_COLUMNS
  const groupsAsTemplate = inTemplateOrder(groups, APPEAL_GROUPS)
  const columnsAsTemplate = inTemplateOrder(columns, APPEAL_COLUMNS)
  // The template's own ids, not equal copies: the cell record is built fastest from them.
  if (groupsAsTemplate && columnsAsTemplate) return { ids: APPEAL_CELL_IDS, description: undefined }
  const parts: string[] = []
  if (!groupsAsTemplate)
    parts.push(`各组依次为${groups.map((group) => APPEAL_GROUP_NAMES[group]).join('、')}`)
  if (!columnsAsTemplate)
    parts.push(`各列依次为${columns.map((column) => APPEAL_COLUMN_NAMES[column]).join('、')}`)
  return {
    ids: groups.flatMap((group) => columns.map((column) => appealCellId(group, column))),
    description: parts.join('；'),
  }
}
