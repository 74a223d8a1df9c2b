/**
 * Where the table parsers put what they read. It applies the cell's own number rules (signed, decimal,
 * unit), turns blanks into 0 while remembering them for the one 'blank-as-zero' notice, and turns an
 * unreadable value into a 'cell-unread' notice instead of a number.
 */
import { cellRecord } from '../model/cellRecord'
import { DECIMAL_CELL_IDS, SIGNED_CELL_IDS } from '../model/ids'
import type { Cell, Notice, Provenance } from '../model/report'
import { isZeroNumeral, readNumberCell, shiftDecimal, type NumberCellOptions } from '../text/numbers'
import type { ValueToken } from './lineTokens'
import { quoted } from '../text/quote'

const YUAN_CELL_IDS: ReadonlySet<string> = new Set(['proactive.procurement.amountYuan'])

const COUNT_OPTIONS: NumberCellOptions = { signed: false, decimal: false, yuan: false }

/** The number rules of a cell; most cells are plain counts and share one options object. */
function optionsFor(id: string): NumberCellOptions {
  const signed = SIGNED_CELL_IDS.has(id)
  const decimal = DECIMAL_CELL_IDS.has(id)
  const yuan = YUAN_CELL_IDS.has(id)
  return signed || decimal || yuan ? { signed, decimal, yuan } : COUNT_OPTIONS
}

const DECREASE = /[减降少]/
const INCREASE = /[增多]/

/**
 * Whether a note in a 2019 本年增/减 cell says the number goes another way than its sign, or both ways
 * ("2（减少）", "5（其中减少2件）", "−1（增加）"): dropped, a decrease was read as an increase; the number is left
 * unread. A note agreeing with the sign ("−2（减少）", "3（新增）") is dropped as any other.
 */
function contradictsSign(value: number, note: string): boolean {
  const decrease = DECREASE.test(note)
  const increase = INCREASE.test(note)
  return (decrease && increase) || (decrease && value >= 0) || (increase && value < 0)
}

/** readNumberCell reads up to 15 ASCII digits as they are (no sign, no decimals, no unit): so does set. */
const PLAIN_COUNT_LENGTH = 15

/**
 * Single digits with commas between them: how the PDF reader keeps a cell's number printed a digit a line
 * when it cannot tell one number from several (digitStacks.ts), and what no other cell looks like.
 */
const STACKED_DIGITS = /^\d(?:,\d)+$/

/** Why a cell that is not a number was left unread, in the words of its notice. */
function notANumberReason(raw: string): string {
  return STACKED_DIGITS.test(raw) ? '数字逐位分行排列，无法确定是一个数还是几个数' : '不是数字'
}

function provenance(token: ValueToken): Provenance {
  const source: Provenance = { line: token.line, column: token.column, raw: token.raw }
  if (token.page !== undefined) source.page = token.page
  return source
}

/** The cells read, in the order they were read (the order of the keys of `cells`), with their values. */
export interface ReadCells {
  ids: string[]
  values: number[]
  /** The cell layout `ids` equal, when they do (see CellSink.readsExactly). */
  layout: readonly string[] | undefined
}

export class CellSink {
  readonly notices: Notice[] = []
  private readonly blanks: string[] = []
  /** Cells written as "〇" or "零": read as 0, and named in one notice. */
  private readonly numeralZeros: string[] = []
  private readonly read: ReadCells = { ids: [], values: [], layout: undefined }
  private readonly entries: Cell[] = []
  private record: Record<string, Cell> | undefined
  private rewritten = false

  /** Whether no cell was read. */
  get isEmpty(): boolean {
    return this.read.ids.length === 0
  }

  /** Whether every cell read was blank (read as 0): a table nobody filled in. */
  get allBlank(): boolean {
    return this.blanks.length === this.read.ids.length
  }

  /** The cells read, keyed by id in the order they were read. Built once, when first asked for. */
  get cells(): Record<string, Cell> {
    this.record ??= this.buildRecord()
    return this.record
  }

  private buildRecord(): Record<string, Cell> {
    const { record, layout, rewritten } = cellRecord(this.read.ids, this.entries)
    this.read.layout = layout
    this.rewritten = rewritten
    return record
  }

  /** Whether every cell of `layout` was read in its order, and nothing else (see buildRecord). */
  readsExactly(layout: readonly string[]): boolean {
    this.record ??= this.buildRecord()
    return this.read.layout === layout
  }

  /**
   * The cells in the order they were read, which is the order Object.keys(cells) gives (no id is numeric),
   * so the checks need not enumerate the record; undefined when a cell was written twice.
   */
  get readCells(): ReadCells | undefined {
    this.record ??= this.buildRecord()
    return this.rewritten ? undefined : this.read
  }

  private put(id: string, cell: Cell): void {
    this.record = undefined
    this.read.ids.push(id)
    this.read.values.push(cell.value)
    this.entries.push(cell)
  }

  /** Records a cell from its token; returns its value, or undefined when the token could not be read as this cell. */
  set(id: string, token: ValueToken, label: string): number | undefined {
    // Nearly every cell is a plain count: read it without the general number rules.
    if (token.digitsOnly && token.raw.length <= PLAIN_COUNT_LENGTH) {
      const value = Number(token.raw)
      this.put(id, { value, source: provenance(token) })
      return value
    }
    const reading = readNumberCell(token.raw, optionsFor(id))
    if (reading.kind === 'blank') {
      this.put(id, { value: 0, source: provenance(token) })
      this.blanks.push(id)
      return 0
    }
    if (reading.kind === 'number' && reading.annotation !== undefined && SIGNED_CELL_IDS.has(id)) {
      if (contradictsSign(reading.value, reading.annotation)) {
        this.notice({
          code: 'cell-unread',
          message: `${label}：单元格“${quoted(token.raw)}”的注释“${reading.annotation}”所说的增减与数值的正负不符或不明，未填入数值`,
          cellIds: [id],
          line: token.line,
        })
        return undefined
      }
    }
    if (reading.kind === 'number') {
      this.put(id, { value: reading.value, source: provenance(token) })
      if (reading.value === 0 && isZeroNumeral(token.raw)) this.numeralZeros.push(id)
      if (reading.annotation !== undefined)
        this.notice({
          code: 'annotation-dropped',
          message: `${label}：单元格“${token.raw}”中的注释“${reading.annotation}”未计入，取值 ${reading.value}`,
          cellIds: [id],
          line: token.line,
        })
      return reading.value
    }
    const why = reading.kind === 'invalid' ? reading.reason : notANumberReason(token.raw)
    this.notice({
      code: 'cell-unread',
      message: `${label}：单元格“${quoted(token.raw)}”无法读取（${why}），未填入数值`,
      cellIds: [id],
      line: token.line,
    })
    return undefined
  }

  /**
   * A read cell's value given in another unit than the template's, times 10^places (see shiftDecimal),
   * with a notice; nothing when the cell was not read or is 0 (blank or zero in any unit).
   */
  rescale(id: string, places: number, message: string, line: number): void {
    const at = this.read.ids.lastIndexOf(id)
    const entry = this.entries[at]
    if (entry === undefined || entry.value === 0) return
    const value = shiftDecimal(entry.value, places)
    this.entries[at] = { ...entry, value }
    this.read.values[at] = value
    this.record = undefined
    this.notice({ code: 'unit-converted', message, cellIds: [id], line })
  }

  /**
   * Takes back a read cell whose value cannot be told (its unit is named twice, differently), with a
   * 'cell-unread' notice: it is left unread rather than read in either unit.
   */
  unread(id: string, message: string, line: number): void {
    const at = this.read.ids.lastIndexOf(id)
    if (at < 0) return
    this.read.ids.splice(at, 1)
    this.read.values.splice(at, 1)
    this.entries.splice(at, 1)
    const blank = this.blanks.lastIndexOf(id)
    if (blank >= 0) this.blanks.splice(blank, 1)
    this.record = undefined
    this.notice({ code: 'cell-unread', message, cellIds: [id], line })
  }

  /** A value decoded from run-together digits: the provenance is the whole digit run. */
  setDecoded(id: string, value: number, token: ValueToken): void {
    this.put(id, { value, source: provenance(token) })
  }

  has(id: string): boolean {
    return id in this.cells
  }

  notice(notice: Notice): void {
    this.notices.push(notice)
  }

  /** How many notices there are: a mark to take back the ones written after it (takeBackNotices). */
  get noticeMark(): number {
    return this.notices.length
  }

  /** Drops the notices written since `mark`: a reading that was not kept says nothing. */
  takeBackNotices(mark: number): void {
    this.notices.length = Math.min(this.notices.length, mark)
  }

  /**
   * The notices, with one 'blank-as-zero' notice listing every blank cell read as 0 and one
   * 'zero-as-numeral' notice listing every cell written as "〇" or "零".
   */
  allNotices(describe: (ids: readonly string[]) => string): Notice[] {
    if (this.blanks.length === 0 && this.numeralZeros.length === 0) return this.notices
    const summaries: Notice[] = []
    if (this.blanks.length > 0)
      summaries.push({
        code: 'blank-as-zero',
        message: `${this.blanks.length} 个空白单元格（空白、“/”、“—”或“无”）按 0 计：${describe(this.blanks)}`,
        cellIds: [...this.blanks],
      })
    if (this.numeralZeros.length > 0)
      summaries.push({
        code: 'zero-as-numeral',
        message: `${this.numeralZeros.length} 个单元格写作“〇”或“零”，按 0 计：${describe(this.numeralZeros)}`,
        cellIds: [...this.numeralZeros],
      })
    return [...summaries, ...this.notices]
  }
}
