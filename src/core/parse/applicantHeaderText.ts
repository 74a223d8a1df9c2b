/**
 * The order of 表三's applicant columns as the header's text gives it, for when neither a grid nor the page
 * proves where each column's numbers stand (a tab header shifted against its numbers by copying, markdown,
 * text without tabs). Across lines the header's cells say nothing, but within one line they come in the
 * order they are printed, left to right, level by level: the header has three rows (申请人情况 beside 总计,
 * which spans all three, as published reports print it; 自然人 beside 法人或其他组织; the five organisations),
 * and a copy may merge them into one line, where a lower level's cells follow the upper level's whatever
 * the columns' order. So on a line with the cell 申请人情况 that cell stands for the six columns under it
 * against 总计, and on a line with 法人或其他组织 that cell stands for its five against 自然人 (and 总计); cells
 * of different levels are not compared directly. The blank 2021 template instead spans 申请人情况 over 总计
 * too, putting 总计 on the second row: a copy of it that merges the first two rows and prints 总计 before
 * 自然人 reads as the template's order, and only R-B (总计 against the sum of the six) shows it.
 */
import { BoundedCache } from '../boundedCache'
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../model/ids'
import { lineCells } from '../model/lineCells'
import type { SourceLine } from '../model/report'
import { headerNamesIn, NAMING_CHARACTER } from './applicantNames'
import type { DocumentLines } from './documentLines'

/** What the header's text says about the order of the applicant columns. */
export type ApplicantHeaderText =
  /** Nothing on the header contradicts the template's order (it may also say nothing at all). */
  | { kind: 'template' }
  /** The one order that fits every header line: not the template's. */
  | { kind: 'other'; order: readonly ApplicantColumn[] }
  /** A header line names columns in another order than the template's, but no single order fits them all. */
  | { kind: 'unclear' }

const TEMPLATE: ApplicantHeaderText = { kind: 'template' }

/** One column (its index in APPLICANT_COLUMNS) printed before another on a header line. */
type Precedence = readonly [number, number]

const ORGANISATION_COLUMNS: ReadonlySet<number> = new Set(
  (['commercial', 'research', 'nonprofit', 'legal', 'other'] as const).map((column) =>
    APPLICANT_COLUMNS.indexOf(column),
  ),
)
const TOTAL = APPLICANT_COLUMNS.indexOf('total')

const byIndex = (at: number) => at
const SPACES = /\s+/

/** A line's cells; a line without any (text copied from a page) prints its cells apart by spaces. */
function cellsOf(line: SourceLine): readonly string[] {
  const cells = lineCells(line)
  return cells.length === 1 ? (cells[0] ?? '').trim().split(SPACES) : cells
}

function precedencesIn(cells: readonly string[]): Precedence[] {
  const { columns: at, applicants, organisations } = headerNamesIn(cells, byIndex)
  /** Where `column` stands against `other` on this line: at its own cell, or at the group cell over it. */
  const placeOf = (column: number, other: number) => {
    if (applicants >= 0 && column !== TOTAL && other === TOTAL) return applicants
    if (organisations >= 0 && ORGANISATION_COLUMNS.has(column) && !ORGANISATION_COLUMNS.has(other))
      return organisations
    return at[column] ?? -1
  }
  const precedences: Precedence[] = []
  for (let a = 0; a < APPLICANT_COLUMNS.length; a++)
    for (let b = a + 1; b < APPLICANT_COLUMNS.length; b++) {
      const atA = placeOf(a, b)
      const atB = placeOf(b, a)
      if (atA >= 0 && atB >= 0 && atA !== atB) precedences.push(atA < atB ? [a, b] : [b, a])
    }
  return precedences
}

/** Header lines repeat the template's wording in every report of a batch: each text is read once. */
const PRECEDENCES_BY_TEXT = new BoundedCache<string, readonly Precedence[]>()

function precedencesOf(line: SourceLine): readonly Precedence[] {
  if (line.cells === undefined)
    return PRECEDENCES_BY_TEXT.get(line.text, (text) => precedencesIn(cellsOf({ text })))
  return precedencesIn(cellsOf(line))
}

/** The columns in the one order every precedence allows, or undefined when none or several do. */
function onlyOrder(precedences: readonly Precedence[]): ApplicantColumn[] | undefined {
  const before = APPLICANT_COLUMNS.map(() => new Set<number>())
  for (const [first, second] of precedences) before[second]?.add(first)
  const order: ApplicantColumn[] = []
  const placed = new Set<number>()
  while (order.length < APPLICANT_COLUMNS.length) {
    const ready: number[] = []
    for (let index = 0; index < APPLICANT_COLUMNS.length; index++)
      if (!placed.has(index) && [...(before[index] ?? [])].every((first) => placed.has(first)))
        ready.push(index)
    const [next] = ready
    if (ready.length !== 1 || next === undefined) return undefined
    placed.add(next)
    order.push(APPLICANT_COLUMNS[next] ?? 'total')
  }
  return order
}

/** The applicant column order the header lines from `from` up to (not including) `to` print. */
export function applicantHeaderText(lines: DocumentLines, from: number, to: number): ApplicantHeaderText {
  const seen: Precedence[] = []
  for (let index = Math.max(0, from); index < to; index++) {
    const line = lines.document.lines[index]
    if (line !== undefined && NAMING_CHARACTER.test(line.text)) seen.push(...precedencesOf(line))
  }
  if (seen.every(([first, second]) => first < second)) return TEMPLATE
  const order = onlyOrder(seen)
  return order === undefined ? { kind: 'unclear' } : { kind: 'other', order }
}
