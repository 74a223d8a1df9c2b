/**
 * Reports as they cross from the parse worker to the page. Structured clone rebuilds every object one
 * property at a time, and a report has some 600 of them: its 200-key cell record with a cell and a
 * provenance object per cell, its lines and its checks. For 1,000 reports that was most of the page's time
 * before the table appeared. Packed, the cells travel as a few typed arrays, the lines of a text document
 * as one string and the checks as packedChecks.ts says; the page rebuilds the same objects in a fraction of
 * the time. Anything that does not have the usual form (a corrected cell, a line with its own cells or a
 * page, a check with other fields) travels as it is.
 */
import type { IngestItem } from '../ingest/ingestFile'
import type { Cell, Provenance, Report, SourceLine } from '../model/report'
import { cellRecord, layoutOf } from '../model/cellRecord'
import { joinedLines } from '../text/joinedLines'
import { packChecks, unpackChecks, type PackedChecks } from './packedChecks'
import { reportSentences, type ReportSentence } from '../copiedText/reportSentences'
import { rememberSentences } from '../copiedText/documentSentences'

/** A report's cells, column by column, in the record's key order. */
export interface PackedCells {
  /** The record's keys; a variant's shared layout array when they are one (it crosses once per message). */
  ids: readonly string[]
  values: Float64Array
  lines: Int32Array
  columns: Int32Array
  /** The PDF page of each cell's source, -1 for none; absent when no cell has one. */
  pages: Int32Array | undefined
  /** Each cell's raw text, or null where it is the value written out (String(value)): most cells. */
  raws: (string | null)[]
}

/** A report's sentences for 文字雷同 (reportSentences): their texts joined by newlines, which none holds. */
export interface PackedSentences {
  texts: string
  lines: Int32Array
}

/**
 * An item on its way to the page. When `cells` is set the report's `cells` is empty, when `lines` is set its
 * document's `lines` is, when `checks` is set its `checks` is: unpackItem puts them back. `sentences` are
 * worked out here, in the worker, for the page's 文字雷同 check: splitting the prose of 1,000 reports took
 * the page's thread as long as everything else it does before the table appears.
 */
export interface PackedItem extends IngestItem {
  packed?: { cells?: PackedCells; lines?: string; checks?: PackedChecks; sentences?: PackedSentences }
}

function isSmallInteger(value: number): boolean {
  return Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff
}

function packCells(cells: Record<string, Cell>): PackedCells | undefined {
  const keys = Object.keys(cells)
  const count = keys.length
  const values = new Float64Array(count)
  const lines = new Int32Array(count)
  const columns = new Int32Array(count)
  let pages: Int32Array | undefined
  // Filled by push, not made with its length: structured clone sends an array with holes element by element
  // as a sparse one, which costs the page ten times as much to rebuild.
  const raws: (string | null)[] = []
  for (let i = 0; i < count; i++) {
    const cell = cells[keys[i] ?? '']
    if (cell === undefined || cell.corrected !== undefined || cell.entered !== undefined) return undefined
    const { value, source } = cell
    if (!isSmallInteger(source.line) || !isSmallInteger(source.column)) return undefined
    values[i] = value
    lines[i] = source.line
    columns[i] = source.column
    raws.push(source.raw === String(value) ? null : source.raw)
    if (source.page !== undefined) {
      if (!isSmallInteger(source.page) || source.page < 0) return undefined
      pages ??= new Int32Array(count).fill(-1)
      pages[i] = source.page
    }
  }
  return { ids: layoutOf(keys) ?? keys, values, lines, columns, pages, raws }
}

function unpackCells(packed: PackedCells): Record<string, Cell> {
  const { ids, values, lines, columns, pages, raws } = packed
  const cells: Cell[] = new Array<Cell>(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const value = values[i] ?? 0
    const source: Provenance = { line: lines[i] ?? 0, column: columns[i] ?? 0, raw: raws[i] ?? String(value) }
    const page = pages?.[i] ?? -1
    if (page >= 0) source.page = page
    cells[i] = { value, source }
  }
  return cellRecord(ids, cells).record
}

/** The lines of a plain-text document as one string, when each is only its text (no newline in it). */
function packLines(lines: readonly SourceLine[]): string | undefined {
  for (const line of lines)
    if (
      line.cells !== undefined ||
      line.page !== undefined ||
      line.gridColumns !== undefined ||
      line.text.includes('\n')
    )
      return undefined
  // The reader joined them already (and a text file's lines are its own text).
  return joinedLines(lines).text
}

function unpackLines(joined: string): SourceLine[] {
  return joined.split('\n').map((text) => ({ text }))
}

function packSentences(sentences: readonly ReportSentence[]): PackedSentences {
  return {
    texts: sentences.map((sentence) => sentence.text).join('\n'),
    lines: Int32Array.from(sentences, (sentence) => sentence.line),
  }
}

function unpackSentences({ texts, lines }: PackedSentences): ReportSentence[] {
  if (lines.length === 0) return []
  return texts.split('\n').map((text, at) => ({ text, line: lines[at] ?? 0 }))
}

export function packItem(item: IngestItem): PackedItem {
  if (!item.outcome.ok) return item
  const report = item.outcome.report
  const cells = packCells(report.cells)
  // An empty document would come back as one empty line: it travels as it is.
  const lines = report.document.lines.length > 0 ? packLines(report.document.lines) : undefined
  const checks = report.checks.length > 0 ? packChecks(report.checks) : undefined
  const sentences = packSentences(reportSentences(report))
  const packedReport: Report = {
    ...report,
    cells: cells === undefined ? report.cells : {},
    checks: checks === undefined ? report.checks : [],
    document: lines === undefined ? report.document : { ...report.document, lines: [] },
  }
  const packed: NonNullable<PackedItem['packed']> = {}
  if (cells !== undefined) packed.cells = cells
  if (lines !== undefined) packed.lines = lines
  if (checks !== undefined) packed.checks = checks
  packed.sentences = sentences
  return { ...item, outcome: { ok: true, report: packedReport }, packed }
}

/** The item as it was before packItem: the same objects, fields in the same order. */
export function unpackItem(item: PackedItem): IngestItem {
  const { packed, ...plain } = item
  if (packed === undefined || !plain.outcome.ok) return plain
  const report = plain.outcome.report
  const restored: Report = {
    ...report,
    cells: packed.cells === undefined ? report.cells : unpackCells(packed.cells),
    checks: packed.checks === undefined ? report.checks : unpackChecks(packed.checks),
    document:
      packed.lines === undefined ? report.document : { ...report.document, lines: unpackLines(packed.lines) },
  }
  if (packed.sentences !== undefined) rememberSentences(restored.document, unpackSentences(packed.sentences))
  return { ...plain, outcome: { ok: true, report: restored } }
}
