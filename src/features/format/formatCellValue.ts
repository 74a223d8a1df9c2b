import { DECIMAL_CELL_IDS } from '../../core/model/ids'
import { formatCount, formatDecimal } from './formatNumber'

/** A cell's value as the tables write it: money with every decimal, counts grouped. */
export function formatCellValue(cellId: string, value: number): string {
  return DECIMAL_CELL_IDS.has(cellId) ? formatDecimal(value) : formatCount(value)
}
