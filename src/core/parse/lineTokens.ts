/**
 * One source line as the table parsers see it, whatever reader made it: the non-numeric cells form the
 * label, the numeric (and blank) cells after the label are the values, in order. Tab cells, HTML <td>s, PDF
 * glyph clusters and space-separated text all reduce to this, so the parsers never depend on the reader.
 */
import type { SourceLine } from '../model/report'
import { ANY_NUMBER, readNormalizedCell } from '../text/numbers'

export interface ValueToken {
  line: number
  /** Index of the cell the token came from. */
  column: number
  page?: number
  /** The token as it appeared ("", "/", "22（其中修订16件）", "3120000033"). */
  raw: string
  blank: boolean
  /** Only digits: a candidate for run-together decoding. */
  digitsOnly: boolean
}

export interface LineTokens {
  line: number
  /** Compact label: the text tokens before the first value, spaces removed. */
  label: string
  /** Value and blank tokens after the label. Blanks before the label (merged cells) are dropped. */
  values: ValueToken[]
  /** Text after the values (PDF interleaving): kept separately so it can start the next label. */
  trailing: string
  numberCount: number
  blankCount: number
  /** The line came with cell boundaries (tabs, <td>s, PDF clusters): its digits never ran together by copying. */
  structured: boolean
}

/** A number glued to a following bracketed note stays one token; everything else splits on spaces. */
const TOKEN =
  /[-−]?[\d０-９][\d０-９,，.．]*[\s\u00a0\u3000]*[(（【[][^)）】\]]*[)）】\]]?|[^\s\u00a0\u3000]+/g
/**
 * Text that ends in a number after a CJK character, a closing bracket or a closing quote: "申请数量3120000033",
 * "行政许可67", "危及“三安全一稳定”0000000", "行政事业性收费12.5" (a fee keeps its decimals).
 */
const GLUED_DIGITS = /^(.*[\u3400-\u9fff)\]”’」』》】〕"'])(\d+(?:\.\d+)?)$/
const SPACES = /\s+/g
const HAS_SPACE = /\s/
/** Cell texts that mean "blank" (numbers.ts BLANKS): the only digit-free cells that are not label text. */
const BLANK_MARKS: ReadonlySet<string> = new Set(['/', '\\', '-', '--', '—', '——', '–', '−', '无', '空'])

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The characters JavaScript's \\s matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false
  return true
}

/** What a normalised cell is at a glance, so most cells skip the tokenizer's regexes. */
const enum CellShape {
  /** Only whitespace or nothing. */
  Empty,
  /** 1–15 ASCII digits, optionally surrounded by whitespace. */
  Count,
  /** No digit and no whitespace, and not a blank mark: one piece of label text. */
  Word,
  /** Words with spaces between them, no digit and no blank-mark character ("(三) 不予公开"): label text. */
  SpacedWords,
  /**
   * No whitespace inside, and not starting like a number or without a bracket ("2.重复申请", "申请数量31"):
   * TOKEN would give the whole cell as one part.
   */
  Piece,
  Other,
}

/** Up to 15 ASCII digits: the usual count. */
const COUNT = /^\d{1,15}$/
const DIGIT = /\d/
/** Characters of BLANK_MARKS: a cell without them and without digits has no value token in it. */
const MARK_CHARACTER = /[/\\\-—–−无空]/
/** Where a note starts in TOKEN: a cell without one is one token unless it has spaces. */
const BRACKET = /[([（【]/

/**
 * The shape of a trimmed, normalised cell. Native regex scans rather than a character loop: cells are
 * slices of their line, which a charCodeAt loop reads slowly.
 */
function shapeOf(trimmed: string): CellShape {
  if (trimmed === '') return CellShape.Empty
  if (COUNT.test(trimmed)) return CellShape.Count
  const digits = DIGIT.test(trimmed)
  if (HAS_SPACE.test(trimmed))
    return !digits && !MARK_CHARACTER.test(trimmed) ? CellShape.SpacedWords : CellShape.Other
  if (!digits && !(MARK_CHARACTER.test(trimmed) && BLANK_MARKS.has(trimmed))) return CellShape.Word
  if (!BRACKET.test(trimmed)) return CellShape.Piece
  const lead = trimmed.charCodeAt(0)
  return isDigit(lead) || lead === 0x2d || lead === 0x2212 ? CellShape.Other : CellShape.Piece
}

interface LineBuilder {
  line: number
  page: number | undefined
  label: string
  trailing: string
  values: ValueToken[]
  numberCount: number
  blankCount: number
  /** Text with spaces went into the label or trailing text (only addToken adds such text). */
  spaced: boolean
}

function pushValue(builder: LineBuilder, column: number, raw: string, blank: boolean): void {
  const token: ValueToken = { line: builder.line, column, raw, blank, digitsOnly: !blank && isDigits(raw) }
  if (builder.page !== undefined) token.page = builder.page
  builder.values.push(token)
  if (blank) builder.blankCount++
  else builder.numberCount++
}

/** Label text, or text after the values (PDF interleaving) that starts the next label. */
function addText(builder: LineBuilder, text: string): void {
  if (builder.numberCount > 0) builder.trailing += text
  else {
    // Blanks before the label are the empty halves of merged label cells, not values.
    builder.values.length = 0
    builder.blankCount = 0
    builder.label += text
  }
}

/** One token: a value, a blank, or label text (which may end in glued digits: "申请数量3120000033"). */
function addToken(builder: LineBuilder, column: number, text: string, raw: string): void {
  const reading = readNormalizedCell(text, ANY_NUMBER)
  if (reading.kind === 'number' || reading.kind === 'blank') {
    pushValue(builder, column, raw, reading.kind === 'blank')
    return
  }
  if (!builder.spaced && HAS_SPACE.test(text)) builder.spaced = true
  if (builder.numberCount > 0) {
    builder.trailing += text
    return
  }
  // Blanks before the label are the empty halves of merged label cells, not values.
  builder.values.length = 0
  builder.blankCount = 0
  const last = text.charCodeAt(text.length - 1)
  const glued = last >= 0x30 && last <= 0x39 ? GLUED_DIGITS.exec(text) : null
  if (glued?.[1] !== undefined && glued[2] !== undefined) {
    builder.label += glued[1]
    pushValue(builder, column, glued[2], false)
  } else builder.label += text
}

/**
 * Tokens of a line from its NFKC-normalised cells. `raw` of a value is the original cell when the cell is
 * one value, else the normalised token.
 */
export function tokenizeLine(line: SourceLine, cells: readonly string[], index: number): LineTokens {
  const builder: LineBuilder = {
    line: index,
    page: line.page,
    label: '',
    trailing: '',
    values: [],
    numberCount: 0,
    blankCount: 0,
    spaced: false,
  }
  const single = cells.length <= 1
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column] ?? ''
    // Most cells of a table row are one digit ("0") or empty: no shape scan, no trimming.
    if (!single && cell.length <= 1) {
      const original = line.cells[column] ?? cell
      if (cell.length === 0 || isSpace(cell.charCodeAt(0))) {
        pushValue(builder, column, original.trim(), true)
        continue
      }
      if (isDigit(cell.charCodeAt(0))) {
        pushValue(builder, column, original, false)
        continue
      }
    }
    const trimmed = cell.trim()
    const shape = shapeOf(trimmed)
    if (shape === CellShape.Word) {
      addText(builder, trimmed)
      continue
    }
    if (shape === CellShape.SpacedWords) {
      addText(builder, trimmed.replace(SPACES, ''))
      continue
    }
    const rawCell = (line.cells[column] ?? cell).trim()
    if (!single && shape === CellShape.Count) {
      pushValue(builder, column, rawCell, false)
      continue
    }
    if (shape === CellShape.Empty) {
      // An empty cell of a real table row is a blank cell; a line with no cells at all has no tokens.
      if (!single) pushValue(builder, column, rawCell, true)
      continue
    }
    if (shape === CellShape.Piece) {
      // TOKEN would give the whole cell as one part: its number form must start the cell.
      addToken(builder, column, trimmed, rawCell)
      continue
    }
    const parts = cell.match(TOKEN)
    if (parts === null) {
      // An empty cell of a real table row is a blank cell; a line with no cells at all has no tokens.
      if (!single) pushValue(builder, column, rawCell, true)
      continue
    }
    if (parts.length === 1 || (!single && readNormalizedCell(cell, ANY_NUMBER).kind === 'number')) {
      addToken(builder, column, trimmed, rawCell)
      continue
    }
    for (const part of parts) addToken(builder, column, part, part)
  }
  const { values, numberCount, blankCount, spaced } = builder
  return {
    line: index,
    label: spaced ? builder.label.replace(SPACES, '') : builder.label,
    values,
    trailing: spaced ? builder.trailing.replace(SPACES, '') : builder.trailing,
    numberCount,
    blankCount,
    structured: !single,
  }
}

/**
 * Fits a line's values to the number of cells a row has: padding blanks at either end (tab exports end rows
 * with empty cells, merged label cells leave empty ones in front) are removed while there are too many.
 */
export function fitValues(values: readonly ValueToken[], count: number): ValueToken[] {
  let start = 0
  let end = values.length
  while (end - start > count && values[end - 1]?.blank === true) end--
  while (end - start > count && values[start]?.blank === true) start++
  return values.slice(start, end)
}
