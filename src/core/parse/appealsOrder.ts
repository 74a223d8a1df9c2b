/**
 * 表四's groups and result columns in the order the report gives them. Its fifteen numbers are read in
 * order, and the sums of R-D hold whatever the order of the groups or of 其他结果 and 尚未审结, so a table
 * drawn with 行政诉讼 first, or with a row per group in another order, swapped whole groups without a word.
 * The order is taken from what names the groups: the row labels before the numbers, or the header cells
 * above them (by grid column, for a two-level header), else the order the header's lines print the group
 * names in (appealsHeaderOrder.ts); and from the header row of result columns. An order the header shows
 * but that cannot be established is not read silently: `uncertain` asks for a notice.
 */
import {
  APPEAL_CELL_IDS,
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  appealCellId,
  type AppealColumn,
  type AppealGroup,
} from '../model/ids'
import { APPEAL_COLUMN_NAMES, APPEAL_GROUP_NAMES } from '../model/labels'
import { GROUP_LINE, lineNames, RESULT_WORDS } from './appealsNames'
import { headerGroupOrder } from './appealsHeaderOrder'
import type { DocumentLines } from './documentLines'
import { gridColumnOf, inTemplateOrder } from './gridColumn'
import type { ValueToken } from './lineTokens'

/** A line naming all five result columns has 维持 (结果维持, or 维持 written short). */
const RESULT_LINE = '维持'

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

/**
 * The groups by the runs of numbers they head, for lines off any grid (markdown, PDF text), where groupOrder's
 * columns tie: 表四 split into tables of its own (行政诉讼's two groups over ten numbers, then 行政复议 over
 * five). Each group is taken in the run of numbers at or after the line first naming it; a run must hold five
 * numbers for each group it has, and groups sharing a run must be named on one line, whose cells give their
 * order. Undefined for anything else: a header over numbers wrapped over several lines says nothing here.
 */
function groupsByRuns(
  lines: DocumentLines,
  from: number,
  values: readonly ValueToken[],
): readonly AppealGroup[] | undefined {
  const runLines = [...new Set(values.map((token) => token.line))]
  const named = new Map<AppealGroup, { run: number; line: number; at: number }>()
  for (let index = from; index <= (runLines[runLines.length - 1] ?? from); index++) {
    if (!GROUP_LINE.test(lines.document.lines[index]?.text ?? '')) continue
    const run = runLines.findIndex((line) => line >= index)
    for (const { group, at } of lineNames(lines, index).groups)
      if (!named.has(group)) named.set(group, { run, line: index, at })
  }
  if (named.size !== APPEAL_GROUPS.length) return undefined
  const runsHold = runLines.every((line, run) => {
    const groups = [...named.values()].filter((place) => place.run === run)
    const numbers = values.filter((token) => token.line === line).length
    return (
      numbers === groups.length * APPEAL_COLUMNS.length &&
      new Set(groups.map((place) => place.line)).size <= 1
    )
  })
  if (!runsHold) return undefined
  const key = (group: AppealGroup) => {
    const place = named.get(group)
    return place === undefined ? 0 : place.run * 10_000 + place.at
  }
  return [...APPEAL_GROUPS].sort((a, b) => key(a) - key(b))
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
export function columnOrder(
  lines: DocumentLines,
  from: number,
  to: number,
): readonly AppealColumn[] | undefined {
  for (let index = from; index < to; index++) {
    if (!(lines.document.lines[index]?.text ?? '').includes(RESULT_LINE)) continue
    const { results } = lineNames(lines, index)
    if (results !== undefined) return results
  }
  return undefined
}

/**
 * What a row label may carry around a result's name: the row's number in front ("1.", "（一）", "一、", or a
 * bare "1" from a 序号 column, which the line's tokens join to the label) and the unit after it ("（件）").
 * Left on, "1.结果维持" named no result, and a transposed 表四 so labelled was read in the template's order.
 */
const ROW_NUMBER =
  /^(?:\d{1,2}[.．、]?|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．])/
const ROW_UNIT = /[（(](?:件|个|起|宗)[)）]$/

/** The result a row label names ("结果维持", "维持", "1.结果维持"), for a 表四 drawn with a row per result. */
export function resultNamed(label: string): AppealColumn | undefined {
  const name = label.replace(ROW_NUMBER, '').replace(ROW_UNIT, '')
  for (const column of APPEAL_COLUMNS) if (RESULT_WORDS[column].test(name)) return column
  return undefined
}

/**
 * Whether the fifteen values stand five lines of three: the shape of a 表四 drawn with a row per result,
 * which no other layout has. Read in the template's order, a row's three groups became three results of one
 * group, and R-D failing was the only sign.
 */
function threeToALine(values: readonly ValueToken[]): boolean {
  const perRow = APPEAL_GROUPS.length
  if (values.length !== APPEAL_CELL_IDS.length) return false
  for (let at = 0; at < values.length; at += perRow) {
    const line = values[at]?.line
    if (values[at + perRow - 1]?.line !== line || values[at + perRow]?.line === line) return false
  }
  return true
}

/**
 * The result of each row when 表四 is drawn transposed, a row per result with a column per group: five
 * lines of three values, each labelled with a different result. Undefined for any other layout; the usual
 * one (values on one line, or five to a line) fails at once: its fourth value is on the first one's line.
 */
function transposedRows(lines: DocumentLines, values: readonly ValueToken[]): AppealColumn[] | undefined {
  if (!threeToALine(values)) return undefined
  const rows: AppealColumn[] = []
  for (let at = 0; at < values.length; at += APPEAL_GROUPS.length) {
    const line = values[at]?.line
    if (line === undefined) return undefined
    const result = resultNamed(lines.tokens(line).label)
    if (result === undefined || rows.includes(result)) return undefined
    rows.push(result)
  }
  return rows
}

/** The group order used for 表四, and how it was found. */
interface GroupsRead {
  groups: readonly AppealGroup[]
  /** Taken from the order of the header's cells on their lines (headerGroupOrder), not proven by a grid. */
  byHeaderText: boolean
  /** The header names the groups in another order than the template's, yet the template's order is read. */
  uncertain: boolean
}

const proven = (groups: readonly AppealGroup[]): GroupsRead => ({
  groups,
  byHeaderText: false,
  uncertain: false,
})

/**
 * When no grid column or row label proves the groups' order: the order the header's lines print them in,
 * if `takeable` (see appealsOrder), else the template's, flagged as uncertain when the header says
 * otherwise. Silently keeping the template's order here read a PDF or markdown 表四 printed 行政诉讼 first
 * with every number under the wrong group, and R-D, which holds whatever the order, never told.
 */
function groupsByHeaderText(lines: DocumentLines, from: number, to: number, takeable: boolean): GroupsRead {
  const header = headerGroupOrder(lines, from, to)
  if (header.kind === 'template') return proven(APPEAL_GROUPS)
  if (header.kind === 'other' && takeable)
    return { groups: header.groups, byHeaderText: true, uncertain: false }
  return { groups: APPEAL_GROUPS, byHeaderText: false, uncertain: true }
}

/**
 * The groups of a transposed 表四 by the grid columns of the header cells naming them, when those stand
 * where the first row's three values do; else by the header's text. Every row of a transposed table has
 * exactly three values (transposedRows), so a header printing three groups left to right says which
 * column each value is in, as plainly as it says which row holds which result.
 */
function transposedGroups(lines: DocumentLines, from: number, values: readonly ValueToken[]): GroupsRead {
  const first = values[0]
  if (first === undefined) return proven(APPEAL_GROUPS)
  const columns = new Map<AppealGroup, number>()
  for (let index = from; index < first.line; index++)
    for (const { group, column } of lineNames(lines, index).groups)
      if (!columns.has(group)) columns.set(group, column)
  if (columns.size === APPEAL_GROUPS.length) {
    const order = [...APPEAL_GROUPS].sort((a, b) => (columns.get(a) ?? 0) - (columns.get(b) ?? 0))
    const valueColumns = values
      .slice(0, APPEAL_GROUPS.length)
      .map((token) => gridColumnOf(lines, token.line, token.column))
    // Cells off any grid tie at column 0: their sort is the template's order, which proves nothing.
    const byGrid = valueColumns.every((column) => column !== undefined)
    if (byGrid && order.every((group, at) => columns.get(group) === valueColumns[at])) return proven(order)
  }
  return groupsByHeaderText(lines, from, first.line, true)
}

export interface AppealsOrder {
  /** The cell id of each of the fifteen values, in the order they were read. */
  ids: readonly string[]
  /** What differs from the template, for the notice; undefined when nothing does. */
  description: string | undefined
  /**
   * Why which number belongs to which cell could not be established (the header names the groups in another
   * order than the template's, or the rows of a transposed table name no result), for the notice: the
   * values must not be read. Undefined when the ids hold.
   */
  uncertain: string | undefined
}

const GROUPS_UNCERTAIN = '表头中各组的顺序与模板不同，无法确定各数字属于哪一组'
const ROWS_UNCERTAIN =
  '表格每行三个数值（每行为一种结果、每列为一组），但行标签未能对应到结果维持、结果纠正、其他结果、尚未审结、总计，无法确定各数字属于哪一格'
const why = (uncertain: boolean) => (uncertain ? GROUPS_UNCERTAIN : undefined)

/** Said after an order taken from the header's text, so the user knows no column proved it. */
const BY_HEADER_TEXT = '（按表头中各组名称的先后确定）'

function groupNames(groups: readonly AppealGroup[]): string {
  return groups.map((group) => APPEAL_GROUP_NAMES[group]).join('、')
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
    const { groups, byHeaderText, uncertain } = transposedGroups(lines, from, values)
    const order = inTemplateOrder(groups, APPEAL_GROUPS)
      ? ''
      : `，各列依次为${groupNames(groups)}${byHeaderText ? BY_HEADER_TEXT : ''}`
    return {
      ids: rows.flatMap((result) => groups.map((group) => appealCellId(group, result))),
      description: `表格行列互换（每行为一种结果，每列为一组）${order}`,
      uncertain: why(uncertain),
    }
  }
  if (threeToALine(values)) return { ids: APPEAL_CELL_IDS, description: undefined, uncertain: ROWS_UNCERTAIN }
  const firstLine = values[0]?.line ?? from
  const byRows = groupOrder(lines, from, values)
  // A header above one row of fifteen numbers: the groups it prints left to right are the row's three
  // runs of five, left to right. Numbers over several lines (a row per group without labels, or a row
  // wrapped by copying) do not say where one group's five numbers end, so there the header is not taken.
  const oneRow = values.every((token) => token.line === firstLine)
  // The template's order needs no proof from the grid, so it is the header text's to contradict: a
  // two-level header merged into one line ("行政诉讼 行政复议 未经复议直接起诉 复议后起诉") has its groups'
  // cells in the template's order while 行政诉讼 stands first.
  const byRuns = byRows === undefined && !oneRow ? groupsByRuns(lines, from, values) : undefined
  const { groups, byHeaderText, uncertain } =
    byRuns !== undefined && !inTemplateOrder(byRuns, APPEAL_GROUPS)
      ? { groups: byRuns, byHeaderText: true, uncertain: false }
      : byRows === undefined || inTemplateOrder(byRows, APPEAL_GROUPS)
        ? groupsByHeaderText(lines, from, firstLine, oneRow)
        : proven(byRows)
  const columns = columnOrder(lines, from, firstLine) ?? APPEAL_COLUMNS
  const groupsAsTemplate = inTemplateOrder(groups, APPEAL_GROUPS)
  const columnsAsTemplate = inTemplateOrder(columns, APPEAL_COLUMNS)
  // The template's own ids, not equal copies: the cell record is built fastest from them.
  if (groupsAsTemplate && columnsAsTemplate)
    return { ids: APPEAL_CELL_IDS, description: undefined, uncertain: why(uncertain) }
  const parts: string[] = []
  if (!groupsAsTemplate) parts.push(`各组依次为${groupNames(groups)}${byHeaderText ? BY_HEADER_TEXT : ''}`)
  if (!columnsAsTemplate)
    parts.push(`各列依次为${columns.map((column) => APPEAL_COLUMN_NAMES[column]).join('、')}`)
  return {
    ids: groups.flatMap((group) => columns.map((column) => appealCellId(group, column))),
    description: parts.join('；'),
    uncertain: why(uncertain),
  }
}
