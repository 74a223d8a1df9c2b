/**
 * 表三 drawn with six applicant columns, 总计 or 自然人 left out. Read as seven cells, each row's six numbers
 * stood under the template's last six columns (a merged label cell's blank taken for the first), or the row
 * was left unread: either way no notice said a column was missing. Six numbers in every row with numbers
 * are read under the six columns the header names, in its order, and the column it leaves out is named in
 * one notice, never read as 0; where no header names six columns, 表三 is left unread.
 */
import { APPLICANT_COLUMNS, applicationCellId, type ApplicantColumn, type ApplicationRow } from '../model/ids'
import { APPLICANT_COLUMN_NAMES } from '../model/labels'
import { applicantHeaderText } from './applicantHeaderText'
import { cellIdsInOrder, orderOf } from './applicantOrder'
import type { CellSink } from './cellSink'
import type { DocumentLines } from './documentLines'
import type { RowSpec } from './rowSpec'
import type { RowHit } from './rowTable'

const SIX = APPLICANT_COLUMNS.length - 1

/**
 * Whether every row with a number has six, side by side: a table one column short. A blank between two
 * numbers is a seventh cell (a column written "/" in every row); blanks before the first number may be
 * a merged label cell's. Counted without allocating: it runs for every report.
 */
export function sixNumbersARow(hits: readonly RowHit[]): boolean {
  let rows = 0
  for (const hit of hits) {
    let numbers = 0
    let blanksAfterNumber = 0
    let blanksInside = 0
    for (const token of hit.found) {
      if (!token.blank) {
        numbers++
        blanksInside = blanksAfterNumber
      } else if (numbers > 0) blanksAfterNumber++
    }
    if (numbers === 0) continue
    if (numbers !== SIX || blanksInside > 0) return false
    rows++
  }
  return rows > 0
}

/**
 * The six columns the header lines from `from` up to (not including) `to` name (`named`, what
 * applicantColumnsNamed found there), in the header's order; undefined when they name another number of
 * columns or no single order of them.
 */
export function sixColumnOrder(
  lines: DocumentLines,
  from: number,
  to: number,
  named: ReadonlySet<ApplicantColumn>,
): readonly ApplicantColumn[] | undefined {
  if (named.size !== SIX) return undefined
  const present = APPLICANT_COLUMNS.filter((column) => named.has(column))
  return orderOf(applicantHeaderText(lines, from, to, present), present)
}

/** 表三's row specs with the cells of `order`'s columns, in that order. */
export function specsWithColumns(specs: readonly RowSpec[], order: readonly ApplicantColumn[]): RowSpec[] {
  return specs.map((spec) => ({ ...spec, cellIds: cellIdsInOrder(spec.cellIds, order) }))
}

/** The one notice naming the cells of the column the table leaves out, in every row read. */
export function noteAbsentColumn(
  order: readonly ApplicantColumn[],
  hits: readonly RowHit[],
  line: number,
  sink: CellSink,
): void {
  const absent = APPLICANT_COLUMNS.find((column) => !order.includes(column))
  if (absent === undefined) return
  const name = APPLICANT_COLUMN_NAMES[absent]
  sink.notice({
    code: 'cell-unread',
    message: `表三：各行只有六个数值，表头没有“${name}”列，已按表头所列六列读取；各行“${name}”未填入（不按 0 计）`,
    cellIds: hits.map((hit) => applicationCellId(hit.spec.key as ApplicationRow, absent)),
    line,
  })
}

/**
 * Six numbers a row but no header naming six columns: whose the numbers are cannot be told. The notices of
 * the rows' values are taken back (since `mark`) for one naming every cell; the others are kept.
 */
export function leaveSixUnread(hits: readonly RowHit[], line: number, mark: number, sink: CellSink): void {
  const kept = sink.notices.slice(mark).filter((notice) => notice.code !== 'cell-unread')
  sink.takeBackNotices(mark)
  for (const notice of kept) sink.notice(notice)
  sink.notice({
    code: 'ambiguous',
    message:
      '表三：各行只有六个数值（模板为七列），表头没有说明是哪六列，无法确定各数值属于哪一列，各行均未填入，请核对原文后补录',
    cellIds: hits.flatMap((hit) => hit.spec.cellIds),
    line,
  })
}
