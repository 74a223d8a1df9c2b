/** Room for the X axis and a one-line legend above the bars. */
const AXES_AND_LEGEND_HEIGHT = 72
/** The legend's height on one line; a legend that wraps (a narrow screen) makes the chart taller. */
export const LEGEND_HEIGHT = 28

/**
 * Pixels per agency: 32 (a label of two lines) for one bar or a stack, more for grouped bars so each bar
 * stays visible.
 */
export function rowHeight(seriesCount: number, stacked: boolean): number {
  return stacked || seriesCount <= 1 ? 32 : Math.max(32, 12 + 9 * seriesCount)
}

/**
 * The chart grows with the number of agencies so 30 names stay legible, and with a legend that wrapped
 * past one line, so the bars keep their room under it.
 */
export function chartHeight(
  rows: number,
  seriesCount: number,
  stacked: boolean,
  legendHeight: number = LEGEND_HEIGHT,
): number {
  const bars = Math.max(140, rows * rowHeight(seriesCount, stacked) + AXES_AND_LEGEND_HEIGHT)
  return bars + Math.max(0, legendHeight - LEGEND_HEIGHT)
}

/** Below this chart width (a phone) the agency names take a narrower column, so the bars keep room. */
const NARROW_CHART_WIDTH = 480

export interface AgencyAxis {
  /** Pixels of the Y axis that holds the agency names. */
  width: number
  /** Characters of a 12 px CJK name per line (AgencyTick writes up to two lines). */
  lineChars: number
}

/** The agency column for a chart this wide; an unknown width (not measured yet) gets the desktop one. */
export function agencyAxis(chartWidth: number | undefined): AgencyAxis {
  return chartWidth !== undefined && chartWidth < NARROW_CHART_WIDTH
    ? { width: 96, lineChars: 7 }
    : { width: 170, lineChars: 13 }
}
