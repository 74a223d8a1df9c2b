/*
 * TanStack Virtual's hook returns fresh functions each render, which React Compiler memoisation would
 * freeze. OverviewTable opts out of compiler memoisation with 'use no memo' (FileList would need to too);
 * the react-hooks lint rule does not read that directive, hence this one-line module boundary.
 */
export { useVirtualizer as useRowVirtualizer } from '@tanstack/react-virtual'
