import { isUserValue } from '../corrections'
import type { Notice, Report } from '../model/report'

/** By the notices array: a report and every copy of it made for corrections share it. */
const CELLS = new WeakMap<readonly Notice[], ReadonlySet<string>>()

/** The cells the report left blank ("", "/", "—", "无") and the reader counted as 0, as its notice lists them. */
export function blankZeroCells(report: Pick<Report, 'notices'>): ReadonlySet<string> {
  let cells = CELLS.get(report.notices)
  if (cells === undefined) {
    cells = new Set(
      report.notices
        .filter((notice) => notice.code === 'blank-as-zero')
        .flatMap((notice) => notice.cellIds ?? []),
    )
    CELLS.set(report.notices, cells)
  }
  return cells
}

/** A value the reader counted as 0 from a blank cell, not a 0 the report wrote (and not since corrected). */
export function isBlankZero(report: Pick<Report, 'cells' | 'notices'>, cellId: string): boolean {
  return !isUserValue(report.cells[cellId]) && blankZeroCells(report).has(cellId)
}
