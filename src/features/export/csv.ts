/** Byte order mark: without it Excel and WPS open UTF-8 CSV as the local code page and garble Chinese. */
const BOM = '\uFEFF'
const NEEDS_QUOTES = /[",\r\n]/

export type CsvValue = string | number | null

function field(value: CsvValue): string {
  if (value === null) return ''
  // String(number) keeps every decimal a report gave (2221.9632), unlike toLocaleString/toFixed.
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * RFC 4180 CSV: fields with quotes, commas or line breaks are quoted, inner quotes doubled, records end with
 * CRLF. Null is an empty field, so an unread cell never becomes 0.
 * @param headers first record
 * @param rows data records; numbers are written in full precision, without grouping separators
 * @returns the CSV text prefixed with a BOM
 */
export function toCsv(headers: string[], rows: CsvValue[][]): string {
  const records = [headers, ...rows].map((record) => record.map(field).join(','))
  return `${BOM}${records.join('\r\n')}\r\n`
}

/** A CSV text as a Blob with the right MIME type for downloadBlob. */
export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' })
}
