/**
 * Footnote marks moved off the baseline by how far, not by `vertical-align: super` (see baselineShift):
 * "1436" and a "1" raised by `position: relative; top: -3pt`. Text moved from the text before it in its
 * cell is a mark when it is one as the Word readers judge it (raisedText's isShiftedMark: a short mark
 * right after a number); it is then bracketed, so the number reader drops it with a notice instead of
 * running it into the number. A value moved as a whole, or in runs all moved alike (Word writes a lowered
 * value run by run), has nothing before it on another baseline, and reads as written.
 */
import type { FlowItem } from './flow'
import type { FlowMark } from './overriddenOrder'
import { isShiftedMark } from '../raisedText'

/** How far the text at each point of a cell is moved up: the sum of its elements' own shifts. */
export class ShiftStack {
  private readonly entries: { end: number; shift: number }[] = []

  /** The shift of text at this token; forgets the elements that ended before it. */
  shiftAt(index: number): number {
    while ((this.entries.at(-1)?.end ?? Infinity) < index) this.entries.pop()
    return this.entries.at(-1)?.shift ?? 0
  }

  push(end: number, shift: number): void {
    this.entries.push({ end, shift })
  }
}

/** Enough of the text before a mark to see whether it ends in a number (as raisedText reads it). */
const BEFORE_LENGTH = 8

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
