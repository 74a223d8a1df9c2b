import { isTextItem } from './glyphs'
import type { PdfTextContentLike } from './pdfjsLike'

/*
 * A page may be stored turned, its /Rotate turning it back for the viewer: a word processor's landscape
 * section exported onto a portrait MediaBox with /Rotate 90 and its text drawn up the page, a scan stored
 * upside down with /Rotate 180. pdf.js gives text in the page's own (unturned) space, where such a table's
 * rows run up the page. Read in the shown page's space instead, its rows are horizontal lines like those of
 * any landscape page.
 */

/** The page as shown: its size, and the map from the page's own space into it. */
export interface ShownPage {
  width: number
  height: number
  /** [a, b, c, d, e, f] as pdf.js writes transforms: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
  transform: readonly number[]
}

/** pdf.js's own rule: a /Rotate that is not a multiple of 90 is ignored. */
function quarterTurns(rotate: number): number {
  if (!Number.isFinite(rotate) || rotate % 90 !== 0) return 0
  return (((rotate / 90) % 4) + 4) % 4
}

/**
 * The shown page of a page whose visible box is `view` ([x0, y0, x1, y1]) and whose /Rotate is `rotate`
 * (clockwise, in degrees): x grows rightwards and y upwards from the shown page's bottom-left corner.
 */
export function shownPage(view: readonly number[], rotate = 0): ShownPage {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view
  const width = Math.abs(x1 - x0)
  const height = Math.abs(y1 - y0)
  const left = Math.min(x0, x1)
  const bottom = Math.min(y0, y1)
  const right = left + width
  const top = bottom + height
  switch (quarterTurns(rotate)) {
    case 1:
      return { width: height, height: width, transform: [0, -1, 1, 0, -bottom, right] }
    case 2:
      return { width, height, transform: [-1, 0, 0, -1, right, top] }
    case 3:
      return { width: height, height: width, transform: [0, 1, -1, 0, top, -left] }
    default:
      return { width, height, transform: [1, 0, 0, 1, -left, -bottom] }
  }
}

/** `inner` followed by `outer`: the transform of a text item once its page is shown. */
function compose(outer: readonly number[], inner: readonly number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = outer
  const [ia = 1, ib = 0, ic = 0, id = 1, ie = 0, iff = 0] = inner
  return [
    a * ia + c * ib,
    b * ia + d * ib,
    a * ic + c * id,
    b * ic + d * id,
    a * ie + c * iff + e,
    b * ie + d * iff + f,
  ]
}

/**
 * The page's text placed on the shown page. Widths and heights stay: pdf.js measures them along and
 * across the text's own direction, which turning the page does not change.
 */
export function shownContent(content: PdfTextContentLike, page: ShownPage): PdfTextContentLike {
  return {
    ...content,
    items: content.items.map((item) =>
      isTextItem(item) ? { ...item, transform: compose(page.transform, item.transform) } : item,
    ),
  }
}
