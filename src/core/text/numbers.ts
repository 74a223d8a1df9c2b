/**
 * Reading one numeric table cell. Reports write blanks as "", "/", "—" or "无", add notes inside the cell
 * ("22（其中修订16件）"), use full-width digits and thousands separators, and give 2019 procurement
 * amounts with their own unit ("251000元"). The value is never rounded: fees keep every decimal.
 */
import { isWhitespace } from './characters'
import { collapseSpaces } from './normalize'

export type NumberCell =
  /** `annotation` is the dropped note, when the cell had one; `raw` is the text as found. */
  | { kind: 'number'; value: number; annotation?: string }
  /** Blank, "/", "—", "-" or "无": the caller records 0 and a 'blank-as-zero' notice. */
  | { kind: 'blank' }
  /** A number the cell may not hold (negative count, decimal count): the caller leaves the cell unread. */
  | { kind: 'invalid'; reason: string }
  /** Not a number at all (label text). */
  | { kind: 'text' }

export interface NumberCellOptions {
  /** The cell may be negative (2019 本年增/减). */
  signed?: boolean
  /** The cell may have decimals (money). Counts must be integers. */
  decimal?: boolean
  /** The cell is an amount in 元 that may carry its own unit ("251000元", "25.1万元"). */
  yuan?: boolean
}

const BLANK: NumberCell = { kind: 'blank' }
/** Zero written as a Chinese numeral (〇, 零): the report's number, not a blank. */
export const ZERO_NUMERALS: ReadonlySet<string> = new Set(['〇', '零'])

/** Whether a cell's text is zero written as a Chinese numeral ("〇", " 零 "). */
export function isZeroNumeral(raw: string): boolean {
  return ZERO_NUMERALS.has(raw.trim())
}
/** Cell texts that mean "blank": the reader records 0 with a notice. */
export const BLANK_TEXTS: ReadonlySet<string> = new Set([
  '',
  '/',
  '\\',
  '-',
  '--',
  '—',
  '——',
  // The horizontal bar: GBK's dash (A1AA) as Windows' code page 936 maps it, looking like the em dash.
  '―',
  '――',
  '–',
  '−',
  '无',
  '空',
])
const PLAIN_NUMBER = /^[-−]?\d+(?:\.\d+)?$/
const GROUPED_NUMBER = /^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
/** A number followed by a note in brackets: "22(其中修订16件)", "55 (含自然失效29件)". */
const ANNOTATED = /^([-−]?[\d,]+(?:\.\d+)?)\s*([([【].*)$/
/** Counting words that may follow a count without changing it. */
const COUNT_UNIT = /^([-−]?[\d,]+(?:\.\d+)?)\s*(?:件|个|条|项|次|人次)$/
const YUAN_UNIT = /^([-−]?[\d,]+(?:\.\d+)?)\s*(万元|元)$/

/**
 * A number times 10^places (negative: divided), worked on its decimal digits so the result is the decimal
 * a person would write ("25.1" × 10^4 → 251000, 125000 × 10^-4 → 12.5), with no binary floating-point step.
 */
export function shiftDecimal(value: number, places: number): number {
  const text = String(value)
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return value * 10 ** places
  const negative = text.startsWith('-')
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.')
  const digits = whole + fraction
  const point = whole.length + places
  const padded =
    point > digits.length ? digits.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + digits : digits
  const at = Math.max(point, 0)
  const shifted = `${padded.slice(0, at) || '0'}.${padded.slice(at) || '0'}`
  return Number((negative ? '-' : '') + shifted)
}

function numberFrom(text: string): number | undefined {
  const unified = text.replace('−', '-')
  if (PLAIN_NUMBER.test(unified)) return Number(unified)
  if (GROUPED_NUMBER.test(unified)) return Number(unified.replaceAll(',', ''))
  return undefined
}

/** From here on a number has more digits than a double keeps exactly (and no report counts that high). */
const TOO_LARGE = 1e15

function validated(value: number, options: NumberCellOptions, annotation?: string): NumberCell {
  if (!(Math.abs(value) < TOO_LARGE)) return { kind: 'invalid', reason: '数字超过 15 位，无法准确读取' }
  if (value < 0 && options.signed !== true)
    return { kind: 'invalid', reason: `负数 ${value} 不应出现在此单元格` }
  if (!Number.isInteger(value) && options.decimal !== true)
    return { kind: 'invalid', reason: `${value} 不是整数，而此单元格为件数` }
  return annotation === undefined ? { kind: 'number', value } : { kind: 'number', value, annotation }
}

const TEXT: NumberCell = { kind: 'text' }

/** Most cells are plain ASCII digits (1 to 15 of them): read them without normalising or a regex. */
function isAsciiCount(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x30 || code > 0x39) return false
  }
  return true
}

/** What may follow the leading number in a cell this module reads: a space, a note's bracket or a unit. */
const AFTER_NUMBER: ReadonlySet<number> = new Set(
  [...' ([【件个条项次人万元'].map((char) => char.charCodeAt(0)),
)

/**
 * Where the leading number of `text` ends: its optional sign, then digits, separators and points. -1 when
 * the text does not start like a number, or when what follows the number is not a space, a note or a unit:
 * every number this module reads has that form; anything else is a blank mark or text ("2.重复申请").
 */
function numberEnd(text: string): number {
  let i = 0
  const first = text.charCodeAt(0)
  if (first === 0x2d || first === 0x2212) i++
  const start = i
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!((code >= 0x30 && code <= 0x39) || code === 0x2c || code === 0x2e)) break
  }
  if (i === start) return -1
  return i === text.length || AFTER_NUMBER.has(text.charCodeAt(i)) ? i : -1
}

/**
 * Whether a unit or a note's bracket follows the number ending at `end`, after any spaces: COUNT_UNIT,
 * YUAN_UNIT and ANNOTATED all need one there ("3 件", "25.1万元", "22(其中修订16件)"), so without it the
 * cell is text ("1. 属于国家秘密") and those regexes need not run.
 */
function hasSuffixAfter(text: string, end: number): boolean {
  let i = end
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++
  return i < text.length && AFTER_NUMBER.has(text.charCodeAt(i))
}

/** Reads one cell's text as a number, a blank, an invalid number or text. Never throws. */
export function readNumberCell(raw: string, options: NumberCellOptions = {}): NumberCell {
  if (raw === '') return BLANK
  if (isAsciiCount(raw)) return validated(Number(raw), options)
  return readNormalizedCell(collapseSpaces(raw), options)
}

const SPACES = /[\s\u00a0\u3000]+/g
const SPACED_SIGN = /^[-−] \d/
/**
 * A minus typed or printed as a hyphen (U+2010; U+2011 normalises to it), a figure dash (U+2012) or an en
 * dash (U+2013, what word processors turn " - " into), right before digits: a person reads "–2" as −2. An
 * em dash or a horizontal bar ("—2", "―2") is not one: reports write a blank cell so, and "—2" stays text.
 */
const DASH_SIGN = /^[\u2010\u2012\u2013](?= ?\d)/
/** A plus before digits ("+3", "＋3" once normalised, "+ 3"): 2019's 本年增/减 written with its sign. */
const PLUS_SIGN = /^\+ ?(?=\d)/

/**
 * readNumberCell for text that is already NFKC-normalised (the parser normalises a whole document in one
 * call, which is much cheaper than once per cell).
 */
export function readNormalizedCell(normalized: string, options: NumberCellOptions = {}): NumberCell {
  if (normalized === '') return BLANK
  if (isAsciiCount(normalized)) return validated(Number(normalized), options)
  const spaced =
    normalized.includes(' ') || normalized.includes('\t')
      ? normalized.replace(SPACES, ' ').trim()
      : normalized
  const minus = DASH_SIGN.test(spaced)
    ? `-${spaced.slice(1)}`
    : PLUS_SIGN.test(spaced)
      ? spaced.replace(PLUS_SIGN, '')
      : spaced
  // A sign set apart from its digits ("- 2", justified or OCR'd text) is still their sign.
  const text = SPACED_SIGN.test(minus) ? minus.replace(' ', '') : minus
  // Every blank mark has one or two characters.
  if (text.length <= 2 && BLANK_TEXTS.has(text)) return BLANK
  if (text.length === 1 && ZERO_NUMERALS.has(text)) return validated(0, options)
  const end = numberEnd(text)
  if (end < 0) return TEXT
  // A plain or grouped number is the whole text.
  const plain = end === text.length ? numberFrom(text) : undefined
  if (plain !== undefined) return validated(plain, options)
  if (!hasSuffixAfter(text, end)) return TEXT
  const counted = COUNT_UNIT.exec(text)
  if (counted?.[1] !== undefined) {
    const value = numberFrom(counted[1])
    if (value !== undefined) return validated(value, options)
  }
  if (options.yuan === true) {
    const money = YUAN_UNIT.exec(text)
    if (money?.[1] !== undefined) {
      const amount = numberFrom(money[1])
      if (amount !== undefined) {
        const inYuan = money[2] === '万元' ? shiftDecimal(amount, 4) : amount
        return validated(inYuan, options)
      }
    }
  }
  const annotated = ANNOTATED.exec(text)
  if (annotated?.[1] !== undefined && annotated[2] !== undefined) {
    const value = numberFrom(annotated[1])
    if (value !== undefined) return validated(value, options, annotated[2])
  }
  return TEXT
}

/**
 * Whether a reading is a number, acceptable or not: with ANY_NUMBER only one too long to keep is invalid,
 * and it is still a value of the row (the cell is left unread), never label text.
 */
export function isNumberLike(reading: NumberCell): boolean {
  return reading.kind === 'number' || reading.kind === 'invalid'
}

/** The most permissive reading, for deciding whether a token of a table line is a value at all. */
export const ANY_NUMBER: NumberCellOptions = { signed: true, decimal: true, yuan: true }
