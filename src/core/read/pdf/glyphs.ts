import { normalizeText } from '../../text/normalize'
import type { PdfMarkedContentLike, PdfTextContentLike, PdfTextItemLike } from './pdfjsLike'

/**
 * One text run of a page in reading coordinates: x grows rightwards, y is the baseline measured
 * from the page bottom (so larger y is higher on the page). Vertical runs keep their top in `y`
 * and extend down to `y - height`.
 */
export interface Glyph {
  text: string
  x: number
  y: number
  width: number
  /** The font size: the height of one line of this run. */
  size: number
  /** Vertical extent of the run; equals `size` for horizontal text. */
  height: number
  vertical: boolean
  /** Joined from a stack of wrapped lines: a whole table cell, never merged with a neighbour. */
  wholeCell?: boolean
}

/** Where the glyph's text ends on its line. */
export function rightOf(glyph: Glyph): number {
  return glyph.x + glyph.width
}

/** Whether two glyphs share some of the page's width: one stands above the other, in one column. */
export function overlapsHorizontally(a: Glyph, b: Glyph): boolean {
  return a.x < rightOf(b) && b.x < rightOf(a)
}

/** Half-way between the first line of a stack of lines (top first) and its last, where its row's middle is. */
export function middleOf(stack: readonly Glyph[]): Pick<Glyph, 'y' | 'size'> {
  const top = stack[0] as Glyph
  const bottom = stack[stack.length - 1] as Glyph
  return { y: (top.y + bottom.y) / 2, size: top.size }
}

export function isTextItem(item: PdfTextItemLike | PdfMarkedContentLike): item is PdfTextItemLike {
  return 'str' in item
}

function fontSize(transform: readonly number[]): number {
  const [a = 0, b = 0] = transform
  return Math.hypot(a, b)
}

/**
 * Text items of one page → glyphs, NFKC-normalised (Kangxi radicals, full-width digits). Whitespace
 * items are dropped: pdf.js emits them for gaps with meaningless widths, and gaps are measured
 * from positions instead.
 */
export function glyphsOf(content: PdfTextContentLike): Glyph[] {
  const glyphs: Glyph[] = []
  for (const item of content.items) {
    if (!isTextItem(item)) continue
    const text = normalizeText(item.str).trim()
    if (text === '') continue
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform
    const size = fontSize(item.transform) || item.height
    const rotated = Math.abs(b) > Math.abs(a)
    const verticalFont =
      item.dir === 'ttb' ||
      (item.fontName !== undefined && content.styles?.[item.fontName]?.vertical === true)
    const vertical = rotated || verticalFont || (text.length > 1 && item.height > item.width * 1.5)
    glyphs.push({
      text,
      x,
      y,
      width: vertical ? Math.max(item.width, size) : item.width,
      size,
      height: vertical ? Math.max(item.height, size) : size,
      vertical,
    })
  }
  return glyphs
}
