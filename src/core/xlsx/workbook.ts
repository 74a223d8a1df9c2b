/**
 * An .xlsx workbook (Office Open XML SpreadsheetML) from plain tables: what Excel, WPS and LibreOffice
 * open, with numbers as numbers, a frozen header row with filter buttons, and column widths. Written
 * here rather than by a spreadsheet library, which would add hundreds of kB for features an export
 * does not use; fflate, already used for reading archives, makes the zip.
 */
import { strToU8, zipSync } from 'fflate'
import { MAIN_NS, REL_NS, XML_HEAD, xmlText } from './xmlText'
import { MAX_COLUMNS, MAX_ROWS, sheetWidth, WorkbookTooLarge, type Sheet } from './sheet'
import { sheetNames } from './sheetNames'
import { SharedStrings } from './sharedStrings'
import { STYLES_XML } from './styles'
import { filterRange, worksheetXml } from './worksheetXml'

const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, at) => `<Override PartName="/xl/worksheets/sheet${at + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
  ).join('')
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>'
  )
}

const ROOT_RELS_XML =
  XML_HEAD +
  `<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>'

function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, at) =>
      `<Relationship Id="rId${at + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${at + 1}.xml"/>`,
  ).join('')
  return (
    XML_HEAD +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    sheets +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  )
}

/** A sheet name inside a formula reference: quoted, its apostrophes doubled. */
const quotedSheet = (name: string) => `'${name.replaceAll("'", "''")}'`

function workbookXml(sheets: readonly Sheet[], names: readonly string[]): string {
  const entries = names.map(
    (name, at) => `<sheet name="${xmlText(name)}" sheetId="${at + 1}" r:id="rId${at + 1}"/>`,
  )
  // Excel keeps the range of each sheet's filter buttons under this hidden name.
  const filters = sheets
    .map((sheet, at) =>
      sheet.headers.length === 0
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${at}" hidden="1">` +
          `${xmlText(quotedSheet(names[at] ?? ''))}!${filterRange(sheet)}</definedName>`,
    )
    .join('')
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${entries.join('')}</sheets>` +
    (filters === '' ? '' : `<definedNames>${filters}</definedNames>`) +
    '</workbook>'
  )
}

function checkSize(sheet: Sheet): void {
  if (sheet.rows.length + 1 > MAX_ROWS)
    throw new WorkbookTooLarge(
      `表“${sheet.name}”有 ${sheet.rows.length} 行，超过 Excel 的上限 ${MAX_ROWS - 1} 行`,
    )
  const columns = sheetWidth(sheet)
  if (columns > MAX_COLUMNS)
    throw new WorkbookTooLarge(`表“${sheet.name}”有 ${columns} 列，超过 Excel 的上限 ${MAX_COLUMNS} 列`)
}

/**
 * The .xlsx file of `sheets`, the first one open. Throws WorkbookTooLarge when a sheet exceeds what
 * Excel holds; long texts are cut at Excel's 32,767 characters with "…".
 */
export function workbookBytes(sheets: readonly Sheet[], modified = new Date()): Uint8Array {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet')
  sheets.forEach(checkSize)
  const names = sheetNames(sheets.map((sheet) => sheet.name))
  const strings = new SharedStrings()
  const part = (xml: string) => strToU8(xml)
  const files: Record<string, Uint8Array> = {
    // First: some readers expect it at the start of the archive.
    '[Content_Types].xml': part(contentTypesXml(sheets.length)),
    '_rels/.rels': part(ROOT_RELS_XML),
    'xl/workbook.xml': part(workbookXml(sheets, names)),
    'xl/_rels/workbook.xml.rels': part(workbookRelsXml(sheets.length)),
    'xl/styles.xml': part(STYLES_XML),
  }
  sheets.forEach((sheet, at) => {
    files[`xl/worksheets/sheet${at + 1}.xml`] = part(worksheetXml(sheet, strings, at === 0))
  })
  // After the sheets, which fill it. Flat paths: a nested object would add folder entries, which are no parts.
  files['xl/sharedStrings.xml'] = part(strings.toXml())
  // The fastest deflate: a thousand reports' sheets zip in about half the time of level 6, for 6 % more bytes.
  return zipSync(files, { level: 1, mtime: modified })
}

/**
 * workbookBytes as a buffer holding the file and nothing else, to transfer or wrap in a Blob. zipSync's
 * output usually owns its whole buffer already; only a view into a larger one is copied.
 */
export function workbookBuffer(sheets: readonly Sheet[], modified = new Date()): ArrayBuffer {
  const bytes = workbookBytes(sheets, modified)
  const { buffer } = bytes
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? buffer
    : bytes.slice().buffer
}
