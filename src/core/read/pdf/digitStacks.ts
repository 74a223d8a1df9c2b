import { isValueCell } from './cellText'
import { middleOf, overlapsHorizontally, rightOf, type Glyph } from './glyphs'
import { sameBaseline } from './lines'
import { centredValueAlone, MAX_LINE_STEP, MIN_LINE_STEP } from './stacks'

/*
 * A cell one digit wide prints its number down the cell, a digit a line ("5" over "2" over "5" over "4" for
 * 5254), centred on its row like the row's label. Left as lines, the digit on the row's line (or the lines
 * beside it) passed for the cell's number: 5254 read as 2, with no notice. wrappedNumbers.ts joins only
 * first lines of two digits or more: one digit a line is also what a column of one-digit numbers in rows one
 * line apart looks like. A stack is joined here only where its row shows it: the stack stands alone in its
 * column (nothing a line above or below it), and the row's label (shownByLabel) or a value of the row alone
 * in its column (shownByValue) stands at the stack's middle, no other line of the stack being a row's own
 * (its label or a value that is no stack's digit on it). A stack every line of which is a row's own is left
 * as lines; any other is unsure (UNSURE_SEPARATOR).
 */

const DIGIT = /^\d$/
/**
 * A stack its row does not show, whose lines are not every one a row's own: one number
 * or several, it cannot be told. Its digits are kept together, commas between them ("5,2,5,4"), a number
 * cell no reader takes for a count: its cell is left unread with a notice that quotes them, instead of one
 * of its digits passing for the number.
 */
const UNSURE_SEPARATOR = ','
/** How far (in font sizes) the digits of one stack may stand from each other's start. */
const ALIGNED = 0.3

function sameColumn(a: Glyph, b: Glyph): boolean {
  return Math.abs(a.x - b.x) <= ALIGNED * a.size || Math.abs(rightOf(a) - rightOf(b)) <= ALIGNED * a.size
}

/** The nearest glyph `step` lines above (1) or below (-1) the glyph in its column, if within a line's step. */
function nextInColumn(glyph: Glyph, glyphs: readonly Glyph[], direction: 1 | -1): Glyph | undefined {
  const near = glyphs
    .filter((other) => other !== glyph && overlapsHorizontally(other, glyph))
    .map((other) => ({ other, step: (other.y - glyph.y) * direction }))
    .filter(({ other, step }) => step > 0 && !sameBaseline(other, glyph))
    .sort((a, b) => a.step - b.step)[0]
  return near !== undefined && near.step <= MAX_LINE_STEP * glyph.size ? near.other : undefined
}

/** The stack of one-digit lines down from `top`, each a line under the one before, aligned with it. */
function stackFrom(top: Glyph, glyphs: readonly Glyph[]): Glyph[] {
  const stack = [top]
  for (let last = top; ;) {
    const below = nextInColumn(last, glyphs, -1)
    const step = below === undefined ? 0 : last.y - below.y
    if (below === undefined || !isDigitLine(below) || step < MIN_LINE_STEP * last.size) return stack
    if (below.size !== top.size || !sameColumn(top, below)) return stack
    stack.push(below)
    last = below
  }
}

function isDigitLine(glyph: Glyph): boolean {
  return !glyph.vertical && glyph.wholeCell !== true && DIGIT.test(glyph.text)
}

/**
 * Labels of the page left of the stack standing on the baseline `at`. Not a label joined from its stack of
 * lines (joinStacks): a group label merged over several rows stands at their middle, wherever that falls.
 */
function labelsAt(at: Pick<Glyph, 'y' | 'size'>, stack: readonly Glyph[], glyphs: readonly Glyph[]): Glyph[] {
  const left = Math.min(...stack.map((glyph) => glyph.x))
  return glyphs.filter(
    (label) =>
      label.wholeCell !== true &&
      !isValueCell(label.text) &&
      rightOf(label) <= left &&
      sameBaseline(label, at),
  )
}

/** A value on the line that is no digit of a stack: the line's row prints its numbers there. */
function holdsValue(line: Glyph, glyphs: readonly Glyph[], digits: ReadonlySet<Glyph>): boolean {
  return glyphs.some(
    (glyph) => !digits.has(glyph) && !glyph.vertical && isValueCell(glyph.text) && sameBaseline(glyph, line),
  )
}

/** The line is a row's own: its label stands on it, or a value that is no digit of a stack. */
function rowsOwnLine(
  line: Glyph,
  stack: readonly Glyph[],
  glyphs: readonly Glyph[],
  digits: ReadonlySet<Glyph>,
): boolean {
  return labelsAt(line, stack, glyphs).length > 0 || holdsValue(line, glyphs, digits)
}

/** Its row's label stands at the stack's middle, and no other line of it is a row's own. */
function shownByLabel(
  stack: readonly Glyph[],
  glyphs: readonly Glyph[],
  digits: ReadonlySet<Glyph>,
): boolean {
  const middle = middleOf(stack)
  if (labelsAt(middle, stack, glyphs).length === 0) return false
  return stack.every((line) => sameBaseline(line, middle) || !rowsOwnLine(line, stack, glyphs, digits))
}

function joined(stack: readonly Glyph[], separator: string): Glyph {
  const top = stack[0] as Glyph
  const bottom = stack[stack.length - 1] as Glyph
  const x = Math.min(...stack.map((glyph) => glyph.x))
  return {
    ...top,
    text: stack.map((glyph) => glyph.text).join(separator),
    x,
    y: (top.y + bottom.y) / 2,
    width: Math.max(...stack.map(rightOf)) - x,
    height: top.y - bottom.y + bottom.size,
    wholeCell: true,
  }
}

/**
 * A value of the row stands at the stack's middle, alone in its column over the stack's height, and its other
 * lines hold no value but the digits of stacks: the row's short numbers, centred as the stack is (the 0s
 * half-way between "3" and "7" of 37, beside a label wrapped over the two lines). Rows of their own one line
 * apart hold their values on their own lines.
 */
function shownByValue(
  stack: readonly Glyph[],
  glyphs: readonly Glyph[],
  digits: ReadonlySet<Glyph>,
): boolean {
  if (!centredValueAlone(stack, glyphs, digits)) return false
  const middle = middleOf(stack)
  return stack.every((line) => sameBaseline(line, middle) || !holdsValue(line, glyphs, digits))
}

/**
 * The page's glyphs with every number printed a digit a line joined where its row shows it (shownByLabel,
 * shownByValue); a stack its row does not show is kept together as unsure (UNSURE_SEPARATOR) unless each of its
 * lines is a row's own, beside a label.
 */
export function joinDigitStacks(page: readonly Glyph[]): Glyph[] {
  const taken = new Set<Glyph>()
  const candidates: Glyph[][] = []
  for (const top of [...page].sort((a, b) => b.y - a.y)) {
    if (taken.has(top) || !isDigitLine(top) || nextInColumn(top, page, 1) !== undefined) continue
    const stack = stackFrom(top, page)
    stack.forEach((glyph) => taken.add(glyph))
    const bottom = stack[stack.length - 1] as Glyph
    if (stack.length >= 2 && nextInColumn(bottom, page, -1) === undefined) candidates.push(stack)
  }
  if (candidates.length === 0) return [...page]
  const digits = new Set(candidates.flat())
  const shown = candidates.filter(
    (stack) => shownByLabel(stack, page, digits) || shownByValue(stack, page, digits),
  )
  const unsure = candidates.filter(
    (stack) => !shown.includes(stack) && !stack.every((line) => rowsOwnLine(line, stack, page, digits)),
  )
  const joinedGlyphs = new Set([...shown, ...unsure].flat())
  return [
    ...page.filter((glyph) => !joinedGlyphs.has(glyph)),
    ...shown.map((stack) => joined(stack, '')),
    ...unsure.map((stack) => joined(stack, UNSURE_SEPARATOR)),
  ]
}
