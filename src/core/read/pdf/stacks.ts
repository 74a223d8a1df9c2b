import { isValueCell } from './cellText'
import { middleOf, overlapsHorizontally, type Glyph } from './glyphs'
import { groupSpelling } from './groupNames'
import { sameBaseline } from './lines'

/*
 * Narrow table cells wrap their text into a stack of short lines ("商业 / 企业", "结果 / 维持",
 * "三 / 、本 / 年…" for a merged label written down the rows it spans), and vertical fonts give one
 * tall run. Both become one horizontal glyph at the stack's vertical centre, where the table
 * places such a cell's meaning, so the line builder sees "商业企业" as one cell.
 */

const MAX_STACK_PIECE_CHARS = 4
/** A piece this short may be the only text before a row's numbers (one character per line). */
const MAX_LONE_PIECE_CHARS = 2
/** Successive lines of one stacked cell (or of a number wrapped in it) are this many font sizes apart. */
export const MAX_LINE_STEP = 1.6
export const MIN_LINE_STEP = 0.7

/**
 * A glyph can be part of a stack if it is short text, not a number, and either no number sits to
 * its right on its baseline (a header or a label between rows) or it is the leftmost piece of a
 * row and is very short or followed by another label (a piece of a merged label written down
 * the rows it spans).
 */
function isStackPiece(glyph: Glyph, page: readonly Glyph[]): boolean {
  if (glyph.vertical || glyph.text.length > MAX_STACK_PIECE_CHARS || /\d/.test(glyph.text)) return false
  if (glyph.width > (MAX_STACK_PIECE_CHARS + 0.5) * glyph.size) return false
  const sameLine = page.filter((other) => other !== glyph && sameBaseline(other, glyph))
  if (!sameLine.some((other) => other.x > glyph.x && isValueCell(other.text))) return true
  if (sameLine.some((other) => other.x <= glyph.x)) return false
  if (glyph.text.length <= MAX_LONE_PIECE_CHARS) return true
  const next = sameLine.sort((a, b) => a.x - b.x)[0]
  return next !== undefined && !isValueCell(next.text)
}

function alignedColumn(a: Glyph, b: Glyph): boolean {
  const tolerance = 0.3 * Math.max(a.size, b.size)
  return Math.abs(a.x - b.x) <= tolerance || Math.abs(a.x + a.width / 2 - (b.x + b.width / 2)) <= tolerance
}

function merge(stack: readonly Glyph[]): Glyph {
  const top = stack[0] as Glyph
  const bottom = stack[stack.length - 1] as Glyph
  const x = Math.min(...stack.map((glyph) => glyph.x))
  const right = Math.max(...stack.map((glyph) => glyph.x + glyph.width))
  return {
    text: stack.map((glyph) => glyph.text).join(''),
    x,
    y: (top.y + bottom.y) / 2,
    width: right - x,
    size: top.size,
    height: top.y - bottom.y + bottom.size,
    vertical: false,
    wholeCell: true,
  }
}

function collectStacks(pieces: readonly Glyph[]): Glyph[][] {
  const byHeight = [...pieces].sort((a, b) => b.y - a.y)
  const used = new Set<Glyph>()
  const stacks: Glyph[][] = []
  for (const start of byHeight) {
    if (used.has(start)) continue
    const stack = [start]
    let last = start
    for (const next of byHeight) {
      if (used.has(next) || stack.includes(next) || next.y >= last.y) continue
      const step = last.y - next.y
      if (step > MAX_LINE_STEP * last.size) break
      if (step >= MIN_LINE_STEP * last.size && alignedColumn(last, next)) {
        stack.push(next)
        last = next
      }
    }
    if (stack.length > 1) {
      stack.forEach((glyph) => used.add(glyph))
      stacks.push(stack)
    }
  }
  return stacks
}

/** The glyph under `last` in its column, one wrapped line down, that spells on the group label `text` starts. */
function nextGroupPiece(
  glyphs: readonly Glyph[],
  used: ReadonlySet<Glyph>,
  last: Glyph,
  text: string,
): Glyph | undefined {
  return glyphs
    .filter((next) => {
      const step = last.y - next.y
      return (
        !next.vertical &&
        !used.has(next) &&
        step >= MIN_LINE_STEP * last.size &&
        step <= MAX_LINE_STEP * last.size &&
        alignedColumn(last, next) &&
        groupSpelling(text + next.text) !== undefined
      )
    })
    .sort((a, b) => b.y - a.y)[0]
}

/**
 * Merged group labels wrapped in their narrow column ("（三）不" over "予公开", "三、本 / 年度办 / 理结果"),
 * known by what their pieces spell together. A piece may be the only text before a row's digits, which
 * a stack piece may not be (isStackPiece): the spelling is what tells it from a row's own short label.
 */
function collectGroupStacks(glyphs: readonly Glyph[]): Glyph[][] {
  const stacks: Glyph[][] = []
  // A piece belongs to one label: two starts above one "予公开" must not both take it (its text twice).
  const used = new Set<Glyph>()
  for (const start of glyphs) {
    if (used.has(start) || start.vertical || groupSpelling(start.text) !== 'start') continue
    const stack = [start]
    let text = start.text
    for (
      let next = nextGroupPiece(glyphs, used, start, text);
      next;
      next = nextGroupPiece(glyphs, used, next, text)
    ) {
      stack.push(next)
      text += next.text
      if (groupSpelling(text) === 'whole') {
        stack.forEach((glyph) => used.add(glyph))
        stacks.push(stack)
        break
      }
    }
  }
  return stacks
}

/**
 * A merged group label at its stack's centre, on the baseline of the text there (a row's digits, a piece
 * of its label) when any: the centre of two wrapped lines lies a point or two off the row's own baseline,
 * and the line builder takes a line's baseline from its highest glyph, which would move the row's line and
 * put its wrapped label lines out of reach.
 */
function mergeGroup(stack: readonly Glyph[], others: readonly Glyph[]): Glyph {
  const merged = merge(stack)
  const level = others
    .filter((glyph) => sameBaseline(glyph, merged))
    .sort((a, b) => Math.abs(a.y - merged.y) - Math.abs(b.y - merged.y))[0]
  return level ? { ...merged, y: level.y } : merged
}

/** A vertical run (vertical font or rotated text) laid flat at its centre. */
function flatten(glyph: Glyph): Glyph {
  return {
    ...glyph,
    y: glyph.y - glyph.height / 2 + glyph.size / 2,
    height: glyph.size,
    vertical: false,
    wholeCell: true,
  }
}

/** Runs closer than this many font sizes, on one baseline, are one piece of text. */
const TOUCHING_GAP = 0.15
/** Runs whose baselines differ by at most this many font sizes are on one baseline (not a superscript). */
const SAME_BASELINE = 0.1

function touches(left: Glyph, right: Glyph): boolean {
  const size = Math.max(left.size, right.size)
  const gap = right.x - (left.x + left.width)
  return (
    Math.abs(left.y - right.y) <= SAME_BASELINE * size &&
    gap >= -TOUCHING_GAP * size &&
    gap <= TOUCHING_GAP * size
  )
}

/**
 * Horizontal runs that touch, joined: a PDF whose text switches fonts (a fallback font for some traditional
 * characters, another for digits) cuts one line of prose into runs of a character or two, which would
 * otherwise pass for the short pieces of a stacked cell. The line builder joins such runs without a space
 * anyway.
 */
function joinTouching(glyphs: readonly Glyph[]): Glyph[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x)
  const joined: Glyph[] = []
  for (const glyph of sorted) {
    const last = joined[joined.length - 1]
    if (last === undefined || last.vertical || glyph.vertical || !touches(last, glyph)) {
      joined.push(glyph)
      continue
    }
    joined[joined.length - 1] = {
      ...last,
      text: last.text + glyph.text,
      width: glyph.x + glyph.width - last.x,
      size: Math.max(last.size, glyph.size),
      height: Math.max(last.height, glyph.height),
    }
  }
  return joined
}

export function joinStacks(page: readonly Glyph[]): Glyph[] {
  const touching = joinTouching(page)
  const groups = collectGroupStacks(touching)
  const grouped = new Set(groups.flat())
  const glyphs = touching.filter((glyph) => !grouped.has(glyph))
  const pieces = glyphs.filter((glyph) => isStackPiece(glyph, glyphs))
  const stacks = collectStacks(pieces)
  const stacked = new Set(stacks.flat())
  const single = glyphs
    .filter((glyph) => !stacked.has(glyph))
    .map((glyph) => (glyph.vertical ? flatten(glyph) : glyph))
  return [...single, ...stacks.map(merge), ...groups.map((stack) => mergeGroup(stack, single))]
}

/**
 * A value of the row stands on the middle of the stack of lines (a number wrapped or printed down its cell,
 * top line first), alone in its column over the stack's height: the row's short numbers, centred as the
 * stack is. Rows of their own stand a row apart, each value on its row's line, so nothing of theirs stands
 * half a line between. `taken`: glyphs that are lines of stacks, no values of their own.
 */
export function centredValueAlone(
  stack: readonly Glyph[],
  glyphs: readonly Glyph[],
  taken: ReadonlySet<Glyph>,
): boolean {
  const top = stack[0] as Glyph
  const bottom = stack[stack.length - 1] as Glyph
  const middle = middleOf(stack)
  const reach = MIN_LINE_STEP * top.size
  return glyphs.some(
    (value) =>
      !taken.has(value) &&
      !value.vertical &&
      isValueCell(value.text) &&
      sameBaseline(value, middle) &&
      !glyphs.some(
        (other) =>
          other !== value &&
          overlapsHorizontally(other, value) &&
          other.y <= top.y + reach &&
          other.y >= bottom.y - reach,
      ),
  )
}
