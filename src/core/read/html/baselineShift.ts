/**
 * How far an element's own style moves its text off the line's baseline, in CSS pixels, upward positive:
 * `vertical-align` by a length or a percentage (`4px`, `0.3em`, `40%`), relative positioning (`position:
 * relative; top: -3.0pt`, as Word's "Save as Web Page" writes a raised run, or `bottom: 0.5em`), or a
 * translation (`transform: translateY(-0.4em)`). Pages move a footnote mark that way ("1436" and a raised
 * "1"), and Word moves whole values too, run by run. The
 * sizes are approximate (an em taken as 16px, a line as 1.2em): what matters is whether text moved, which
 * way, and whether two runs moved alike.
 */
import { ABSOLUTE_UNIT_PIXELS } from './fontSize'

const LENGTH = /^([+-]?(?:\d+\.?\d*|\.\d+))(px|pt|pc|in|cm|mm|q|em|rem|ex|ch|%)?$/
const EM = 16
const LINE = 1.2 * EM
const PIXELS: Readonly<Record<string, number>> = {
  ...ABSOLUTE_UNIT_PIXELS,
  em: EM,
  rem: EM,
  ex: EM / 2,
  ch: EM / 2,
}

/** A length in pixels, a percentage taken of `hundred` pixels; undefined when the value is not one. */
function pixels(value: string, hundred: number): number | undefined {
  const match = LENGTH.exec(value.trim())
  if (match === null) return undefined
  const number = parseFloat(match[1] ?? '')
  const unit = match[2]
  if (!Number.isFinite(number)) return undefined
  if (unit === undefined) return number === 0 ? 0 : undefined
  if (unit === '%') return (number / 100) * hundred
  const factor = PIXELS[unit]
  return factor === undefined ? undefined : number * factor
}

/** How far a `vertical-align` length or percentage (of the line's height) raises the text; undefined for a keyword. */
export function verticalAlignShift(value: string): number | undefined {
  return pixels(value, LINE)
}

/** How far a `top` or `bottom` offset moves a relatively positioned element; undefined for `auto`. */
export function offsetShift(value: string): number | undefined {
  return pixels(value, EM)
}

const TRANSLATE_Y = /^translatey\(\s*([^,()\s]+)\s*\)$/
/** `translate(x, y)`, `translate3d(x, y, z)`, or a 2D `matrix(a, b, c, d, x, y)`: the y is what moves it up. */
const TRANSLATE = /^(?:translate|translate3d)\(\s*[^,()]+,\s*([^,()\s]+)\s*(?:,\s*[^,()]+)?\)$/
const MATRIX = /^matrix\(\s*(?:[^,()]+,\s*){5}([^,()\s]+)\s*\)$/

/**
 * How far a `transform` of one translation moves the element up (a percentage taken of an em, as of its own
 * height); undefined for any other transform, which may turn or scale it as well.
 */
export function transformShift(value: string): number | undefined {
  const y = TRANSLATE_Y.exec(value)?.[1] ?? TRANSLATE.exec(value)?.[1]
  const moved = y === undefined ? undefined : pixels(y, EM)
  if (moved !== undefined) return -moved
  const matrixY = MATRIX.exec(value)?.[1]
  const number = matrixY === undefined ? NaN : parseFloat(matrixY)
  return Number.isFinite(number) ? -number : undefined
}

/**
 * Text moved by less than this is on the same line as far as a reader sees: a pixel's jitter (`top: 1px`,
 * `top: .75pt`) sets no mark off the number, where a footnote mark is moved a quarter of an em or more.
 */
const SAME_SHIFT = 1.5

/** Whether text moved by `a` and text moved by `b` sit on different baselines. */
export function shiftsDiffer(a: number, b: number): boolean {
  return Math.abs(a - b) >= SAME_SHIFT
}
