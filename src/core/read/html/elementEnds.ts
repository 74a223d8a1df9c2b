/**
 * Where a browser ends each element of a page: at its end tag, or at the tag that ends it without one
 * (`</td>` ends a <span> left open in the cell, a <div> an open <p>), as the tree builder (openElements)
 * closes it. What a hidden element hides is its content up to there, not up to the next end tag of its
 * name, which may stand pages later or nowhere.
 *
 * A formatting element (<b>, <font>…) closed that way is not ended: the browser re-opens a copy of it,
 * with its attributes, around the text that follows, until its own end tag or the end of the cell it was
 * opened in (HTML's "active formatting elements" and their markers). It ends there.
 */
import { FORMATTING, OpenElements } from './openElements'
import type { HtmlToken } from './tokenize'

/** The start tag opens no element (void, or a self-closed foreign one). */
const NOT_OPENED = -2
/** The element is still open at the page's end. */
const OPEN = -1
/** Elements that bound the formatting a browser re-opens: a cell's text never takes the <b> around its table. */
const MARKERS: ReadonlySet<string> = new Set([
  'td',
  'th',
  'caption',
  'marquee',
  'object',
  'applet',
  'template',
])
/** How far back an end tag looks for a formatting element to end: a browser keeps at most three alike. */
const MAX_ACTIVE_SEARCH = 64

interface Opened {
  /** Index of its start tag; -1 for an element the browser implies. */
  start: number
  name: string
}

/** A formatting element not yet ended (`closed`: the tree closed it, the browser re-opens it), or a marker. */
type Active = { start: number; name: string; closed: boolean } | 'marker'

export interface ElementEnds {
  /** Whether the start tag at `start` opens an element. */
  opens(start: number): boolean
  /** The index of the token that ends the element opened at `start`; -1 when it is open at the page's end. */
  endOf(start: number): number
  /** Whether a table starts between `start` and `end` (-1: the page's end), the element itself included. */
  holdsTable(start: number, end: number): boolean
}

export function elementEnds(tokens: readonly HtmlToken[]): ElementEnds {
  const ends = new Int32Array(tokens.length).fill(NOT_OPENED)
  const tablesBefore = new Int32Array(tokens.length + 1)
  const active: Active[] = []
  let current = 0
  const lastActive = (name: string): number => {
    for (let at = active.length - 1; at >= Math.max(0, active.length - MAX_ACTIVE_SEARCH); at--) {
      const entry = active[at]
      if (entry === 'marker') return -1
      if (entry?.name === name) return at
    }
    return -1
  }
  const clearToMarker = (): void => {
    for (let entry = active.pop(); entry !== undefined && entry !== 'marker'; entry = active.pop())
      if (entry.closed) ends[entry.start] = current
  }
  const open = new OpenElements<Opened>(({ start, name }) => {
    if (MARKERS.has(name)) clearToMarker()
    if (start < 0) return
    const token = tokens[current]
    const at = FORMATTING.has(name) ? lastActive(name) : -1
    const entry = active[at]
    if (entry === undefined || entry === 'marker' || entry.start !== start) ends[start] = current
    else if (token?.type === 'end' && token.name === name) {
      ends[start] = current
      active.splice(at, 1)
    } else entry.closed = true
  })
  tokens.forEach((token, index) => {
    current = index
    tablesBefore[index + 1] =
      (tablesBefore[index] ?? 0) + (token.type === 'start' && token.name === 'table' ? 1 : 0)
    const at = token.type === 'end' && FORMATTING.has(token.name) ? lastActive(token.name) : -1
    const closed = active[at]
    // The end tag of a formatting element the tree closed before ends the copies the browser re-opened.
    if (closed !== undefined && closed !== 'marker' && closed.closed) {
      ends[closed.start] = index
      active.splice(at, 1)
      return
    }
    open.take(token, (name, _attributes, implied) => {
      const start = implied ? -1 : index
      if (start >= 0) ends[start] = OPEN
      if (MARKERS.has(name)) active.push('marker')
      else if (start >= 0 && FORMATTING.has(name)) active.push({ start, name, closed: false })
      open.push(name, { start, name })
    })
  })
  return {
    opens: (start) => (ends[start] ?? NOT_OPENED) !== NOT_OPENED,
    endOf: (start) => Math.max(OPEN, ends[start] ?? OPEN),
    holdsTable: (start, end) =>
      (tablesBefore[end === OPEN ? tokens.length : end] ?? 0) - (tablesBefore[start] ?? 0) > 0,
  }
}
