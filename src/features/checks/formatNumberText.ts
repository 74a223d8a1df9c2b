import { formatCount, formatDecimal } from '../format/formatNumber'

/** A side of an equation: a count as the tables write it, or a money sum with its decimals. */
export function formatNumberText(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatDecimal(value)
}
