import { isBlankZero } from '../../core/compare/blankZeroCells'
import type { ComparedCell, ComparisonGrid, ComparisonRow } from '../../core/compare/comparisonGrid'
import { fileDistinctions } from '../../core/compare/fileDistinctions'
import { identityChanged, identityCorrectedTexts } from '../../core/identity/identityCorrection'
import type { ValueDifference } from '../../core/compare/valueDifference'
import { reportTitle, SCOPE_NAMES } from '../../core/model/labels'
import type { Report } from '../../core/model/report'
import { correctedCellNote } from '../corrections/correctedCells'
import type { CsvValue } from '../export/csv'
import { NOT_COMPARABLE_TEXT } from '../format/formatFigure'
import { NO_MAJORITY_TEXT } from './differenceTitle'

type ComparedReport = Pick<Report, 'agency' | 'year' | 'scope' | 'cells' | 'notices' | 'identityCorrected'>

/** A compared report and the file it was read from, as the page lists it. */
export interface ComparedEntry {
  report: ComparedReport
  fileName: string
}

/**
 * How the CSV names a report: agency, year and scope, so a 汇总 report is not read as one agency's, and the
 * file that tells it from another of the same agency, year and scope (fileDistinctions), as the page does.
 */
function comparisonReportHeading(report: ComparedReport, distinction: string | undefined): string {
  const file = distinction === undefined ? '' : `（${distinction}）`
  return `${reportTitle(report.agency, report.year)}${file}（${SCOPE_NAMES[report.scope]}）`
}

/** A report's column header: its heading, and the agency or year the user corrected with what was read. */
function reportColumnHeader(report: ComparedReport, heading: string): string {
  if (!identityChanged(report)) return heading
  return `${heading}（已更正：${identityCorrectedTexts(report).join('；')}）`
}

/** A number stays a number; an unread cell or a row the report's template lacks is empty, never 0. */
function figureField(cell: ComparedCell): CsvValue {
  switch (cell.figure.state) {
    case 'value':
      return cell.figure.value
    case 'not-comparable':
      return NOT_COMPARABLE_TEXT
    case 'unread':
    case 'not-applicable':
      return null
  }
}

/** What the page shows as the marked cells of one place: who differs, and from what. */
function differenceText(difference: ValueDifference, marked: readonly string[]): string | null {
  switch (difference.kind) {
    case 'same':
      return null
    case 'majority':
      return `${marked.join('、')}（${difference.voters} 份中 ${difference.count} 份为 ${difference.value}）`
    case 'no-majority':
      return difference.voters === 2 ? '两份报告的数值不同' : NO_MAJORITY_TEXT
  }
}

/** One compared report's cell at one place, with the report and its column heading. */
interface PlacedCell {
  cell: ComparedCell
  report: ComparedReport
  heading: string
}

/** The texts `pick` gives for the cells at one place, joined; null when it gives none. */
function listed(
  placed: readonly PlacedCell[],
  pick: (placed: PlacedCell) => string | undefined,
): string | null {
  const texts = placed.flatMap((entry) => pick(entry) ?? [])
  return texts.length > 0 ? texts.join('；') : null
}

function correctedText({ cell, report, heading }: PlacedCell): string | undefined {
  if (cell.figure.state !== 'value') return undefined
  const note = correctedCellNote(cell.cellId, report.cells[cell.cellId])
  return note === undefined ? undefined : `${heading} ${note}`
}

function placeRecord(
  grid: ComparisonGrid,
  row: ComparisonRow,
  columnIndex: number,
  reports: readonly ComparedReport[],
  headings: readonly string[],
): CsvValue[] {
  const placed = row.cells.flatMap((block, index): PlacedCell[] => {
    const cell = block[columnIndex]
    const report = reports[index]
    return cell && report ? [{ cell, report, heading: headings[index] ?? '' }] : []
  })
  const difference = row.differences[columnIndex] ?? { kind: 'same' }
  const marked = placed.filter(({ cell }) => cell.differs).map(({ heading }) => heading)
  return [
    grid.title,
    row.label,
    grid.columns[columnIndex]?.label ?? '',
    ...placed.map(({ cell }) => figureField(cell)),
    difference.kind === 'same' ? null : '≠',
    differenceText(difference, marked),
    listed(placed, ({ cell, heading }) => (cell.figure.state === 'unread' ? heading : undefined)),
    listed(placed, correctedText),
    listed(placed, ({ cell, report, heading }) =>
      cell.figure.state === 'value' && isBlankZero(report, cell.cellId) ? heading : undefined,
    ),
  ]
}

/**
 * 并排对比 as CSV records: one record per place of 表二, 表三 and 表四 (table, row, column), one column per
 * compared report in the order shown. Numbers are numbers; an unread cell and a row the report's template
 * lacks are empty, never 0, and 未读取 names the reports that have the place but whose value was not read. The
 * page's marks become columns a spreadsheet can filter on: 差异 holds ≠ where the reports differ, 与多数不同
 * names the reports marked there (or says no value has a majority); 已更正 and 空白按 0 计 name the reports
 * whose value there the user corrected (with the report's own value) or the reader counted as 0 from a blank.
 * A report's agency or year the user corrected is said in its column's header, with what the reader had found.
 */
export function comparisonCsvTable(
  grids: readonly ComparisonGrid[],
  entries: readonly ComparedEntry[],
  distinctions: readonly (string | undefined)[] = fileDistinctions(entries),
): { headers: string[]; rows: CsvValue[][] } {
  const reports = entries.map((entry) => entry.report)
  const headings = reports.map((report, index) => comparisonReportHeading(report, distinctions[index]))
  const headers = [
    '表',
    '项目',
    '栏目',
    ...reports.map((report, index) => reportColumnHeader(report, headings[index] ?? '')),
    '差异',
    '与多数不同',
    '未读取',
    '已更正',
    '空白按 0 计',
  ]
  const rows = grids.flatMap((grid) =>
    grid.rows.flatMap((row) =>
      grid.columns.map((_, columnIndex) => placeRecord(grid, row, columnIndex, reports, headings)),
    ),
  )
  return { headers, rows }
}
