import type { Glyph } from '../../src/core/read/pdf/glyphs'

/** A glyph of 10 pt text: digits half an em wide, other characters one. */
export const glyph = (text: string, x: number, y: number): Glyph => ({
  text,
  x,
  y,
  width: [...text].reduce((width, char) => width + (/\d/.test(char) ? 5 : 10), 0),
  size: 10,
  height: 10,
  vertical: false,
})

/** The texts of glyphs as a page step joined them, top line first, left to right. */
export const joinedTexts = (joined: readonly Glyph[]) =>
  [...joined].sort((a, b) => b.y - a.y || a.x - b.x).map((item) => `${item.text}@${item.y}`)
