import type { Cell } from '../../model/report'

/** The sum of the first `count` cells of `ids`, or undefined when any of them is missing. */
export function sumOf(
  cells: Record<string, Cell>,
  ids: readonly string[],
  count: number,
): number | undefined {
  let total = 0
  for (let i = 0; i < count; i++) {
    const cell = cells[ids[i] ?? '']
    if (cell === undefined) return undefined
    total += cell.value
  }
  return total
}
