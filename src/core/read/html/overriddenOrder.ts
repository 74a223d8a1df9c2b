/**
 * Text a browser draws right to left, character by character, whatever the characters: `<bdo dir="rtl">`
 * and `unicode-bidi: bidi-override; direction: rtl` (an anti-copy trick writes 6341 so that the page shows
 * 1436). Only the element's own markup says so here (its `dir`, its style attribute); what it holds is
 * read in the order it is drawn, when it is text alone (no line break, no table in it).
 */
import type { FlowItem } from './flow'

const OVERRIDE = /(?:^|;)\s*unicode-bidi\s*:\s*(?:bidi-override|isolate-override)\b/i
const RIGHT_TO_LEFT = /(?:^|;)\s*direction\s*:\s*rtl\b/i

/** Whether the element draws what it holds right to left, character by character. */
export function overridesRightToLeft(name: string, attributes: Record<string, string>): boolean {
  if (name === 'bdo') return (attributes.dir ?? '').trim().toLowerCase() === 'rtl'
  const style = attributes.style ?? ''
  return OVERRIDE.test(style) && RIGHT_TO_LEFT.test(style)
}

/** Where an element's content starts in the flow: the items it is added to, and how many were there. */
export interface FlowMark {
  items: FlowItem[]
  from: number
}

/** Puts the text added since `mark` in the order it is drawn: its characters reversed, when it is text alone. */
export function reverseSince({ items, from }: FlowMark): void {
  const added = items.slice(from)
  if (added.some((item) => item.kind !== 'text')) return
  const text = added.map((item) => (item.kind === 'text' ? item.text : '')).join('')
  items.splice(from, added.length, { kind: 'text', text: Array.from(text).reverse().join('') })
}
