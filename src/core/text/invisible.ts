/**
 * Characters a page does not show: zero-width spaces and joiners, the word joiner and the byte-order mark
 * (Word pastes them), soft hyphens (U+00AD, &shy;: shown only where a line breaks, so "1\u00ad436" on
 * the page reads 1436), and the left-to-right mark, embedding and isolate with the marks that end them
 * (U+200E, U+202A, U+202C, U+2066, U+2069: text copied from a page or a form carries them, "5\u200e1"
 * shows 51). Not their right-to-left kin: "5\u200f1" shows 15, so such a number stays unread. Every
 * normaliser drops them; one list, so that they all drop the same ones.
 */

/** The characters as the inside of a regular expression's character class. */
export const INVISIBLE_CLASS = '\\u00ad\\u200b-\\u200e\\u202a\\u202c\\u2060\\u2066\\u2069\\ufeff'

export function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200e) ||
    code === 0x202a ||
    code === 0x202c ||
    code === 0x2060 ||
    code === 0x2066 ||
    code === 0x2069 ||
    code === 0xfeff
  )
}
