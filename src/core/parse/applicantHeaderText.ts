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
 * too, putting 总计 on the second row: a copy of it that merges the first two rows and prints 总计 first
 * gives the very line the published header gives with 总计 last, so such a line reads both ways and the
 * caller lets the rows' sums decide (applicantRowSums.ts); 总计 after a second row's cell stands under
 * 申请人情况 in its own place.
 */
import { BoundedCache } from '../boundedCache'
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../model/ids'
import type { SourceLine } from '../model/report'
import { headerCells, headerNamesIn, NAMING_CHARACTER } from './applicantNames'
import type { DocumentLines } from './documentLines'

/** What the header's text says about the order of the applicant columns. */
export type ApplicantHeaderText =
  /** Nothing on the header contradicts the template's order (it may also say nothing at all). */
  | { kind: 'template' }
  /** The one order that fits every header line: not the template's. */
  | { kind: 'other'; order: readonly ApplicantColumn[] }
  /** A header line names columns in another order than the template's, but no single order fits them all. */
  | { kind: 'unclear' }

/**
 * What the header's text says, or, when a merged line reads two ways (申请人情况 总计 自然人 …: 总计 beside
 * 申请人情况 and last, or under it and first), what each reading says, the published layout's first.
 */
export type ApplicantHeaderReading =
  ApplicantHeaderText | { kind: 'either'; readings: readonly [ApplicantHeaderText, ApplicantHeaderText] }

const TEMPLATE: ApplicantHeaderText = { kind: 'template' }

/** One column (its index in APPLICANT_COLUMNS) printed before another on a header line. */
type Precedence = readonly [number, number]

/**
 * What a line says of the columns' order with 总计 beside 申请人情况 (`beside`, the published reports' header)
 * and with 总计 under it (`under`, the blank 2021 template's): the same list when the line reads one way.
 */
interface LinePrecedences {
  beside: readonly Precedence[]
  under: readonly Precedence[]
  /** The columns the line names (their indexes in APPLICANT_COLUMNS). */
  named: readonly number[]
}

const ORGANISATION_COLUMNS: ReadonlySet<number> = new Set(
  (['commercial', 'research', 'nonprofit', 'legal', 'other'] as const).map((column) =>
    APPLICANT_COLUMNS.indexOf(column),
  ),
)
const NATURAL = APPLICANT_COLUMNS.indexOf('natural')
const TOTAL = APPLICANT_COLUMNS.indexOf('total')

const byIndex = (at: number) => at

function precedencesIn(cells: readonly string[]): LinePrecedences {
  const { columns: at, applicants, organisations } = headerNamesIn(cells, byIndex)
  const total = at[TOTAL] ?? -1
  /**
   * Where `column` stands against `other` on this line: at its own cell, or at the group cell over it;
   * with 总计 beside 申请人情况, at 申请人情况 against 总计.
   */
  const placeOf = (column: number, other: number, totalBeside: boolean) => {
    if (totalBeside && applicants >= 0 && column !== TOTAL && other === TOTAL) return applicants
    if (organisations >= 0 && ORGANISATION_COLUMNS.has(column) && !ORGANISATION_COLUMNS.has(other))
      return organisations
    return at[column] ?? -1
  }
  const precedences = (totalBeside: boolean) => {
    const found: Precedence[] = []
    for (let a = 0; a < APPLICANT_COLUMNS.length; a++)
      for (let b = a + 1; b < APPLICANT_COLUMNS.length; b++) {
        const atA = placeOf(a, b, totalBeside)
        const atB = placeOf(b, a, totalBeside)
        if (atA >= 0 && atB >= 0 && atA !== atB) found.push(atA < atB ? [a, b] : [b, a])
      }
    return found
  }
  const beside = precedences(true)
  const named = APPLICANT_COLUMNS.flatMap((_, index) => ((at[index] ?? -1) >= 0 ? [index] : []))
  if (applicants < 0 || total < applicants) return { beside, under: beside, named }
  // The cells of the header's lower rows after 申请人情况: 自然人, 法人或其他组织 and the five organisations.
  const lower = [at[NATURAL] ?? -1, organisations, ...[...ORGANISATION_COLUMNS].map((c) => at[c] ?? -1)]
  const afterApplicants = lower.filter((place) => place > applicants)
  // 总计 after a lower row's cell cannot stand beside 申请人情况 on the top row; with none after it, a
  // merged line reads both ways.
  if (afterApplicants.some((place) => place < total)) {
    const under = precedences(false)
    return { beside: under, under, named }
  }
  if (afterApplicants.length === 0) return { beside, under: beside, named }
  return { beside, under: precedences(false), named }
}

/** Header lines repeat the template's wording in every report of a batch: each text is read once. */
const PRECEDENCES_BY_TEXT = new BoundedCache<string, LinePrecedences>()

function precedencesOf(line: SourceLine): LinePrecedences {
  if (line.cells === undefined)
    return PRECEDENCES_BY_TEXT.get(line.text, (text) => precedencesIn(headerCells({ text })))
  return precedencesIn(headerCells(line))
}

/** The columns of `columns` in the one order every precedence allows, or undefined when none or several do. */
function onlyOrder(
  precedences: readonly Precedence[],
  columns: readonly ApplicantColumn[],
): ApplicantColumn[] | undefined {
  const indexes = columns.map((column) => APPLICANT_COLUMNS.indexOf(column))
  const before = APPLICANT_COLUMNS.map(() => new Set<number>())
  for (const [first, second] of precedences) before[second]?.add(first)
  const order: ApplicantColumn[] = []
  const placed = new Set<number>()
  while (order.length < indexes.length) {
    const ready = indexes.filter(
      (index) => !placed.has(index) && [...(before[index] ?? [])].every((first) => placed.has(first)),
    )
    const [next] = ready
    if (ready.length !== 1 || next === undefined) return undefined
    placed.add(next)
    order.push(APPLICANT_COLUMNS[next] ?? 'total')
  }
  return order
}

/** What precedences seen on the header lines say of the order of `columns`. */
function headerText(seen: readonly Precedence[], columns: readonly ApplicantColumn[]): ApplicantHeaderText {
  if (seen.every(([first, second]) => first < second)) return TEMPLATE
  const order = onlyOrder(seen, columns)
  return order === undefined ? { kind: 'unclear' } : { kind: 'other', order }
}

const sameText = (a: ApplicantHeaderText, b: ApplicantHeaderText) =>
  a.kind === b.kind && (a.kind !== 'other' || b.kind !== 'other' || a.order.join() === b.order.join())

/**
 * The order of `columns` (all seven unless the table leaves one out) the header lines from `from` up to
 * (not including) `to` print.
 */
export function applicantHeaderText(
  lines: DocumentLines,
  from: number,
  to: number,
  columns: readonly ApplicantColumn[] = APPLICANT_COLUMNS,
): ApplicantHeaderReading {
  const present = new Set(columns.map((column) => APPLICANT_COLUMNS.indexOf(column)))
  const beside: Precedence[] = []
  const under: Precedence[] = []
  let twoWays = false
  const among = (precedence: Precedence) => present.has(precedence[0]) && present.has(precedence[1])
  for (let index = Math.max(0, from); index < to; index++) {
    const line = lines.document.lines[index]
    if (line === undefined || !NAMING_CHARACTER.test(line.text)) continue
    const found = precedencesOf(line)
    beside.push(...found.beside.filter(among))
    under.push(...found.under.filter(among))
    twoWays ||= found.beside !== found.under
  }
  const besideText = headerText(beside, columns)
  if (!twoWays) return besideText
  const underText = headerText(under, columns)
  return sameText(besideText, underText) ? besideText : { kind: 'either', readings: [besideText, underText] }
}

/** The applicant columns the header lines from `from` up to (not including) `to` name. */
export function applicantColumnsNamed(lines: DocumentLines, from: number, to: number): Set<ApplicantColumn> {
  const named = new Set<ApplicantColumn>()
  for (let index = Math.max(0, from); index < to; index++) {
    const line = lines.document.lines[index]
    if (line === undefined || !NAMING_CHARACTER.test(line.text)) continue
    for (const at of precedencesOf(line).named) named.add(APPLICANT_COLUMNS[at] ?? 'total')
  }
  return named
}
