/**
 * The character a <w:sym> shows: a symbol font's glyph by its code (w:char, hex), with the font's Private
 * Use offset F000 that Word writes for symbol fonts. Word's 插入符号 puts a minus so (Symbol 2D), and a
 * dropped one left 2019's 本年增/减 −2 read 2 without a notice. Symbol's glyphs a table cell may hold are
 * mapped; any other symbol becomes U+FFFD, a character known lost, so a cell holding one is left unread with
 * a notice instead of read without it.
 */

/** Symbol's glyphs by their code (without the F000 offset) that stand in or next to numbers. */
const SYMBOL_FONT: ReadonlyMap<number, string> = new Map([
  [0x2b, '+'],
  [0x2d, '−'],
  [0xb1, '±'],
  [0xb4, '×'],
  [0xb8, '÷'],
])

const LOST = '\ufffd'

export function symbolCharacter(font: string | undefined, code: string | undefined): string {
  const value = code === undefined ? NaN : Number.parseInt(code, 16)
  if (!Number.isFinite(value)) return LOST
  const own = value >= 0xf000 && value <= 0xf0ff ? value - 0xf000 : value
  if (font?.trim().toLowerCase() === 'symbol') return SYMBOL_FONT.get(own) ?? LOST
  return LOST
}
