import { closeDecimalGaps } from './cellText'
import type { Glyph } from './glyphs'
import { groupSpelling } from './groupNames'
import type { LayoutCell, LayoutLine } from './layout'

/** Glyphs whose baselines differ by less than this many font sizes share a line. */
export const BASELINE_TOLERANCE = 0.45

/** Whether two glyphs stand on one baseline (BASELINE_TOLERANCE of the smaller's size). */
export function sameBaseline(a: Pick<Glyph, 'y' | 'size'>, b: Pick<Glyph, 'y' | 'size'>): boolean {
  return Math.abs(a.y - b.y) <= BASELINE_TOLERANCE * Math.min(a.size, b.size)
}
/** Glyphs closer than this many font sizes are one cell (pdf.js splits runs mid-word). */
const CELL_GAP = 0.5
/** Inside a cell, a gap wider than this many font sizes was a space in the text. */
const SPACE_GAP = 0.15

/**
 * The cell spells a whole merged group label of 表三 ("（六）其他处理") and a space follows it: the text after
 * the space is the next column's. Cells without padding put a group label right beside its rows' item labels,
 * closer than cells apart ("（六）其他处理 、行政机关不再处理…", a wrapped item label's middle line), which read
 * as one numbered label made the item's first line above it a row of its own.
 */
function endsGroupLabel(cell: LayoutCell, gap: number): boolean {
  return gap > SPACE_GAP * cell.size && groupSpelling(cell.text) === 'whole'
}

function toCells(glyphs: readonly Glyph[], y: number): LayoutCell[] {
  const sorted = [...glyphs].sort((a, b) => a.x - b.x)
  const cells: LayoutCell[] = []
  let previous: Glyph | undefined
  for (const glyph of sorted) {
    const last = cells[cells.length - 1]
    const size = Math.max(glyph.size, last?.size ?? 0)
    const gap = last ? glyph.x - last.right : Infinity
    const separate =
      glyph.wholeCell === true ||
      previous?.wholeCell === true ||
      (last !== undefined && endsGroupLabel(last, gap))
    previous = glyph
    if (last && !separate && gap < CELL_GAP * size) {
      last.text += gap > SPACE_GAP * size ? ` ${glyph.text}` : glyph.text
      last.right = Math.max(last.right, glyph.x + glyph.width)
      last.size = size
    } else {
      cells.push({ text: glyph.text, x: glyph.x, right: glyph.x + glyph.width, y, size: glyph.size })
    }
  }
  return cells.map((cell) => ({ ...cell, text: closeDecimalGaps(cell.text) }))
}

/**
 * Glyphs → lines, top of the page first. A glyph joins the line whose first (highest) glyph's
 * baseline is within tolerance, so labels and the larger digits of one table row stay together
 * even when their baselines differ by a point or two.
 */
export function groupLines(glyphs: readonly Glyph[]): LayoutLine[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: { y: number; size: number; glyphs: Glyph[] }[] = []
  for (const glyph of sorted) {
    const group = groups.find((candidate) => sameBaseline(candidate, glyph))
    if (group) {
      group.glyphs.push(glyph)
      group.size = Math.min(group.size, glyph.size)
    } else {
      groups.push({ y: glyph.y, size: glyph.size, glyphs: [glyph] })
    }
  }
  return groups
    .map((group) => ({ y: group.y, size: group.size, cells: toCells(group.glyphs, group.y) }))
    .sort((a, b) => b.y - a.y)
}
