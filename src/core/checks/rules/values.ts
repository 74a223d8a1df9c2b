import type { Cell } from '../../model/report'

/** The values of these cells, or undefined when any is missing (an unread cell is never taken as 0). */
export function valuesOf(cells: Record<string, Cell>, ids: readonly string[]): number[] | undefined {
  const values: number[] = []
  for (const id of ids) {
    const cell = cells[id]
    if (cell === undefined) return undefined
    values.push(cell.value)
  }
  return values
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
