import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  appealCellId,
  applicationCellId,
  applicationRows,
  PROACTIVE_2019_IDS,
  PROACTIVE_2021_IDS,
  type ApplicationRow,
} from '../model/ids'
import {
  APPEAL_COLUMN_NAMES,
  APPEAL_GROUP_LABELS,
  APPLICANT_COLUMN_NAMES,
  APPLICATION_ROW_LABELS,
  PROACTIVE_LABELS,
} from '../model/labels'
import type { Report } from '../model/report'
import { figureValue, NOT_APPLICABLE, NOT_COMPARABLE, type Figure } from './figure'
import { cellFigure, otherHandlingVariantOf, proactiveVariantOf } from './reportCells'
import { isMarkedValue, valueDifference, type ValueDifference } from './valueDifference'

export interface ComparedCell {
  cellId: string
  figure: Figure
  /** The value differs from the majority's, or the reports differ here without a majority (see valueDifference). */
  differs: boolean
}

export interface ComparisonRow {
  key: string
  label: string
  /** [report index][column index] */
  cells: ComparedCell[][]
  /** Per column: how the reports' values differ there. */
  differences: ValueDifference[]
  /** Some column holds different values, though only the odd ones out may be marked. */
  differs: boolean
}

export interface ComparisonColumn {
  key: string
  label: string
}

/** One table of the report set out side by side: the same columns repeated once per report. */
export interface ComparisonGrid {
  key: 'proactive' | 'applications' | 'appeals'
  title: string
  columns: ComparisonColumn[]
  rows: ComparisonRow[]
}

type CellIdOf<R extends string, C extends string> = (rowKey: R, columnKey: C) => string
type HasRow<R extends string> = (report: Report, rowKey: R) => boolean

function compareRow<R extends string, C extends string>(
  reports: readonly Report[],
  rowKey: R,
  label: string,
  columns: readonly { key: C; label: string }[],
  cellIdOf: CellIdOf<R, C>,
  hasRow: HasRow<R>,
): ComparisonRow {
  const cells = reports.map((report) =>
    columns.map((column): ComparedCell => {
      const cellId = cellIdOf(rowKey, column.key)
      let figure: Figure
      if (report.template === 'legacy') figure = NOT_COMPARABLE
      else if (!hasRow(report, rowKey)) figure = NOT_APPLICABLE
      else figure = cellFigure(report, cellId)
      return { cellId, figure, differs: false }
    }),
  )
  const differences = columns.map((_, columnIndex) => {
    const values = cells.map((block) => {
      const figure = block[columnIndex]?.figure
      return figure ? figureValue(figure) : undefined
    })
    const difference = valueDifference(values)
    cells.forEach((block, reportIndex) => {
      const cell = block[columnIndex]
      if (cell) cell.differs = isMarkedValue(difference, values[reportIndex])
    })
    return difference
  })
  const differs = differences.some((difference) => difference.kind !== 'same')
  return { key: rowKey, label, cells, differences, differs }
}

/** 表二: the rows of every 表二 variant the reports have; a report shows only its own variant's rows. */
function proactiveGrid(reports: readonly Report[]): ComparisonGrid {
  const comparable = reports.filter((report) => report.template !== 'legacy')
  const variants = new Set(comparable.map(proactiveVariantOf))
  const ids: string[] = []
  if (variants.has('2021') || variants.size === 0) ids.push(...PROACTIVE_2021_IDS)
  if (variants.has('2019')) for (const id of PROACTIVE_2019_IDS) if (!ids.includes(id)) ids.push(id)
  const variantIds = {
    '2021': new Set<string>(PROACTIVE_2021_IDS),
    '2019': new Set<string>(PROACTIVE_2019_IDS),
  }
  const columns = [{ key: 'value', label: '数量' }]
  const hasRow: HasRow<string> = (report, id) => variantIds[proactiveVariantOf(report)].has(id)
  return {
    key: 'proactive',
    title: '表二 主动公开政府信息情况',
    columns,
    rows: ids.map((id) => compareRow(reports, id, PROACTIVE_LABELS[id] ?? id, columns, (row) => row, hasRow)),
  }
}

/** 表三: all 25 rows of the three-row variant, plus the single （六） row when a report has that layout. */
function applicationsGrid(reports: readonly Report[]): ComparisonGrid {
  const variants = new Set(reports.map(otherHandlingVariantOf))
  const rows: ApplicationRow[] = [...applicationRows('three-rows')]
  if (variants.has('one-row')) rows.splice(rows.indexOf('total'), 0, 'otherHandling.all')
  const columns = APPLICANT_COLUMNS.map((key) => ({ key, label: APPLICANT_COLUMN_NAMES[key] }))
  const hasRow: HasRow<ApplicationRow> = (report, row) => {
    if (!row.startsWith('otherHandling.')) return true
    const oneRow = otherHandlingVariantOf(report) === 'one-row'
    return oneRow === (row === 'otherHandling.all')
  }
  return {
    key: 'applications',
    title: '表三 收到和处理政府信息公开申请情况',
    columns,
    rows: rows.map((row) =>
      compareRow(reports, row, APPLICATION_ROW_LABELS[row], columns, applicationCellId, hasRow),
    ),
  }
}

/** 表四: three groups of five. */
function appealsGrid(reports: readonly Report[]): ComparisonGrid {
  const columns = APPEAL_COLUMNS.map((key) => ({ key, label: APPEAL_COLUMN_NAMES[key] }))
  return {
    key: 'appeals',
    title: '表四 政府信息公开行政复议、行政诉讼情况',
    columns,
    rows: APPEAL_GROUPS.map((group) =>
      compareRow(reports, group, APPEAL_GROUP_LABELS[group], columns, appealCellId, () => true),
    ),
  }
}

/** 表二, 表三 and 表四 of several reports, aligned cell by cell, differences marked. */
export function compareReports(reports: readonly Report[]): ComparisonGrid[] {
  return [proactiveGrid(reports), applicationsGrid(reports), appealsGrid(reports)]
}
