/**
 * CSV as Excel and WPS open it: RFC 4180 quoting, CRLF records, a UTF-8 BOM. Used by the page's exports and
 * the batch command alike.
 */

/** Byte order mark: without it Excel and WPS open UTF-8 CSV as the local code page and garble Chinese. */
export const CSV_BOM = '\uFEFF'

export type CsvValue = string | number | null | undefined

const NEEDS_QUOTES = /[",\r\n]/
/**
 * What a spreadsheet takes as the start of a formula. Agency names and file names come from the reports
 * (a crafted "=HYPERLINK(…)" or "@SUM(…)"): such a text field gets a leading apostrophe, which Excel and
 * WPS show as plain text. Numbers are written as numbers, negative ones included.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** One field. Null and undefined are empty, so an unread cell never becomes 0. */
function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  // String(number) keeps every decimal a report gave (2221.9632), unlike toLocaleString/toFixed.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One record, ending in CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}

/** A whole file: the BOM, the header record and the rows. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + [headers, ...rows].map(csvLine).join('')
}
