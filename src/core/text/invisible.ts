/**
 * Characters a page does not show: zero-width spaces and joiners, the word joiner and the byte-order mark
 * (Word pastes them), and soft hyphens (U+00AD, &shy;: shown only where a line breaks, so "1\u00ad436" on
 * the page reads 1436). Every normaliser drops them; one list, so that they all drop the same ones.
 */

/** The characters as the inside of a regular expression's character class. */
export const INVISIBLE_CLASS = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff'

export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff
}
