import { cellReference, columnName } from './cellReference'
import { columnWidths } from './columnWidth'
import { MAX_CELL_TEXT, sheetWidth, type Sheet, type SheetValue } from './sheet'
import type { SharedStrings } from './sharedStrings'
import { MAIN_NS, REL_NS, XML_HEAD } from './xmlText'
import { HEADER_STYLE } from './styles'

const TRUNCATION_MARK = '…'

function cellXml(value: SheetValue, reference: string, strings: SharedStrings, style: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    // String(number) is the shortest text that reads back as the same double: every decimal a report gave.
    return Number.isFinite(value) ? `<c r="${reference}"${style}><v>${String(value)}</v></c>` : ''
  }
  if (value === '') return ''
  const text =
    value.length > MAX_CELL_TEXT
      ? value.slice(0, MAX_CELL_TEXT - TRUNCATION_MARK.length) + TRUNCATION_MARK
      : value
  return `<c r="${reference}" t="s"${style}><v>${strings.indexOf(text)}</v></c>`
}

/** `letters` holds each column's letters (columnName), worked out once per sheet, not once per cell. */
function rowXml(
  values: readonly SheetValue[],
  row: number,
  letters: readonly string[],
  strings: SharedStrings,
  style = '',
): string {
  const number = String(row + 1)
  let cells = ''
  for (let column = 0; column < values.length; column++)
    cells += cellXml(values[column], `${letters[column] ?? columnName(column)}${number}`, strings, style)
  return `<row r="${number}">${cells}</row>`
}

/** The frozen header row (and `frozenColumns` columns), so the names stay in view while scrolling. */
function sheetViewXml(frozenColumns: number, selected: boolean): string {
  const tabSelected = selected ? ' tabSelected="1"' : ''
  const xSplit = frozenColumns > 0 ? ` xSplit="${frozenColumns}"` : ''
  const pane = frozenColumns > 0 ? 'bottomRight' : 'bottomLeft'
  const topLeft = cellReference(frozenColumns, 1)
  return (
    `<sheetViews><sheetView workbookViewId="0"${tabSelected}>` +
    `<pane${xSplit} ySplit="1" topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  )
}

/** The range the header's filter buttons cover: the header row and every row under it. */
export function filterRange(sheet: Sheet): string {
  const last = columnName(Math.max(sheet.headers.length - 1, 0))
  return `$A$1:$${last}$${sheet.rows.length + 1}`
}

/** One worksheet part: frozen header with filter buttons, column widths, then the rows. */
export function worksheetXml(sheet: Sheet, strings: SharedStrings, selected: boolean): string {
  const widths = columnWidths(sheet.headers, sheet.rows)
  const columns = widths
    .map((width, at) => `<col min="${at + 1}" max="${at + 1}" width="${width}" customWidth="1"/>`)
    .join('')
  const width = sheetWidth(sheet)
  const letters = Array.from({ length: width }, (_, column) => columnName(column))
  const rows = [rowXml(sheet.headers, 0, letters, strings, ` s="${HEADER_STYLE}"`)]
  sheet.rows.forEach((values, at) => rows.push(rowXml(values, at + 1, letters, strings)))
  const last = cellReference(Math.max(width - 1, 0), sheet.rows.length)
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${last}"/>` +
    sheetViewXml(sheet.frozenColumns ?? 0, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (columns === '' ? '' : `<cols>${columns}</cols>`) +
    `<sheetData>${rows.join('')}</sheetData>` +
    (sheet.headers.length > 0 ? `<autoFilter ref="${filterRange(sheet).replaceAll('$', '')}"/>` : '') +
    '</worksheet>'
  )
}
