/**
 * Superscript text as the Word readers keep it: a footnote mark after a number ("1436" and a raised "1")
 * becomes a bracketed note, which the number reader drops with a notice instead of running it into the
 * number. Spaces alone stay as they are. (The RTF reader, which writes as it reads, brackets it itself.)
 */
export function bracketRaised(text: string): string {
  return text.trim() === '' ? text : `[${text}]`
}
