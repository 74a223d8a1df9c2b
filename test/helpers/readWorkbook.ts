/**
 * Reads an .xlsx back the way a spreadsheet program must: every part strict XML (jsdom's XML parser
 * rejects what Excel rejects: a bad character, an unescaped "&"), the sheets found through the
 * workbook's relationships, text cells through the shared strings.
 */
import { strFromU8, unzipSync } from 'fflate'
import { JSDOM } from 'jsdom'

const { DOMParser } = new JSDOM().window
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export type WorkbookValue = string | number | undefined

export interface WorkbookSheet {
  name: string
  /** Row by row from A1, each as wide as the widest; a cell not written is undefined. */
  rows: WorkbookValue[][]
  xml: Document
}

export interface ReadWorkbook {
  /** Every part of the package by path. */
  parts: Map<string, Document>
  sheets: WorkbookSheet[]
}

function strictXml(path: string, bytes: Uint8Array): Document {
  const document = new DOMParser().parseFromString(strFromU8(bytes), 'application/xml')
  const error = document.getElementsByTagName('parsererror')[0]
  if (error !== undefined) throw new Error(`${path} is not well-formed XML: ${error.textContent ?? ''}`)
  return document
}

function elements(node: Document | Element, name: string): Element[] {
  return [...node.getElementsByTagNameNS(MAIN, name)]
}

/** 0-based column of a reference such as "AB12". */
function columnOf(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? ''
  let column = 0
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64)
  return column - 1
}

function sharedStrings(parts: Map<string, Document>): string[] {
  const document = parts.get('xl/sharedStrings.xml')
  if (document === undefined) return []
  // As Excel reads them: "_xHHHH_" is the character HHHH.
  return elements(document, 'si').map((item) =>
    elements(item, 't')
      .map((text) => text.textContent ?? '')
      .join('')
      .replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16))),
  )
}

function sheetRows(document: Document, strings: readonly string[]): WorkbookValue[][] {
  const rows: WorkbookValue[][] = []
  for (const row of elements(document, 'row')) {
    const values: WorkbookValue[] = []
    for (const cell of elements(row, 'c')) {
      const value = elements(cell, 'v')[0]?.textContent ?? ''
      const type = cell.getAttribute('t')
      values[columnOf(cell.getAttribute('r') ?? '')] =
        type === 's' ? strings[Number(value)] : type === null || type === 'n' ? Number(value) : value
    }
    rows[Number(row.getAttribute('r')) - 1] = values
  }
  // As wide as the widest row: a row's empty cells at the end are not written, but they are there.
  const width = Math.max(0, ...rows.map((row) => row?.length ?? 0))
  return Array.from(rows, (row) => Array.from({ length: width }, (_, at) => row?.[at]))
}

export function readWorkbook(bytes: Uint8Array): ReadWorkbook {
  const parts = new Map<string, Document>()
  for (const [path, content] of Object.entries(unzipSync(bytes))) parts.set(path, strictXml(path, content))
  const workbook = parts.get('xl/workbook.xml')
  const relationships = parts.get('xl/_rels/workbook.xml.rels')
  if (workbook === undefined || relationships === undefined) throw new Error('no workbook part')
  const targets = new Map(
    [...relationships.getElementsByTagName('Relationship')].map((relationship) => [
      relationship.getAttribute('Id'),
      relationship.getAttribute('Target'),
    ]),
  )
  const strings = sharedStrings(parts)
  const sheets = elements(workbook, 'sheet').map((sheet) => {
    const path = `xl/${targets.get(sheet.getAttributeNS(RELATIONSHIPS, 'id')) ?? ''}`
    const xml = parts.get(path)
    if (xml === undefined) throw new Error(`sheet part ${path} missing`)
    return { name: sheet.getAttribute('name') ?? '', rows: sheetRows(xml, strings), xml }
  })
  return { parts, sheets }
}
