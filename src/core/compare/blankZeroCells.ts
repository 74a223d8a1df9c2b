import type { Report } from '../model/report'

const CELLS = new WeakMap<Report, ReadonlySet<string>>()

/** The cells the report left blank ("", "/", "—", "无") and the reader counted as 0, as its notice lists them. */
export function blankZeroCells(report: Report): ReadonlySet<string> {
  let cells = CELLS.get(report)
  if (cells === undefined) {
    cells = new Set(
      report.notices
        .filter((notice) => notice.code === 'blank-as-zero')
        .flatMap((notice) => notice.cellIds ?? []),
    )
    CELLS.set(report, cells)
  }
  return cells
}
