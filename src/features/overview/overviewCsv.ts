import { SMALL_SAMPLE_THRESHOLD } from '../../core/compare/overviewRow'
import { figureValue } from '../../core/compare/figure'
import { SCOPE_NAMES, yearValue } from '../../core/model/labels'
import type { CsvValue } from '../export/csv'
import { NOT_COMPARABLE_TEXT } from '../format/formatFigure'
import { FIGURE_COLUMNS, isSmallSample, notApplicableNote } from './overviewColumnsSpec'
import type { OverviewEntry } from './overviewEntries'
import { STATUS_HEADERS, statusTexts, type StatusTexts } from './statusColumns'

const SMALL_SAMPLE_TEXT = `办结申请少于 ${SMALL_SAMPLE_THRESHOLD} 件，仅供参考`

/**
 * The overview as CSV records: the figure columns shown in the table (`hidden` holds the ids of those the
 * user hid), with 范围, so a government's aggregate report is not mistaken for one agency's. Numbers are
 * written in full (fees keep every decimal); an unread or not-applicable figure is an empty field, never 0;
 * a legacy report says 格式不可比. A rate over fewer than 30 handled applications, starred on the page, is
 * said to be so in the column after it, and a rate of a report that handled none says why it is empty.
 * 已更正 and 空白按 0 计 name every cell of the report the user corrected, or the report left blank and the
 * reader counted as 0 (the page flags the figures drawn from them). `statusOf`: those texts of an entry, for
 * a caller that gives them to another table too (statusTextsOnce).
 */
export function overviewCsvTable(
  entries: readonly OverviewEntry[],
  hidden: ReadonlySet<string> = new Set(),
  statusOf: (entry: OverviewEntry) => StatusTexts = statusTexts,
): {
  headers: string[]
  rows: CsvValue[][]
} {
  const figures = FIGURE_COLUMNS.filter((column) => !hidden.has(column.key))
  const headers = [
    '机关',
    '年度',
    '范围',
    ...figures.flatMap((column) =>
      column.kind === 'rate' ? [`${column.header}（%）`, `${column.header}说明`] : [column.header],
    ),
    ...STATUS_HEADERS,
    '文件',
  ]
  const rows = entries.map((entry): CsvValue[] => [
    entry.row.agency,
    yearValue(entry.row.year),
    SCOPE_NAMES[entry.report.scope],
    ...figures.flatMap(({ key, kind }): CsvValue[] => {
      const figure = entry.row.figures[key]
      if (figure.state === 'not-comparable')
        return kind === 'rate' ? [NOT_COMPARABLE_TEXT, null] : [NOT_COMPARABLE_TEXT]
      const value = figureValue(figure)
      if (kind !== 'rate') return [value ?? null]
      // An empty rate says why when it is not applicable: an empty field alone would read as unread.
      const why = notApplicableNote(key)
      if (figure.state === 'not-applicable' && why !== undefined) return [null, why]
      const small = isSmallSample(entry.row, key)
      // A rate is derived, not reported: one decimal of a percent is all it honestly carries.
      return [value === undefined ? null : Math.round(value * 1000) / 10, small ? SMALL_SAMPLE_TEXT : null]
    }),
    ...statusOf(entry),
    entry.fileName,
  ])
  return { headers, rows }
}
