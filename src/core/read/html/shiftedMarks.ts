/**
 * Footnote marks moved off the baseline by how far, not by `vertical-align: super` (see baselineShift):
 * "1436" and a "1" raised by `position: relative; top: -3pt`. Text moved from the text before it in its
 * cell is a mark when it is one as the Word readers judge it (raisedText's isShiftedMark: a short mark
 * right after a number); it is then bracketed, so the number reader drops it with a notice instead of
 * running it into the number. A value moved as a whole, or in runs all moved alike (Word writes a lowered
 * value run by run), has nothing before it on another baseline, and reads as written. Text set smaller and
 * aligned by its top with its parent's (`vertical-align: text-top`, as reset style sheets set <sup>) is
 * raised too.
 */
import type { FlowItem } from './flow'
import type { FlowMark } from './overriddenOrder'
import { BEFORE_LENGTH, isShiftedMark } from '../raisedText'
import { computedFontSize, ROOT_FONT_PX } from './fontSize'
import type { OwnBaseline } from './styleHidden'
import type { StyleSheet } from './styleSheet'
import type { HtmlToken } from './tokenize'

/** Where text stands: how far it is moved up off the baseline, in pixels, and its font size if known. */
export interface Baseline {
  shift: number
  size: number | undefined
}

/** Text set at most this much smaller than its parent's is set as large (a rounding of pt to px). */
const SAME_SIZE_RATIO = 0.95
/** How much of the difference in size a top-aligned text is raised by: its ascent's share of it. */
const ASCENT = 0.8

/** Where an element's text stands, inside a parent's standing at `parent`, by what its own style says. */
export function baselineWithin(parent: Baseline, own: OwnBaseline): Baseline {
  const size = computedFontSize(parent.size, own.size)
  const raise =
    own.topAligned && size !== undefined && parent.size !== undefined && size < parent.size * SAME_SIZE_RATIO
      ? (parent.size - size) * ASCENT
      : 0
  return { shift: parent.shift + own.shift + raise, size }
}

/** Where the text at each point of the page stands: the page's baseline and size, or its elements'. */
export class BaselineStack {
  private readonly entries: { end: number; baseline: Baseline }[] = []
  private readonly page: Baseline = { shift: 0, size: ROOT_FONT_PX }

  /** Where text at this token stands; forgets the elements that ended before it. */
  at(index: number): Baseline {
    while ((this.entries.at(-1)?.end ?? Infinity) < index) this.entries.pop()
    return this.entries.at(-1)?.baseline ?? this.page
  }

  push(end: number, baseline: Baseline): void {
    this.entries.push({ end, baseline })
  }
}

/** A style attribute that may move text off the baseline (see styleSheet's movesText). */
const MAY_MOVE = /vertical-align|position|transform/i

/**
 * Whether text on the page may be moved off its parent's baseline otherwise than by `super` or `sub`: only
 * then is where text stands followed, which costs a look at each element's style.
 */
export function pageMovesText(tokens: readonly HtmlToken[], sheet: StyleSheet): boolean {
  return (
    sheet.movesText ||
    tokens.some((token) => token.type === 'start' && MAY_MOVE.test(token.attributes.style ?? ''))
  )
}

function textOf(item: FlowItem | undefined): string | undefined {
  return item?.kind === 'text' ? item.text : undefined
}

/**
 * Brackets the text added since `mark` when it is a footnote mark after the number before it on the same
 * line of the cell; leaves it as it is otherwise.
 */
export function bracketIfMark({ items, from }: FlowMark): void {
  let text = ''
  for (let at = from; at < items.length; at++) {
    const added = textOf(items[at])
    if (added === undefined) return
    text += added
  }
  let before = ''
  for (let at = from - 1; at >= 0 && before.length < BEFORE_LENGTH; at--) {
    const earlier = textOf(items[at])
    if (earlier === undefined) break
    before = earlier + before
  }
  if (!isShiftedMark(text, before)) return
  items.splice(from, 0, { kind: 'text', text: '[' })
  items.push({ kind: 'text', text: ']' })
}
