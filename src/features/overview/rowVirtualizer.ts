/*
 * TanStack Virtual's hook returns fresh functions each render, which React Compiler memoisation would
 * freeze. Its only caller, OverviewTable, opts out of compiler memoisation with 'use no memo'; the
 * react-hooks lint rule does not read that directive, hence this one-line module boundary.
 */
export { useVirtualizer as useRowVirtualizer } from '@tanstack/react-virtual'
