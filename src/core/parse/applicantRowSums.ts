/**
 * Which of a 表三 row's printed numbers is the sum of all the others: 总计's, wherever the columns put it.
 * Where the header cannot tell where 总计 stands (a copy that reads two ways, no header at all), only this
 * can show that a reading puts it elsewhere; it proves nothing where the sums hold both ways.
 */
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../model/ids'
import { tokenNumber } from './lineTokens'
import type { RowHit } from './rowTable'

/** A row read as cells: its numbers as printed, blanks as 0; undefined when a cell is no count. */
function printedNumbers(hit: RowHit): number[] | undefined {
  if (hit.values?.kind !== 'cells') return undefined
  const numbers: number[] = []
  for (const token of hit.values.tokens) {
    const number = tokenNumber(token)
    if (number === undefined) return undefined
    numbers.push(number)
  }
  return numbers
}

/** Where in `numbers` one stands that equals the sum of all the others. */
function sumPlaces(numbers: readonly number[]): number[] {
  const all = numbers.reduce((sum, value) => sum + value, 0)
  return numbers.flatMap((value, at) => (value * 2 === all ? [at] : []))
}

/** The rows read as cells with a number other than 0, as printed. */
export function nonZeroRows(hits: readonly RowHit[]): number[][] {
  return hits.flatMap((hit) => {
    const numbers = printedNumbers(hit)
    return numbers === undefined || numbers.every((value) => value === 0) ? [] : [numbers]
  })
}

/**
 * Which of two column orders (left to right) the rows' sums prove: the one under which 总计 is the sum of
 * the others in some row where the other's is not, and never the other way; undefined when none is.
 */
export function orderBySums(
  rows: readonly (readonly number[])[],
  orders: readonly [readonly ApplicantColumn[], readonly ApplicantColumn[]],
): 0 | 1 | undefined {
  const [first, second] = orders.map((order) => order.indexOf('total'))
  let onlyFirst = false
  let onlySecond = false
  for (const numbers of rows) {
    const places = sumPlaces(numbers)
    const holdsFirst = places.includes(first ?? -1)
    const holdsSecond = places.includes(second ?? -1)
    onlyFirst ||= holdsFirst && !holdsSecond
    onlySecond ||= holdsSecond && !holdsFirst
  }
  if (onlyFirst === onlySecond) return undefined
  return onlyFirst ? 0 : 1
}

/** Whether every row gives every column the same number in both orders (the orders need no choice). */
export function sameCells(
  rows: readonly (readonly number[])[],
  orders: readonly [readonly ApplicantColumn[], readonly ApplicantColumn[]],
): boolean {
  const [first, second] = orders
  return rows.every((numbers) =>
    APPLICANT_COLUMNS.every((column) => numbers[first.indexOf(column)] === numbers[second.indexOf(column)]),
  )
}

/**
 * Whether the rows prove the template's order wrong where no header tells it: the last place (总计's) is the
 * sum of the others in no row with a number, while another place is in every such row.
 */
export function totalElsewhere(rows: readonly (readonly number[])[]): boolean {
  const last = APPLICANT_COLUMNS.length - 1
  let common: number[] | undefined
  for (const numbers of rows) {
    if (numbers.length !== APPLICANT_COLUMNS.length) return false
    const places = sumPlaces(numbers)
    if (places.includes(last)) return false
    common = common === undefined ? places : common.filter((place) => places.includes(place))
  }
  return common !== undefined && common.length > 0
}
