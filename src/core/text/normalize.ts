/**
 * Text normalisation shared by every reader. Reports arrive with full-width forms, Kangxi radicals
 * from PDF fonts, non-breaking and ideographic spaces, and characters a page does not show (invisible.ts).
 */
import { INVISIBLE_CLASS } from './invisible'

const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g')
const ANY_SPACE = /[\s\u00a0\u3000]+/g
/**
 * Superscript, subscript and circled digits: footnote marks ("1436①", "1436¹"). NFKC makes them plain
 * digits, which would run into the number they follow (14361); they become a bracketed note instead
 * ("1436[1]"), which the number reader drops with a notice.
 */
const NOTE_DIGITS =
  /[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2473\u24ea\u3251-\u325f\u32b1-\u32bf]+/g

function bracketNote(marks: string): string {
  return `[${marks.normalize('NFKC')}]`
}

/** NFKC (full-width digits, Kangxi radicals, compatibility ideographs) and zero-width removal. */
export function normalizeText(text: string): string {
  return text.replace(NOTE_DIGITS, bracketNote).normalize('NFKC').replace(INVISIBLE, '')
}

/** normalizeText, then every run of whitespace (incl. U+00A0, U+3000) becomes one space, trimmed. */
export function collapseSpaces(text: string): string {
  return normalizeText(text).replace(ANY_SPACE, ' ').trim()
}

/** normalizeText with all whitespace removed: the form labels are matched in ("社会 公益 组织" → "社会公益组织"). */
export function compactLabel(text: string): string {
  return normalizeText(text).replace(ANY_SPACE, '')
}
