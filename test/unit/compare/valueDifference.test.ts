import { describe, expect, it } from 'vitest'
import { isMarkedValue, valueDifference } from '../../../src/core/compare/valueDifference'

function marked(values: readonly (number | undefined)[]): boolean[] {
  const difference = valueDifference(values)
  return values.map((value) => isMarkedValue(difference, value))
}

describe('valueDifference', () => {
  it('marks nothing when every value is the same, or when fewer than two reports have one', () => {
    expect(valueDifference([0, 0, 0])).toEqual({ kind: 'same' })
    expect(valueDifference([5, undefined, undefined])).toEqual({ kind: 'same' })
    expect(marked([4, 4, undefined])).toEqual([false, false, false])
  })

  it('with two reports that differ, marks both: neither is a majority', () => {
    expect(valueDifference([67, 0])).toEqual({ kind: 'no-majority', voters: 2 })
    expect(marked([67, 0])).toEqual([true, true])
  })

  it('with a strict majority, marks only the values that differ from it', () => {
    expect(valueDifference([0, 0, 2, 0, 0, 0])).toEqual({ kind: 'majority', value: 0, count: 5, voters: 6 })
    expect(marked([0, 0, 2, 0, 0, 0])).toEqual([false, false, true, false, false, false])
    expect(marked([3, 1, 3])).toEqual([false, true, false])
  })

  it('a plurality is not a majority: 2 of 5 sharing a value marks every value', () => {
    expect(valueDifference([0, 0, 1, 2, 3])).toEqual({ kind: 'no-majority', voters: 5 })
    expect(marked([0, 0, 1, 2, 3])).toEqual([true, true, true, true, true])
    expect(marked([1, 1, 2, 2])).toEqual([true, true, true, true])
  })

  it('a cell without a value neither votes nor is marked', () => {
    // 0 holds 2 of the 3 values read: a majority, though not of the four reports.
    expect(valueDifference([0, undefined, 0, 7])).toEqual({ kind: 'majority', value: 0, count: 2, voters: 3 })
    expect(marked([0, undefined, 0, 7])).toEqual([false, false, false, true])
  })
})
