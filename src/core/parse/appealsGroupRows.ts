/**
 * 表四 drawn with a row per group whose rows include one that is no group: a 合计 or 总计 row, or 行政诉讼's
 * subtotal over its two groups ("行政诉讼 | 3 3 3 3 11" above "其中：未经复议直接起诉" and "复议后起诉"). Read in
 * order, the first fifteen numbers took that row for a group's and every group after it one row off, and
 * R-D, which such a row satisfies too, never told. Here each group's five numbers are the row naming it.
 */
import { APPEAL_COLUMNS, APPEAL_GROUPS, type AppealGroup } from '../model/ids'
import { groupNamed } from './appealsNames'
import type { DocumentLines } from './documentLines'
import { fitValues, type ValueToken } from './lineTokens'

interface GroupRow {
  line: number
  label: string
  values: readonly ValueToken[]
  group: AppealGroup | undefined
}

export type GroupRowsReading =
  /** Not a table of labelled rows of five with a row that names no group: read 表四 the usual way. */
  | { kind: 'other' }
  /** The fifteen values, each group's five in the template's group order, and the rows left out. */
  | { kind: 'read'; values: ValueToken[]; skipped: readonly string[]; line: number }
  /** Such a table, but a group is named by no row or by several: which five numbers are its is unknown. */
  | { kind: 'uncertain'; values: ValueToken[]; line: number }

const OTHER: GroupRowsReading = { kind: 'other' }

/**
 * The labelled rows of five numbers from `from` on: every line with numbers up to `ends` must be one, else
 * the table is of another layout (the rows end at the first line with numbers that is not one, once found).
 */
function rowsOfFive(lines: DocumentLines, from: number, ends: (index: number) => boolean): GroupRow[] {
  const rows: GroupRow[] = []
  for (let index = from; index < lines.count && !ends(index); index++) {
    const tokens = lines.tokens(index)
    if (tokens.numberCount === 0) continue
    const values = fitValues(tokens.values, APPEAL_COLUMNS.length)
    if (values.length !== APPEAL_COLUMNS.length || tokens.label === '') return rows
    // By its label alone: in text without cell boundaries the line's one cell holds its numbers too.
    rows.push({ line: index, label: tokens.label, values, group: groupNamed(tokens.label) })
  }
  return rows
}

/** 表四 from `from` as labelled rows of five, when one of those rows names no group; `ends` ends the table. */
export function readGroupRows(
  lines: DocumentLines,
  from: number,
  ends: (index: number) => boolean,
): GroupRowsReading {
  const rows = rowsOfFive(lines, from, ends)
  const foreign = rows.filter((row) => row.group === undefined)
  // A row more than there are groups: with three rows, one naming no group is a label written otherwise.
  if (rows.length <= APPEAL_GROUPS.length || foreign.length === 0) return OTHER
  const line = rows[0]?.line ?? from
  const named = APPEAL_GROUPS.map((group) => rows.filter((row) => row.group === group))
  if (named.some((found) => found.length !== 1))
    return { kind: 'uncertain', values: rows.flatMap((row) => row.values), line }
  return {
    kind: 'read',
    values: named.flatMap((found) => found[0]?.values ?? []),
    skipped: foreign.map((row) => row.label),
    line,
  }
}
