/** Room for the X axis and the legend above the bars. */
const AXES_AND_LEGEND_HEIGHT = 72

/**
 * Pixels per agency: 32 (a label of two lines) for one bar or a stack, more for grouped bars so each bar
 * stays visible.
 */
export function rowHeight(seriesCount: number, stacked: boolean): number {
  return stacked || seriesCount <= 1 ? 32 : Math.max(32, 12 + 9 * seriesCount)
}

/** The chart grows with the number of agencies so 30 names stay legible. */
export function chartHeight(rows: number, seriesCount: number, stacked: boolean): number {
  return Math.max(140, rows * rowHeight(seriesCount, stacked) + AXES_AND_LEGEND_HEIGHT)
}
