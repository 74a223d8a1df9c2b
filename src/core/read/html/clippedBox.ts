/**
 * A box too small to show anything that clips what overflows it: `display:inline-block; width:0;
 * overflow:hidden` (an anti-copy trick slips digits into numbers that way), `height:0; overflow:hidden` on a
 * <div>. Its text overflows the box and is cut away, so a browser draws none of it. So is a box scaled to
 * nothing (`transform: scale(0)`), the content of one whose content is not drawn
 * (`content-visibility: hidden`), and a line indented far off the box's left (`text-indent: -9999px`) that
 * the box clips (the trick that replaces a heading's text by an image; what it holds is one short line). Width and height apply
 * only to a block box (an inline-block, a block, one positioned absolutely or floated); a <span> stays
 * inline and shows its text whatever its width says. Padding widens the box the text shows through, so a
 * block that sets any is not taken as clipping to nothing. Only what one declaration block says together
 * counts, as for a place off the screen (styleSheet's offscreenBy).
 */

/** The declarations a clip to nothing is read from, by property (lower-cased values, without !important). */
export type Boxing = Record<string, string>

/** Properties of a block that a clip to nothing is read from. */
export const BOXING_PROPERTY =
  /^(?:float|overflow(?:-[xy])?|(?:max-)?(?:width|height)|padding(?:-\w+)?|transform|content-visibility|text-indent)$/

/** Displays whose box has a width and height of its own (not inline, not a table's inner part). */
export const BLOCK_BOX_DISPLAY =
  /^(?:block|inline-block|flex|inline-flex|grid|inline-grid|list-item|flow-root|table|inline-table)$/
/** A length that shows nothing of a glyph: 0 in any unit, or a pixel or less. */
const NO_LENGTH = /^(?:0+(?:\.0*)?|\.0+)(?:[a-z]{1,4}|%)?$|^(?:0*\.\d+|1(?:\.0*)?)px$/
const CLIPS = /^(?:hidden|clip)$/
/** A scale to nothing along either axis: `scale(0)`, `scaleX(0)`, `scale(1, 0)`, `scale3d(0, …)`. */
const NO_SCALE =
  /\bscale(?:\(\s*0+(?:\.0*)?\s*[,)]|\(\s*[\d.]+\s*,\s*0+(?:\.0*)?\s*\)|[xy]\(\s*0+(?:\.0*)?\s*\)|3d\(\s*0+(?:\.0*)?\s*,)/
/** An indent that puts a line's text far off the box's left: -999px, -100em and beyond. */
const FAR_INDENT = /^-(?:\d{4,}|999)(?:\.\d*)?(?:px|pt)$|^-\d{3,}(?:\.\d*)?r?em$/
const NO_PADDING = /^(?:(?:0+(?:\.0*)?|\.0+)(?:[a-z]{1,4}|%)?\s*){1,4}$/

/** Whether a block floats the element, which makes its box a block whatever its display. */
export function floats(boxing: Boxing): boolean {
  return /^(?:left|right)$/.test(boxing.float ?? '')
}

/**
 * Whether a block's sizes and overflow clip all a block box holds; undefined when it sets none of them.
 * Whether the element's box is a block the display and position that win for it say (styleHidden), or
 * the block's float.
 */
export function clipsAll(boxing: Boxing): boolean | undefined {
  const sizes = ['width', 'max-width', 'height', 'max-height', 'overflow', 'overflow-x', 'overflow-y']
  const drawn = ['transform', 'content-visibility', 'text-indent']
  if (![...sizes, ...drawn].some((property) => boxing[property] !== undefined)) return undefined
  if (NO_SCALE.test(boxing.transform ?? '') || boxing['content-visibility'] === 'hidden') return true
  const padded = Object.entries(boxing).some(
    ([property, value]) => property.startsWith('padding') && !NO_PADDING.test(value),
  )
  const clipsAcross = CLIPS.test(boxing['overflow-x'] ?? boxing.overflow ?? '')
  const clipsDown = CLIPS.test(boxing['overflow-y'] ?? boxing.overflow ?? '')
  const none = (property: string) => NO_LENGTH.test(boxing[property] ?? '')
  const narrow = clipsAcross && (none('width') || none('max-width'))
  const flat = clipsDown && (none('height') || none('max-height'))
  const indented = clipsAcross && FAR_INDENT.test(boxing['text-indent'] ?? '')
  return indented || (!padded && (narrow || flat))
}
