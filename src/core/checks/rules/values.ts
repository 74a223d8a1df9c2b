/**
 * The cells R-A..R-D read, looked up once per report. The rules evaluate some 45 equations over about 400
 * cell references; reading each value from the report's 200-key record every time was most of their cost.
 */
import { APPEAL_CELL_IDS, APPLICANT_COLUMNS, applicationCellId, applicationRows } from '../../model/ids'
import type { Cell } from '../../model/report'
import type { ReadCells } from '../../parse/cellSink'

/** Every cell the equations use, in a fixed order: 表三 with both （六） variants, then 表四. */
const CHECKED_IDS: readonly string[] = [
  ...[...new Set([...applicationRows('three-rows'), ...applicationRows('one-row')])].flatMap((row) =>
    APPLICANT_COLUMNS.map((column) => applicationCellId(row, column)),
  ),
  ...APPEAL_CELL_IDS,
]

const INDEX = new Map(CHECKED_IDS.map((id, index) => [id, index]))

/** Where a checked cell's value is in the array readValues gives. */
export function valueIndex(id: string): number {
  const index = INDEX.get(id)
  if (index === undefined) throw new Error(`no checked cell ${id}`)
  return index
}

/** The value of every checked cell, by valueIndex; undefined where the cell was not read. */
export type CheckedValues = readonly (number | undefined)[]

/** Per cell layout, where each checked cell is in it (-1: not there). */
const POSITIONS = new WeakMap<readonly string[], Int32Array>()

function positionsIn(layout: readonly string[]): Int32Array {
  let positions = POSITIONS.get(layout)
  if (positions === undefined) {
    const at = new Map(layout.map((id, index) => [id, index]))
    positions = Int32Array.from(CHECKED_IDS, (id) => at.get(id) ?? -1)
    POSITIONS.set(layout, positions)
  }
  return positions
}

/**
 * The checked values of a report. `read`, when the reader gives it, holds the cells in read order; when
 * they are exactly a layout's, each value is taken by position instead of looked up in the record.
 */
export function readValues(cells: Record<string, Cell>, read?: ReadCells): CheckedValues {
  const values = new Array<number | undefined>(CHECKED_IDS.length)
  if (read?.layout !== undefined) {
    const positions = positionsIn(read.layout)
    for (let i = 0; i < CHECKED_IDS.length; i++) {
      const position = positions[i] ?? -1
      values[i] = position < 0 ? undefined : read.values[position]
    }
    return values
  }
  for (let i = 0; i < CHECKED_IDS.length; i++) values[i] = cells[CHECKED_IDS[i] ?? '']?.value
  return values
}

/** Every checked cell read as 0: the input the all-zero messages are built from. */
export const ZERO_VALUES: CheckedValues = CHECKED_IDS.map(() => 0)

/** The sum of the first `count` values at `indexes`, or undefined when any of them is missing. */
export function sumOf(values: CheckedValues, indexes: readonly number[], count: number): number | undefined {
  let total = 0
  for (let i = 0; i < count; i++) {
    const value = values[indexes[i] ?? -1]
    if (value === undefined) return undefined
    total += value
  }
  return total
}

/**
 * Whether every value at `indexes` is read and 0: most equations of most reports, whose message is then
 * the same for every report and built once.
 */
export function allZero(values: CheckedValues, indexes: readonly number[]): boolean {
  for (const index of indexes) if (values[index] !== 0) return false
  return true
}

/** The value at `index`, 0 where unread (only for messages of equations whose cells are all read). */
export function valueAt(values: CheckedValues, index: number | undefined): number {
  return values[index ?? -1] ?? 0
}
