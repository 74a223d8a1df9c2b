/**
 * One source line as the table parsers see it, whatever reader made it: the non-numeric cells form the
 * label, the numeric (and blank) cells after the label are the values, in order. Tab cells, HTML <td>s, PDF
 * glyph clusters and space-separated text all reduce to this, so the parsers never depend on the reader.
 */
import type { SourceLine } from '../model/report'
import { BoundedCache } from '../boundedCache'
import { stripLabel } from './rowSpec'
import { isAsciiDigit, isWhitespace } from '../text/characters'
import { changesOnNormalize, compactFast, normalizeFast } from '../text/fastNormalize'
import {
  ANY_NUMBER,
  BLANK_TEXTS,
  isNumberLike,
  isZeroNumeral,
  readNormalizedCell,
  readNumberCell,
  ZERO_NUMERALS,
} from '../text/numbers'

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
  /**
   * A PDF line: its cells are text items grouped by where they stand, and its empty cells put in by the
   * columns of the lines around it, so a sign printed apart from its digits may stand in a cell of its own.
   */
  positioned?: true
  /**
   * The label's last token when it is shaped as numbering or a multiplied number ("67.", "51.", "0.5万") and
   * comes after label text: the number of the next row or of a row whose label is missing ("(六) 其他处理\t1.\t3…"),
   * or the row's value, damaged ("行政许可\t67.\t\t", "(七) 总计\t51.\t0…"). It stays in the label; the row
   * reader tells which by the lines around it and the row's width.
   */
  labelTail: ValueToken | undefined
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
/** Cell texts that mean "blank" or zero written as a numeral (〇, 零): the only digit-free cells that are not label text. */
const BLANK_MARKS: ReadonlySet<string> = new Set(
  [...BLANK_TEXTS, ...ZERO_NUMERALS].filter((text) => text !== ''),
)

function isDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false
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

/** Per UTF-16 unit, the character classes a cell's shape depends on. */
const IS_DIGIT = 1
const IS_SPACE = 2
/** A character of BLANK_MARKS: a cell without one and without digits has no value token in it. */
const IS_MARK = 4
/** Where a note starts in TOKEN: a cell without one is one token unless it has spaces. */
const IS_BRACKET = 8
/** normalizeFast changes the character. */
const CHANGES = 16

const CHARACTER_FLAGS: Uint8Array = (() => {
  const flags = new Uint8Array(0x10000)
  for (let code = 0; code < flags.length; code++)
    flags[code] =
      (isAsciiDigit(code) ? IS_DIGIT : 0) |
      (isWhitespace(code) ? IS_SPACE : 0) |
      (changesOnNormalize(code) ? CHANGES : 0)
  const add = (chars: string, flag: number) => {
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i)
      flags[code] = (flags[code] ?? 0) | flag
    }
  }
  add([...BLANK_MARKS].join(''), IS_MARK)
  add('([（【', IS_BRACKET)
  return flags
})()

/**
 * What one pass over a cell found: the union of its characters' flags, its digits and spaces, and where its
 * text starts and ends without the surrounding whitespace. Module state rather than a returned object:
 * the tokenizer reads it right after each scan, and this runs for every cell of every table.
 */
let scannedFlags = 0
let scannedDigits = 0
let innerSpaces = 0
let contentStart = 0
let contentEnd = 0

function scanCell(cell: string): void {
  let flags = 0
  let digits = 0
  let spaces = 0
  let start = -1
  let end = 0
  for (let i = 0; i < cell.length; i++) {
    const flag = CHARACTER_FLAGS[cell.charCodeAt(i)] ?? 0
    flags |= flag
    if ((flag & IS_SPACE) !== 0) {
      spaces++
      continue
    }
    if ((flag & IS_DIGIT) !== 0) digits++
    if (start < 0) start = i
    end = i + 1
  }
  if (start < 0) start = end = 0
  scannedFlags = flags
  scannedDigits = digits
  // Spaces not trimmed off the ends: all of them but those before the text and after it.
  innerSpaces = start === end ? 0 : spaces - start - (cell.length - end)
  contentStart = start
  contentEnd = end
}

/**
 * The shape of the last scanned cell, `trimmed` being its text without surrounding whitespace: what the
 * regex tests /^\d{1,15}$/, /\d/, /\s/, the blank marks and the brackets would say, from one scan.
 */
function scannedShape(trimmed: string): CellShape {
  const length = contentEnd - contentStart
  if (length === 0) return CellShape.Empty
  if (length <= 15 && scannedDigits === length) return CellShape.Count
  const digits = scannedDigits > 0
  const mark = (scannedFlags & IS_MARK) !== 0
  if (innerSpaces > 0) return !digits && !mark ? CellShape.SpacedWords : CellShape.Other
  if (!digits && !(mark && BLANK_MARKS.has(trimmed))) return CellShape.Word
  if ((scannedFlags & IS_BRACKET) === 0) return CellShape.Piece
  const lead = trimmed.charCodeAt(0)
  return isAsciiDigit(lead) || lead === 0x2d || lead === 0x2212 ? CellShape.Other : CellShape.Piece
}

interface LineBuilder {
  line: number
  page: number | undefined
  label: string
  trailing: string
  values: ValueToken[]
  numberCount: number
  blankCount: number
  /** Text with spaces went into the label or trailing text (only token steps add such text). */
  spaced: boolean
  /** The line has cell boundaries (see LineTokens.structured). */
  structured: boolean
  /** The label's last token may be a value, not label text (see valueLikeTailOf). */
  valueLikeTail: ValueToken | undefined
  /** The line's first number, bare, right before label text (see noteItemNumber). */
  itemNumber: ItemNumber | undefined
}

/** A bare number ("1") and the label text right after it ("属于国家秘密"), taken for trailing text so far. */
interface ItemNumber {
  token: ValueToken
  text: string
  /** The cell of the text's end. */
  column: number
  /** How many values the line had when the text came: those after are the row's. */
  valuesBefore: number
}

function valueToken(builder: LineBuilder, column: number, raw: string, blank: boolean): ValueToken {
  const token: ValueToken = { line: builder.line, column, raw, blank, digitsOnly: !blank && isDigits(raw) }
  if (builder.page !== undefined) token.page = builder.page
  return token
}

/** A value token's number as printed, blanks as 0; undefined for text that is no number. */
export function tokenNumber(token: ValueToken): number | undefined {
  const reading = readNumberCell(token.raw)
  return reading.kind === 'blank' ? 0 : reading.kind === 'number' ? reading.value : undefined
}

function pushValue(builder: LineBuilder, column: number, raw: string, blank: boolean): void {
  builder.values.push(valueToken(builder, column, raw, blank))
  if (blank) builder.blankCount++
  else builder.numberCount++
}

/**
 * What one cell adds to its line, worked out from the cell alone: values and blanks, label text, and
 * tokens that read as text (label or trailing text, depending on the values before them).
 */
type CellStep =
  | { kind: 'value'; raw: string; blank: boolean }
  | { kind: 'text'; text: string }
  /** `spaced`: the text has whitespace; `glued`: the text ends in a number after label text. */
  | { kind: 'token'; text: string; spaced: boolean; glued: readonly [string, string] | undefined }

function valueStep(raw: string, blank: boolean): CellStep {
  return { kind: 'value', raw, blank }
}

/**
 * One token: a value, a blank, or label text (which may end in glued digits: "申请数量3120000033").
 * `maySpace` is false where the caller knows the text has no whitespace. `single`: the line has no cells,
 * where "〇" is as likely a digit of a spaced-out year ("二 〇 二 二 年") as a count: it is text there.
 */
function tokenStep(text: string, raw: string, maySpace: boolean, single: boolean): CellStep {
  if (single && text.length === 1 && isZeroNumeral(text)) return { kind: 'text', text }
  const reading = readNormalizedCell(text, ANY_NUMBER)
  if (isNumberLike(reading) || reading.kind === 'blank') return valueStep(raw, reading.kind === 'blank')
  const last = text.charCodeAt(text.length - 1)
  const glued = last >= 0x30 && last <= 0x39 ? GLUED_DIGITS.exec(text) : null
  return {
    kind: 'token',
    text,
    spaced: maySpace && HAS_SPACE.test(text),
    glued: glued?.[1] !== undefined && glued[2] !== undefined ? [glued[1], glued[2]] : undefined,
  }
}

/**
 * A cell's steps, and when they are all text (no value, no glued number) that text joined and whether any
 * of it had spaces: a label cell then adds to the label in one piece, one string the row matcher has
 * seen before (its hash is kept), not a new concatenation per report.
 */
interface CellReading {
  steps: readonly CellStep[]
  text: string | undefined
  spaced: boolean
}

function readingOf(steps: readonly CellStep[]): CellReading {
  let text: string | undefined = ''
  let spaced = false
  for (const step of steps) {
    if (step.kind === 'value' || (step.kind === 'token' && step.glued !== undefined)) {
      text = undefined
      break
    }
    text += step.text
    if (step.kind === 'token' && step.spaced) spaced = true
  }
  return { steps, text: text === '' ? undefined : text, spaced }
}

/**
 * Label text follows: blanks before the label are the empty halves of merged label cells, not values.
 * (A new array: cutting an array's length is a runtime call.)
 */
function startLabel(builder: LineBuilder): void {
  if (builder.values.length > 0) builder.values = []
  builder.blankCount = 0
}

/** Ideographs: every label of these tables has some. */
const HAS_CJK = /[\u3400-\u9fff]/
/** Digits and the Latin letters OCR mistakes them for (l, O, I, S…). */
const HAS_DIGIT_OR_LETTER = /[0-9A-Za-z]/
/** Marks that stand for characters lost to encoding or redaction ("?", "？", "�", "■", "□"). */
const LOST_MARK_TEXT = '?？\ufffd■□'
/** A cell of such marks only. */
const LOST_CHARACTERS = new RegExp(`^[${LOST_MARK_TEXT}]+$`)
const LOST_MARKS: ReadonlySet<number> = new Set([...LOST_MARK_TEXT].map((mark) => mark.charCodeAt(0)))
/**
 * A whole cell that says its number is not known ("不详", "（若干）", "不详。"): no label of the tables is one of
 * these words, and taken as label text the cell would leave the row's next one to be read as blank, 0.
 */
const UNKNOWN_NUMBER = /^[（(]?(?:不详|若干|未知|不明|待定|待统计|未统计|不清楚|暂缺|缺失|略)[)）]?[。.]?$/
/** The longest such cell: "（待统计）。". */
const UNKNOWN_NUMBER_LENGTH = 6
/** A number with a Chinese multiplier ("0.5万", "3千"): no label is one, and no count or amount cell is read so. */
const MULTIPLIED_NUMBER = /^\d[\d,]*(?:\.\d+)?[十百千万亿]+$/
/** A cell that only numbers the label next to it: "1.", "(2)", "3、", "IV". */
const NUMBERING = /^(?:[([]?\d{1,2}[)\].、]?|[IVX]{1,4}[.、]?)$/

/**
 * A whole cell after the label or among the values with digits or Latin letters but no ideograph that is
 * neither a number, a blank nor numbering ("l2", "1O", "6,7", "-3-0"), a number with a multiplier
 * (MULTIPLIED_NUMBER), only marks for lost characters ("?", "■"), or a word for an unknown number
 * (UNKNOWN_NUMBER): a value damaged by OCR, typing, encoding or a page number, or not given. Taken as label
 * text it would leave its cell to be read as blank, 0; as a value it is left unread with a notice. (Another
 * stray mark, "," on a block title line, stays text.)
 */
function isDamagedValue(builder: LineBuilder, text: string): boolean {
  if (!builder.structured) return false
  // Also on a line of values under its label; one after a whole row is a remark fitValues drops. (Every
  // label cell comes here: the length test spares them the regex.)
  if (text.length <= UNKNOWN_NUMBER_LENGTH && UNKNOWN_NUMBER.test(text)) return true
  if (builder.label === '' && builder.numberCount === 0) return false
  // A few marks (a number of a digit or three); more are a label whose characters were lost.
  if (LOST_MARKS.has(text.charCodeAt(0)) && LOST_CHARACTERS.test(text))
    return builder.numberCount > 0 || text.length <= 3
  if (isAsciiDigit(text.charCodeAt(0)) && MULTIPLIED_NUMBER.test(text)) return true
  return HAS_DIGIT_OR_LETTER.test(text) && !HAS_CJK.test(text) && !NUMBERING.test(text)
}

/**
 * The last token of a cell of label text, about to be added to the label, when it is shaped as
 * numbering ("67.", "(6)") or a number with a multiplier ("0.5万") and comes after label text, in the cell
 * or before it (LineTokens.labelTail). More label text after it on the line makes it numbering again.
 */
function valueLikeTailOf(builder: LineBuilder, column: number, reading: CellReading): ValueToken | undefined {
  const last = reading.steps[reading.steps.length - 1]
  if (last?.kind !== 'token' || (builder.label === '' && reading.steps.length === 1)) return undefined
  // Both shapes start with a digit or a bracket: most label tokens are spared the regexes.
  const lead = last.text.charCodeAt(0)
  if (!isAsciiDigit(lead) && lead !== 0x28 && lead !== 0x5b) return undefined
  if (!NUMBERING.test(last.text) && !MULTIPLIED_NUMBER.test(last.text)) return undefined
  return valueToken(builder, column, last.text, false)
}

/** A bare item number: what the template's items are numbered with ("1" to "8"), never 0 or a leading 0. */
const BARE_ITEM = /^[1-9]\d?$/

/**
 * Label text about to follow the line's one number as trailing text: when that number is bare, an item
 * number's size and next to the text (in the cell before it or empty cells before it, in a line of cells,
 * or first in the text's cell), it may be the number of the label in its own cell ("（三）不予公开 | 1 |
 * 属于国家秘密 | 301 …"). Text in the cells right after it is more of that label ("1 | 属于 | 国家秘密"). Kept
 * to be decided when the line is read (withItemNumber).
 */
function noteItemNumber(builder: LineBuilder, column: number, text: string): void {
  const item = builder.itemNumber
  if (item !== undefined && builder.trailing === item.text && builder.values.length === item.valuesBefore) {
    builder.itemNumber = column === item.column + 1 ? { ...item, text: item.text + text, column } : undefined
    return
  }
  builder.itemNumber = undefined
  if (builder.numberCount !== 1 || builder.trailing !== '' || !HAS_CJK.test(text)) return
  let at = builder.values.length - 1
  // Empty cells between the number and its label: a merged cell's halves.
  while (builder.structured && builder.values[at]?.blank === true && builder.values[at]?.raw === '') at--
  const token = builder.values[at]
  if (token === undefined || token.blank || !BARE_ITEM.test(token.raw)) return
  const gap = builder.values.length - 1 - at
  if (builder.structured && token.column + gap !== column - 1 && (gap > 0 || token.column !== column)) return
  builder.itemNumber = { token, text, column, valuesBefore: builder.values.length }
}

/** Whether the item number stands where a label's number does when no value follows on its line. */
function numbersItsLine(builder: LineBuilder, before: string, at: number): boolean {
  // After a group title ("（三）不予公开 | 1 | 属于国家秘密"), or after the empty halves of merged cells.
  if (before !== '') return true
  if (!builder.structured || at === 0) return false
  for (let index = 0; index < at; index++) if (builder.values[index]?.blank !== true) return false
  return true
}

/**
 * The line with its item number read as one (noteItemNumber): when the text before the number is no row's
 * label by itself (nothing, or group titles: "（三）不予公开") and the text after it is all the trailing text,
 * the number and the text are the label's ("（三）不予公开1属于国家秘密", as "1." would make it) and the values
 * are those after the text: the row is matched by its label, and the number is never a value. With no cell
 * after the text, only where the number stands after a group title or empty merged cells (the row's
 * numbers on the next line). A number between two labels ("行政许可 | 3 | 行政处罚 | 5") or before a label
 * ending a line of text (a PDF line's next label) stays a value.
 */
function withItemNumber(builder: LineBuilder): void {
  const item = builder.itemNumber
  if (item === undefined || builder.trailing !== item.text) return
  const before = builder.spaced ? builder.label.replace(SPACES, '') : builder.label
  if (stripLabel(before) !== '') return
  const at = builder.values.lastIndexOf(item.token)
  const after = builder.values.slice(item.valuesBefore)
  if (after.length === 0 && !numbersItsLine(builder, before, at)) return
  let numbers = 0
  for (const token of after) if (!token.blank) numbers++
  builder.label += item.token.raw + item.text
  builder.trailing = ''
  builder.values = after
  builder.numberCount = numbers
  builder.blankCount = after.length - numbers
  builder.valueLikeTail = undefined
}

/** A cell's reading as the builder takes it. */
function applyReading(builder: LineBuilder, column: number, reading: CellReading): void {
  if (reading.text !== undefined && isDamagedValue(builder, reading.text)) {
    pushValue(builder, column, reading.text, false)
    return
  }
  if (reading.text !== undefined && builder.numberCount === 0) {
    if (reading.spaced) builder.spaced = true
    startLabel(builder)
    builder.valueLikeTail = valueLikeTailOf(builder, column, reading)
    builder.label += reading.text
    return
  }
  if (reading.text !== undefined) noteItemNumber(builder, column, reading.text)
  for (const step of reading.steps) {
    if (step.kind === 'value') {
      pushValue(builder, column, step.raw, step.blank)
      continue
    }
    if (step.kind === 'token' && step.spaced) builder.spaced = true
    // Text after values is trailing text (PDF interleaving) that starts the next label.
    if (builder.numberCount > 0) {
      if (reading.text === undefined) noteItemNumber(builder, column, step.text)
      builder.trailing += step.text
      continue
    }
    startLabel(builder)
    builder.valueLikeTail = undefined
    const glued = step.kind === 'token' ? step.glued : undefined
    if (glued === undefined) builder.label += step.text
    else {
      builder.label += glued[0]
      pushValue(builder, column, glued[1], false)
    }
  }
}

/**
 * A cell with no bracket, such as "1. 属于国家秘密" or "(四) 无法提供": TOKEN's first
 * alternative needs a bracket, so its parts are the cell's runs of non-whitespace, read here without the
 * regex. The whole cell is one token instead only when it reads as one number ("3 件"), which needs a
 * number at its start.
 */
function unbracketedSteps(cell: string, trimmed: string, rawCell: string, single: boolean): CellStep[] {
  const lead = trimmed.charCodeAt(0)
  const mayBeNumber = isAsciiDigit(lead) || lead === 0x2d || lead === 0x2212
  // One run (a count in a line of its own): the cell is its only part.
  if (innerSpaces === 0 || (!single && mayBeNumber && isNumberLike(readNormalizedCell(cell, ANY_NUMBER))))
    return [tokenStep(trimmed, rawCell, true, single)]
  // A dash and a number in one cell ("– 2", "— 2") are one value, a sign or a mark that makes it unreadable:
  // split, the dash was a blank cell of its own and the number took the next cell's place.
  if (!single && DASHED_NUMBER.test(trimmed)) return [tokenStep(trimmed, rawCell, true, single)]
  const parts: string[] = []
  let start = -1
  for (let i = 0; i <= cell.length; i++) {
    const space = i === cell.length || isWhitespace(cell.charCodeAt(i))
    if (space && start >= 0) {
      parts.push(cell.slice(start, i))
      start = -1
    } else if (!space && start < 0) start = i
  }
  // A cell of a table holding nothing but pieces of numbers, one with a point at its edge ("2221. 9632",
  // "12 .5", "1. 0": a decimal wrapped or spaced apart in its cell), is one value, unreadable, not a
  // numbering followed by a number. ("0 0" stays two values: two cells whose boundary was lost.)
  if (!single && mayBeNumber && parts.every((part) => NUMBER_PIECE.test(part)) && parts.some(hasEdgePoint))
    return [tokenStep(trimmed, rawCell, true, single)]
  return parts.map((part) => tokenStep(part, part, false, single))
}

/** A dash a report may write before a number, spaces, then the number's digits. */
const DASHED_NUMBER = /^[\u2010-\u2015\u2212\ufe63-](?:\s+[\u2010-\u2015-])?\s+\d[\d,.]*$/

/** A run of digits, points and separators, as a piece of a number spaced apart in its cell. */
const NUMBER_PIECE = /^[-−]?[.．]?\d[\d.．,，]*$/
const EDGE_POINT = /^[-−]?[.．]|[.．]$/

function hasEdgePoint(part: string): boolean {
  return EDGE_POINT.test(part)
}

/** A cell that is neither empty nor one digit: normalised where that changes it, then read by its shape. */
function readCell(original: string, single: boolean): CellStep[] {
  scanCell(original)
  let cell = original
  if ((scannedFlags & CHANGES) !== 0) {
    cell = normalizeFast(original)
    scanCell(cell)
  }
  // A cell that normalises to one character: a full-width digit or space, or a mark.
  if (!single && cell.length <= 1) {
    if (cell.length === 0 || (scannedFlags & IS_SPACE) !== 0) return [valueStep(original.trim(), true)]
    if (scannedDigits === 1) return [valueStep(original, false)]
  }
  const trimmed =
    contentStart === 0 && contentEnd === cell.length ? cell : cell.slice(contentStart, contentEnd)
  const shape = scannedShape(trimmed)
  if (shape === CellShape.Word) return [{ kind: 'text', text: trimmed }]
  // The cell is normalised already: compacting it only drops its spaces.
  if (shape === CellShape.SpacedWords) return [{ kind: 'text', text: compactFast(trimmed) }]
  const rawCell = original.trim()
  if (!single && shape === CellShape.Count) return [valueStep(rawCell, false)]
  // An empty cell of a real table row is a blank cell; a line with no cells at all has no tokens.
  if (shape === CellShape.Empty) return single ? [] : [valueStep(rawCell, true)]
  // TOKEN would give the whole cell as one part: its number form must start the cell.
  if (shape === CellShape.Piece) return [tokenStep(trimmed, rawCell, false, single)]
  if ((scannedFlags & IS_BRACKET) === 0) return unbracketedSteps(cell, trimmed, rawCell, single)
  const parts = cell.match(TOKEN)
  if (parts === null) return single ? [] : [valueStep(rawCell, true)]
  if (parts.length === 1 || (!single && isNumberLike(readNormalizedCell(cell, ANY_NUMBER))))
    return [tokenStep(trimmed, rawCell, true, single)]
  return parts.map((part) => tokenStep(part, part, true, single))
}

/**
 * Cell readings by cell text, for cells with label text. Tables repeat the template's wording in every
 * report ("（一）予以公开", "3.危及“三安全一稳定”"), and normalising and splitting such a cell costs many
 * times a lookup. Numbers are not kept (they differ between reports); bounded, as cells are input.
 */
const LABEL_READINGS = new BoundedCache<string, CellReading>()
/** Cells of lines that are one cell are read differently (no blanks, no bare counts): kept apart. */
const SINGLE_CELL_READINGS = new BoundedCache<string, CellReading>()

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return true
  return false
}

function readingOfCell(original: string, single: boolean): CellReading {
  return readingOf(readCell(original, single))
}

function cellReading(original: string, single: boolean): CellReading {
  if (!hasNonAscii(original)) return readingOfCell(original, single)
  const cache = single ? SINGLE_CELL_READINGS : LABEL_READINGS
  return cache.get(original, (cell) => readingOfCell(cell, single))
}

/**
 * Tokens of a line, each cell NFKC-normalised first where that changes it. `raw` of a value is the original
 * cell when the cell is one value, else the normalised token. A line without cells of its own is read
 * between its tabs in place: most of its cells are "0" or empty and need no string of their own.
 */
export function tokenizeLine(line: SourceLine, index: number): LineTokens {
  const builder: LineBuilder = {
    line: index,
    page: line.page,
    label: '',
    trailing: '',
    values: [],
    numberCount: 0,
    blankCount: 0,
    spaced: false,
    structured: false,
    valueLikeTail: undefined,
    itemNumber: undefined,
  }
  const { text, cells } = line
  const single = cells === undefined ? !text.includes('\t') : cells.length <= 1
  builder.structured = !single
  // The next cell is source[from, to): one of `cells`, or the text up to the next tab.
  let next = 0
  for (let column = 0; ; column++) {
    let source: string
    let from = 0
    let to: number
    if (cells !== undefined) {
      if (column >= cells.length) break
      source = cells[column] ?? ''
      to = source.length
    } else {
      if (next > text.length) break
      source = text
      from = next
      // An empty or one-character cell ends right here: no search for its tab.
      if (next === text.length || text.charCodeAt(next) === 9) to = next
      else if (next + 1 === text.length || text.charCodeAt(next + 1) === 9) to = next + 1
      else {
        const tab = text.indexOf('\t', next)
        to = tab < 0 ? text.length : tab
      }
      next = to + 1
    }
    // Most cells of a table row are empty or one digit ("0"): no scan, and no string of their own.
    if (!single && to - from <= 1) {
      if (to === from) {
        pushValue(builder, column, '', true)
        continue
      }
      if (isAsciiDigit(source.charCodeAt(from))) {
        pushValue(builder, column, source.charAt(from), false)
        continue
      }
    }
    const cell = from === 0 && to === source.length ? source : source.slice(from, to)
    applyReading(builder, column, cellReading(cell, single))
  }
  withItemNumber(builder)
  const { values, numberCount, blankCount, spaced, valueLikeTail } = builder
  return {
    line: index,
    label: spaced ? builder.label.replace(SPACES, '') : builder.label,
    values,
    trailing: spaced ? builder.trailing.replace(SPACES, '') : builder.trailing,
    numberCount,
    blankCount,
    structured: !single,
    labelTail: valueLikeTail,
    ...(line.cellCenters !== undefined && { positioned: true as const }),
  }
}

/** Where fitValues cuts: the first and the end index of the values kept. */
function fittedEnd(values: readonly ValueToken[], count: number): number {
  let end = values.length
  while (end > count && values[end - 1]?.blank === true) end--
  return end
}

function fittedStart(values: readonly ValueToken[], count: number, end: number): number {
  let start = 0
  while (end - start > count && values[start]?.blank === true) start++
  return start
}

/**
 * Still too many after the padding went: a word for an unknown number after the row's values is a remark
 * beside a whole row ("51\t不详"), not a value more.
 */
function withoutRemarks(values: readonly ValueToken[], count: number, start: number, end: number): number {
  let last = end
  while (last - start > count && UNKNOWN_NUMBER.test(values[last - 1]?.raw ?? '')) last--
  return last
}

/**
 * Fits a line's values to the number of cells a row has: padding blanks at either end (tab exports end rows
 * with empty cells, merged label cells leave empty ones in front) are removed while there are too many,
 * then remarks after the values (withoutRemarks). The values themselves when nothing is removed: treat the
 * result as read-only.
 */
export function fitValues(values: readonly ValueToken[], count: number): readonly ValueToken[] {
  const padded = fittedEnd(values, count)
  const start = fittedStart(values, count, padded)
  const end = withoutRemarks(values, count, start, padded)
  return start === 0 && end === values.length ? values : values.slice(start, end)
}

/** How many of the values fitValues keeps are numbers (not blanks), without building the fitted list. */
export function fittedNumberCount(values: readonly ValueToken[], count: number): number {
  const padded = fittedEnd(values, count)
  const start = fittedStart(values, count, padded)
  const end = withoutRemarks(values, count, start, padded)
  let numbers = 0
  for (let i = start; i < end; i++) if (values[i]?.blank === false) numbers++
  return numbers
}
