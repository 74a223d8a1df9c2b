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

/**
 * Whether every cell of `ids` is read and 0: most equations of most reports, whose message is then
 * the same for every report and built once (zeroCells).
 */
export function allZero(cells: Record<string, Cell>, ids: readonly string[]): boolean {
  for (const id of ids) if (cells[id]?.value !== 0) return false
  return true
}

/** The cells of `ids`, every one read as 0: the input the all-zero messages are built from. */
export function zeroCells(ids: readonly string[]): Record<string, Cell> {
  return Object.fromEntries(ids.map((id) => [id, { value: 0, source: { line: 0, column: 0, raw: '0' } }]))
}
