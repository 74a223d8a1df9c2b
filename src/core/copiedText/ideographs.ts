import { isCjkIdeograph } from '../text/characters'

/** A leading heading or row number: "一、", "（二）", "(三)", "4." and markdown marks before it. */
const LEADING_NUMBER =
  /^[\s#*]*(?:[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])/u

/**
 * The CJK ideographs of a text without its leading number: what a label or heading says, whatever its
 * brackets, digits, spaces or numbering.
 */
export function ideographsOf(text: string): string {
  const unnumbered = text.replace(LEADING_NUMBER, '')
  let ideographs = ''
  for (let i = 0; i < unnumbered.length; i++)
    if (isCjkIdeograph(unnumbered.charCodeAt(i))) ideographs += unnumbered.charAt(i)
  return ideographs
}
