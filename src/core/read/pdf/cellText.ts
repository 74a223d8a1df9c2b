/**
 * What a PDF cell's text says about its role in a table: a value (number or blank marker), or a
 * label carrying one of the template's outline markers (三、 / （三） / 3.). Units and markers are matched
 * in simplified characters, also in a PDF written in traditional ones (萬元, 無).
 */
import { toSimplified } from '../../text/traditional'

const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?$/
/** A number followed by a unit or a bracketed note: "251000元", "22(其中修订16件)". */
const ANNOTATED_NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?\s*(?:元|万元|件|个|项|条|[(（].*[)）])$/
/** As the parser's blank texts (text/numbers.ts), the horizontal bar (―, GBK's dash in code page 936) among them. */
const BLANK_MARKERS = new Set(['/', '／', '-', '－', '−', '—', '——', '―', '――', '–', '无', '\\'])

/** The text without spaces, in simplified characters: how markers and names are compared. */
export function squeeze(text: string): string {
  return toSimplified(text.replace(/\s+/g, ''))
}

/**
 * A number's decimal point drawn apart from its digits ("12" then ".5", a kerning gap or a cell's spread
 * characters) reads "12 .5", of which only "12" passed for the number: the gap closed, it reads 12.5.
 */
export function closeDecimalGaps(text: string): string {
  return text.replace(/(\d)\s+\.(?=\d)/g, '$1.').replace(/(\d\.)\s+(?=\d)/g, '$1')
}

/** A cell that holds a number (possibly annotated). */
export function isNumberCell(text: string): boolean {
  const compact = squeeze(text)
  return NUMBER.test(compact) || ANNOTATED_NUMBER.test(compact)
}

/** A cell a report uses for "nothing here" in a numeric column. */
export function isBlankMarker(text: string): boolean {
  return BLANK_MARKERS.has(squeeze(text))
}

export function isValueCell(text: string): boolean {
  return isNumberCell(text) || isBlankMarker(text)
}

const CN_NUMERAL = '[一二三四五六七八九十]+'
const LEVEL_1 = new RegExp(`^${CN_NUMERAL}\\s*[、.]`)
const LEVEL_2 = new RegExp(`^[(（]\\s*${CN_NUMERAL}\\s*[)）]`)
const LEVEL_3 = /^\d{1,2}\s*[.、](?!\d)/

/** Outline level of a label: 1 for "三、", 2 for "（三）", 3 for "3." / "3、", undefined otherwise. */
export function outlineLevel(text: string): 1 | 2 | 3 | undefined {
  const compact = squeeze(text)
  if (LEVEL_1.test(compact)) return 1
  if (LEVEL_2.test(compact)) return 2
  if (LEVEL_3.test(compact)) return 3
  return undefined
}

const FIRST_ITEM: Record<1 | 2 | 3, RegExp> = {
  1: /^一\s*[、.]/,
  2: /^[(（]\s*一\s*[)）]/,
  3: /^1\s*[.、](?!\d)/,
}

/** True when the label opens its level: "一、", "（一）" or "1.". */
export function isFirstItem(text: string, level: 1 | 2 | 3): boolean {
  return FIRST_ITEM[level].test(squeeze(text))
}
