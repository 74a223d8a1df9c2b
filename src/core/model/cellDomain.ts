import { DECIMAL_CELL_IDS, SIGNED_CELL_IDS } from './ids'

/**
 * Why `value` cannot be cell `cellId`'s under R-E, or undefined: a count is a non-negative integer, money
 * is non-negative, only 2019's 本年增/减 may be negative. The reader never produces such a value; a
 * correction or a workspace file might.
 */
export function cellDomainProblem(cellId: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return '不是有效数字'
  if (value < 0 && !SIGNED_CELL_IDS.has(cellId)) return '不能为负数'
  if (!Number.isInteger(value) && !DECIMAL_CELL_IDS.has(cellId)) return '必须是整数'
  return undefined
}
