/**
 * User corrections of cells. A correction never overwrites what the report said: the cell keeps
 * `corrected.original`, the log keeps every step {old, new, at}, and every change re-runs the checks.
 * The time is passed in (core never reads the clock). Reports are never mutated.
 */
import { cellDomainProblem } from './model/cellDomain'
import type { Cell, Report } from './model/report'
import { runChecks } from './checks/runChecks'
import { describeCell } from './model/labels'

export interface Correction {
  reportId: string
  cellId: string
  /** The value before this correction; null when the cell had not been read at all. */
  old: number | null
  new: number
  /** ISO 8601 time, supplied by the caller. */
  at: string
}

export type CorrectionErrorCode =
  'not-a-number' | 'out-of-domain' | 'unchanged' | 'not-latest' | 'unknown-cell'

export interface CorrectionError {
  code: CorrectionErrorCode
  /** Chinese, for the user. */
  message: string
}

export type CorrectionOutcome =
  { ok: true; report: Report; correction: Correction } | { ok: false; error: CorrectionError }

export type UndoOutcome = { ok: true; report: Report } | { ok: false; error: CorrectionError }

/** Where a user-typed value for an unread cell points: no line of the document. */
export const ENTERED_SOURCE = { line: -1, column: -1, raw: '' } as const

const CELL_ID = /^(proactive|applications|appeals)\.[A-Za-z.]+$/u

function fail(code: CorrectionErrorCode, message: string): { ok: false; error: CorrectionError } {
  return { ok: false, error: { code, message } }
}

function withCell(report: Report, cellId: string, cell: Cell | undefined): Report {
  const cells = { ...report.cells }
  if (cell === undefined) delete cells[cellId]
  else cells[cellId] = cell
  const next = { ...report, cells }
  return { ...next, checks: runChecks(next) }
}

/**
 * Sets one cell to the user's value. A cell the reader could not fill may be entered too (old null,
 * marked `entered`). Refuses values outside the cell's domain, since a check could not then explain them.
 */
export function applyCorrection(
  reportId: string,
  report: Report,
  cellId: string,
  value: number,
  at: string,
): CorrectionOutcome {
  if (!CELL_ID.test(cellId)) return fail('unknown-cell', `未知的单元格：${cellId}`)
  if (!Number.isFinite(value)) return fail('not-a-number', '请输入数字')
  const problem = cellDomainProblem(cellId, value)
  if (problem !== undefined) return fail('out-of-domain', `${describeCell(cellId)}${problem}`)
  const cell = report.cells[cellId]
  if (cell?.value === value) return fail('unchanged', '新数值与当前数值相同')
  const correction: Correction = { reportId, cellId, old: cell?.value ?? null, new: value, at }
  const next: Cell =
    cell === undefined
      ? { value, source: { ...ENTERED_SOURCE }, entered: { at } }
      : cell.entered !== undefined
        ? { ...cell, value, entered: { at } }
        : { ...cell, value, corrected: { original: cell.corrected?.original ?? cell.value, at } }
  if (next.corrected !== undefined && next.corrected.original === value) delete next.corrected
  return { ok: true, report: withCell(report, cellId, next), correction }
}

/**
 * Undoes one correction. Only the latest correction of a cell can be undone (earlier ones are
 * undone in order), so the value restored is always the one the user saw before. `log` is the
 * correction list of the workspace, oldest first; the returned log is the caller's job to shorten.
 */
export function undoCorrection(
  report: Report,
  correction: Correction,
  log: readonly Correction[],
): UndoOutcome {
  const sameCell = log.filter((c) => c.reportId === correction.reportId && c.cellId === correction.cellId)
  const index = sameCell.lastIndexOf(correction)
  if (index < 0 || index !== sameCell.length - 1)
    return fail('not-latest', `请先撤销${describeCell(correction.cellId)}之后的更正`)
  const cell = report.cells[correction.cellId]
  if (cell === undefined || cell.value !== correction.new)
    return fail('not-latest', `${describeCell(correction.cellId)}的当前数值与该更正不符`)
  if (correction.old === null) return { ok: true, report: withCell(report, correction.cellId, undefined) }
  const earlier = sameCell[index - 1]
  const restored: Cell = { ...cell, value: correction.old }
  if (restored.entered !== undefined) restored.entered = { at: earlier?.at ?? restored.entered.at }
  else if (restored.corrected !== undefined) {
    if (restored.corrected.original === correction.old) delete restored.corrected
    else
      restored.corrected = { original: restored.corrected.original, at: earlier?.at ?? restored.corrected.at }
  }
  return { ok: true, report: withCell(report, correction.cellId, restored) }
}

/** Whether the user changed or entered this cell: tables, tooltips and exports mark it "已更正". */
export function isUserValue(cell: Cell | undefined): boolean {
  return cell?.corrected !== undefined || cell?.entered !== undefined
}
