/**
 * visibility:hidden hides an element's own text but not a descendant that sets visibility:visible: which
 * stretches of tokens show, inside an invisible element whose descendants may show themselves again.
 */
import type { StyleSheet } from './styleSheet'
import { mayBeVisible } from './styleHidden'
import type { HtmlToken } from './tokenize'

/** Whether an element between `from` and `to` may make itself visible inside an invisible ancestor. */
export function holdsMayBeVisible(tokens: HtmlToken[], from: number, to: number, sheet: StyleSheet): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]
    if (token?.type === 'start' && mayBeVisible(sheet, token.name, token.attributes)) return true
  }
  return false
}

/** Invisible elements whose descendants may show, and those descendants: until which token each reaches. */
export class VisibilityStack {
  private readonly entries: { end: number; visible: boolean }[] = []

  /** Whether text at this token shows; forgets the elements that ended before it. */
  visibleAt(index: number): boolean {
    while ((this.entries.at(-1)?.end ?? Infinity) < index) this.entries.pop()
    return this.entries.at(-1)?.visible ?? true
  }

  push(end: number, visible: boolean): void {
    this.entries.push({ end, visible })
  }
}
