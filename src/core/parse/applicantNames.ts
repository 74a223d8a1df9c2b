/**
 * Where a line of 表三's header names the applicant columns (自然人, 商业企业 … 其他, 总计) and the group cell
 * 法人或其他组织 over five of them. The order readers (applicantOrder.ts, applicantHeaderText.ts) decide what
 * those places prove.
 */
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../model/ids'
import { APPLICANT_COLUMN_NAMES } from '../model/labels'
import { lineCells } from '../model/lineCells'
import type { SourceLine } from '../model/report'
import { compactFast } from '../text/fastNormalize'

/** A character every applicant column name has: other cells are not compacted. */
export const NAMING_CHARACTER = /[人业构织他它计]/

/**
 * Names agencies give two columns instead of the template's: a header naming one of them so was taken for a
 * header naming six columns, all in the template's order, and a table with 其他组织 before 法律服务机构, or
 * 合计 first, was read in the template's order without a word.
 */
const OTHER_NAMES: readonly (readonly [string, ApplicantColumn])[] = [
  ['其他组织', 'other'],
  ['其它', 'other'],
  ['合计', 'total'],
]

const COLUMN_BY_NAME: ReadonlyMap<string, ApplicantColumn> = new Map([
  ...APPLICANT_COLUMNS.map((column) => [APPLICANT_COLUMN_NAMES[column], column] as const),
  ...OTHER_NAMES,
])

/** The header cell over the five columns of organisations. */
const ORGANISATIONS = '法人或其他组织'
/** The header cell over 自然人 and the organisations (总计 stands beside it, spanning its rows). */
const APPLICANTS = '申请人情况'

/** Every name a header cell may have: the columns' and the two group headings'. */
const HEADER_NAMES: ReadonlySet<string> = new Set([...COLUMN_BY_NAME.keys(), ORGANISATIONS, APPLICANTS])
/** The most pieces a name printed apart by spaces is taken from ("社会 公益 组织"). */
const MOST_PIECES = 4
/** A piece of a name printed apart: CJK text (names are joined only when the pieces make one). */
const NAME_PIECE = /[\u3400-\u9fff]/
const SPACES = /\s+/

/**
 * A line copied from a page prints a name wrapped in its cell apart by a space ("法人或其他 组织", "商业 企业"):
 * pieces that are no name themselves are joined with the ones after them when together they are one. The
 * shortest such join is taken, and only from a piece that names nothing ("其他 组织" stays 其他, a name, and a
 * piece 组织 that names nothing), so a name is never made of pieces that each are one.
 */
function joinedNames(pieces: readonly string[]): string[] {
  const joined: string[] = []
  const isName = (piece: string) => HEADER_NAMES.has(compactFast(piece))
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at] ?? ''
    let name: string | undefined
    if (NAME_PIECE.test(piece) && !isName(piece)) {
      let text = piece
      for (let next = at + 1; next < Math.min(pieces.length, at + MOST_PIECES); next++) {
        const more = pieces[next] ?? ''
        if (isName(more)) break
        text += more
        if (isName(text)) {
          name = text
          at = next
          break
        }
      }
    }
    joined.push(name ?? piece)
  }
  return joined
}

/**
 * A header line's cells; a line without any (text copied from a page) prints its cells apart by spaces, and
 * the names wrapped in their cells in pieces (see joinedNames).
 */
export function headerCells(line: SourceLine): readonly string[] {
  const cells = lineCells(line)
  return cells.length === 1 ? joinedNames((cells[0] ?? '').trim().split(SPACES)) : cells
}

/** Where a line names each applicant column (in APPLICANT_COLUMNS order), -1 where it does not. */
export type ColumnsAt = readonly number[]

/** What a header line names: its applicant columns, and the cells of the two group headings (-1: none). */
export interface HeaderNames {
  columns: ColumnsAt
  applicants: number
  organisations: number
}

/**
 * Each column's first cell on the line, as `columnOf` places it (its grid column, its index…), and the index
 * of the first 申请人情况 and 法人或其他组织 cell: one compacting per cell that may name any of them.
 */
export function headerNamesIn(cells: readonly string[], columnOf: (at: number) => number): HeaderNames {
  const columns = APPLICANT_COLUMNS.map(() => -1)
  let applicants = -1
  let organisations = -1
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] ?? ''
    if (!NAMING_CHARACTER.test(cell)) continue
    const text = compactFast(cell)
    if (text === APPLICANTS && applicants < 0) applicants = at
    if (text === ORGANISATIONS && organisations < 0) organisations = at
    const column = COLUMN_BY_NAME.get(text)
    const index = column === undefined ? -1 : APPLICANT_COLUMNS.indexOf(column)
    if (index >= 0 && columns[index] === -1) columns[index] = columnOf(at)
  }
  return { columns, applicants, organisations }
}

/** Each column's first cell on the line, as `columnOf` places it (see headerNamesIn). */
export function columnsIn(cells: readonly string[], columnOf: (at: number) => number): ColumnsAt {
  return headerNamesIn(cells, columnOf).columns
}
