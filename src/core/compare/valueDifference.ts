/**
 * How the values in one place of the compared reports differ, so the comparison can mark the odd one out
 * instead of the whole row.
 *
 * The rule: only values vote (an unread cell or a row the report's template lacks has nothing to compare).
 * When more than half of the values are one number, the others differ from the majority and only they
 * are marked. Without a strict majority (two reports that differ, or 1/1/2/2 or 1/2/3) there is no
 * reference to differ from, so every value is marked. A plurality (2 of 5) is not a majority: "与多数报告
 * 不同" must be true as written.
 */
export type ValueDifference =
  /** Fewer than two distinct values: nothing to mark. */
  | { kind: 'same' }
  /** `count` of the `voters` values are `value`; the others are marked. */
  | { kind: 'majority'; value: number; count: number; voters: number }
  /** The values differ and none is held by more than half of the `voters`: every value is marked. */
  | { kind: 'no-majority'; voters: number }

export function valueDifference(values: readonly (number | undefined)[]): ValueDifference {
  const counts = new Map<number, number>()
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
  if (counts.size < 2) return { kind: 'same' }
  const voters = [...counts.values()].reduce((sum, count) => sum + count, 0)
  for (const [value, count] of counts)
    if (count * 2 > voters) return { kind: 'majority', value, count, voters }
  return { kind: 'no-majority', voters }
}

/** Whether a cell holding `value` is marked under `difference`; a cell without a value never is. */
export function isMarkedValue(difference: ValueDifference, value: number | undefined): boolean {
  if (value === undefined || difference.kind === 'same') return false
  return difference.kind === 'no-majority' || value !== difference.value
}
