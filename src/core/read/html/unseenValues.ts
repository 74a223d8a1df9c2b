/**
 * CSS values that leave text drawn, but too small or too faint for a reader to see: a font a pixel or two
 * high (a dot, not a digit), an opacity of a few hundredths, a filter to opacity 0. Anti-copy tricks use
 * them beside the exact 0 (`font-size: 0`, `opacity: 0`) that is easy to spot. A page never sets its
 * report's text that way.
 */

/** Font sizes at or below these are not read: a digit 2px high is a dot. */
const TINY_SIZE: Readonly<Record<string, number>> = { px: 2, pt: 1.5, em: 0.125, rem: 0.125, '%': 12.5 }
/** An opacity at or below this is not seen (a negative one is clamped to 0). */
const FAINT_OPACITY = 0.03
const SIZE = /^(-?[\d.]+)([a-z]{1,4}|%)?$/
const OPACITY = /^(-?[\d.]+)(%)?$/
/** `opacity(0)`, `opacity(1%)` in a `filter`: the element and all it holds drawn that faint. */
const FILTER_OPACITY = /opacity\(\s*(-?[\d.]+)(%)?\s*\)/

/** Whether a font size (`0`, `1px`, `.05em`) is too small for text to be read; a unitless 0 counts. */
export function tinySize(size: string): boolean {
  const match = SIZE.exec(size)
  if (match === null) return false
  const value = parseFloat(match[1] ?? '')
  if (!Number.isFinite(value)) return false
  if (value <= 0) return true
  const limit = TINY_SIZE[match[2] ?? '']
  return limit !== undefined && value <= limit
}

function faint(number: string | undefined, percent: string | undefined): boolean {
  const value = parseFloat(number ?? '')
  return Number.isFinite(value) && (percent === '%' ? value / 100 : value) <= FAINT_OPACITY
}

/** Whether an `opacity` value draws the element too faint to be seen. */
export function faintOpacity(value: string): boolean {
  const match = OPACITY.exec(value)
  return match !== null && faint(match[1], match[2])
}

/** Whether a `filter` value draws the element too faint to be seen (`opacity(0)`). */
export function faintFilter(value: string): boolean {
  const match = FILTER_OPACITY.exec(value)
  return match !== null && faint(match[1], match[2])
}
