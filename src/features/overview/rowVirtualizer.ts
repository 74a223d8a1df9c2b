import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual'

/*
 * TanStack Virtual's hook returns fresh functions each render, which React Compiler memoisation would
 * freeze. OverviewTable opts out of compiler memoisation with 'use no memo' (FileList would need to too);
 * the react-hooks lint rule does not read that directive, hence this module boundary.
 */
export { useVirtualizer as useRowVirtualizer } from '@tanstack/react-virtual'

/**
 * The rows in view, plus one kept rendered wherever the view is scrolled: the grid's cursor row, so the
 * table never loses its tab stop and a focused cell is not unmounted under the user's focus.
 */
export function rangeKeeping(index: number | undefined): (range: Range) => number[] {
  return (range) => {
    const indexes = defaultRangeExtractor(range)
    if (index === undefined || index >= range.count || indexes.includes(index)) return indexes
    return [...indexes, index].sort((a, b) => a - b)
  }
}
