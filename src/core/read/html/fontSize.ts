/**
 * Font sizes as a browser computes them, in CSS pixels, where the page says enough: an absolute size
 * (`10pt`, `9px`, `small`, `<font size="2">`), or one relative to the parent's (`70%`, `0.8em`,
 * `smaller`), known when the parent's is. Only whether a mark is set smaller than the text around it is
 * asked of them (see shiftedMarks), so an unknown size (`calc()`, a parent's unknown) stays unknown.
 */

/** What a `font-size` value sets: a size in pixels, or a factor of the parent's. */
export type FontSizeValue = { px: number } | { scale: number }

/** The browser's default font size, the page's root size unless it sets another. */
export const ROOT_FONT_PX = 16

const ABSOLUTE_KEYWORDS: Readonly<Record<string, number>> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
}
/** `smaller` and `larger`: Chromium scales by 1.2. */
const STEP = 1.2
export const SMALLER: FontSizeValue = { scale: 1 / STEP }
export const LARGER: FontSizeValue = { scale: STEP }
const SIZE = /^(\d*\.?\d+)(px|pt|pc|in|cm|mm|q|rem|em|ex|ch|%)$/
/** CSS pixels in one of each absolute length unit. */
export const ABSOLUTE_UNIT_PIXELS: Readonly<Record<string, number>> = {
  px: 1,
  pt: 4 / 3,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
}
const PIXELS: Readonly<Record<string, number>> = { ...ABSOLUTE_UNIT_PIXELS, rem: ROOT_FONT_PX }
/** Factors of the parent's size: `ex` and `ch` taken as half an em. */
const SCALES: Readonly<Record<string, number>> = { em: 1, ex: 0.5, ch: 0.5, '%': 0.01 }
/** `<font size="1">` to `size="7"`, as the browser's style sheet maps them. */
const FONT_ELEMENT_PX = [10, 13, 16, 18, 24, 32, 48]
const DEFAULT_FONT_ELEMENT_SIZE = 3

/** What a `font-size` value sets; undefined when it is not read here (`calc()`, `inherit`). */
export function fontSizeValue(value: string): FontSizeValue | undefined {
  const keyword = ABSOLUTE_KEYWORDS[value]
  if (keyword !== undefined) return { px: keyword }
  if (value === 'smaller') return SMALLER
  if (value === 'larger') return LARGER
  const match = SIZE.exec(value)
  if (match === null) return value === '0' ? { px: 0 } : undefined
  const number = parseFloat(match[1] ?? '')
  const unit = match[2] ?? ''
  const pixels = PIXELS[unit]
  if (pixels !== undefined) return { px: number * pixels }
  const scale = SCALES[unit]
  return scale === undefined ? undefined : { scale: number * scale }
}

/** The size `<font size="…">` sets (1 to 7, or relative to 3: `+1`, `-2`). */
export function fontElementSize(size: string): FontSizeValue | undefined {
  const match = /^\s*([+-]?)(\d+)/.exec(size)
  if (match === null) return undefined
  const number = parseInt(match[2] ?? '', 10)
  const level = match[1] === '' ? number : DEFAULT_FONT_ELEMENT_SIZE + (match[1] === '-' ? -number : number)
  const px = FONT_ELEMENT_PX[Math.min(Math.max(level, 1), FONT_ELEMENT_PX.length) - 1]
  return px === undefined ? undefined : { px }
}

/** The size an element's text is drawn in, from its parent's (undefined: not known) and what it sets. */
export function computedFontSize(
  parent: number | undefined,
  own: FontSizeValue | undefined,
): number | undefined {
  if (own === undefined) return parent
  if ('px' in own) return own.px
  return parent === undefined ? undefined : parent * own.scale
}
