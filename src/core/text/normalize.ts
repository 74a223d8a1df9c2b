/**
 * Text normalisation shared by every reader. Reports arrive with full-width forms, Kangxi radicals
 * from PDF fonts, non-breaking and ideographic spaces, and Word-pasted zero-width characters.
 */

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g
const ANY_SPACE = /[\s\u00a0\u3000]+/g

/** NFKC (full-width digits, Kangxi radicals, compatibility ideographs) and zero-width removal. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(ZERO_WIDTH, '')
}

/** normalizeText, then every run of whitespace (incl. U+00A0, U+3000) becomes one space, trimmed. */
export function collapseSpaces(text: string): string {
  return normalizeText(text).replace(ANY_SPACE, ' ').trim()
}

/** normalizeText with all whitespace removed: the form labels are matched in ("社会 公益 组织" → "社会公益组织"). */
export function compactLabel(text: string): string {
  return normalizeText(text).replace(ANY_SPACE, '')
}
