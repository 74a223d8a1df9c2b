/**
 * Text set off the line's baseline as the Word readers keep it: a footnote mark after a number ("1436" and
 * a raised or lowered "1") becomes a bracketed note, which the number reader drops with a notice instead of
 * running it into the number. Spaces alone stay as they are. (The RTF reader, which writes as it reads,
 * brackets it itself.)
 */
export function bracketRaised(text: string): string {
  return text.trim() === '' ? text : `[${text}]`
}

/** What a footnote mark is made of: one to three digits, letters or reference signs. */
const MARK = /^\s*[0-9A-Za-z*†‡#]{1,3}\s*$/
const ENDS_IN_DIGIT = /\d\s*$/
/** Enough of the text before a mark to see whether it ends in a number. */
export const BEFORE_LENGTH = 8

/**
 * Whether text shifted up or down from the text before it (Word's character position, w:position or
 * sprmCHpsPos, rather than superscript) is a footnote mark: a short mark right after a number. Anything
 * else is text typed at another height, which Chinese documents often mix within a line ("申请" lowered
 * beside "172"), and reads as written.
 */
export function isShiftedMark(text: string, before: string): boolean {
  return MARK.test(text) && ENDS_IN_DIGIT.test(before.slice(-BEFORE_LENGTH))
}
