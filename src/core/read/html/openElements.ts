/**
 * The elements open at each point of a page, as a browser's tree builder keeps them: an end tag closes the
 * nearest open element of its name and all opened after it (a stray one closes nothing), and the end tags
 * pages leave out are implied — a block closes an open <p>, a <li> the previous <li>, a cell the previous
 * cell, a row the previous row. Void and self-closed elements never open. The searches for what to close
 * look at most MAX_SCOPE_SEARCH elements down, so a page nested 20,000 deep stays linear.
 */
import type { HtmlToken } from './tokenize'

/** Elements whose start closes an open <p> (HTML's tree construction, "in body"). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'li',
  'dd',
  'dt',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
])
/** Elements an implied end never reaches past (HTML's "scope" markers, simplified). */
const SCOPE = new Set([
  'html',
  'table',
  'td',
  'th',
  'caption',
  'button',
  'object',
  'marquee',
  'applet',
  'template',
])
const LIST_SCOPE = new Set([...SCOPE, 'ul', 'ol', 'dl'])
const TABLE_SCOPE = new Set(['html', 'table', 'template'])
/** Void elements never have content, so they can never be a hidden container. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
])
/** Implied ends look this far down the open elements: real pages close a <p> a few inline levels up. */
const MAX_SCOPE_SEARCH = 64

interface ImpliedEnd {
  /** The names it ends (the nearest open one and all opened after it). */
  closes: ReadonlySet<string>
  /** The elements that search may not pass. */
  scope: ReadonlySet<string>
}

const CELLS = new Set(['td', 'th'])
const DEFINITIONS = new Set(['dd', 'dt'])
/** What a start tag closes, besides an open <p>. */
const IMPLIED_ENDS = new Map<string, ImpliedEnd>([
  ['li', { closes: new Set(['li']), scope: LIST_SCOPE }],
  ['dd', { closes: DEFINITIONS, scope: LIST_SCOPE }],
  ['dt', { closes: DEFINITIONS, scope: LIST_SCOPE }],
  ['td', { closes: CELLS, scope: TABLE_SCOPE }],
  ['th', { closes: CELLS, scope: TABLE_SCOPE }],
  ['tr', { closes: new Set(['tr', ...CELLS]), scope: TABLE_SCOPE }],
  ['option', { closes: new Set(['option']), scope: SCOPE }],
])
for (const group of ['tbody', 'thead', 'tfoot'])
  IMPLIED_ENDS.set(group, {
    closes: new Set(['tbody', 'thead', 'tfoot', 'tr', ...CELLS]),
    scope: TABLE_SCOPE,
  })
const PARAGRAPH = new Set(['p'])

export class OpenElements<T> {
  private readonly open: { name: string; value: T }[] = []
  /** Open elements per name, so an end tag with none open costs nothing. */
  private readonly counts = new Map<string, number>()

  constructor(private readonly closed: (value: T) => void) {}

  /** The innermost open element's value. */
  parent(): T | undefined {
    return this.open.at(-1)?.value
  }

  /** Whether a start tag opens an element that later tags may close. */
  static opens(token: HtmlToken & { type: 'start' }): boolean {
    return !token.selfClosing && !VOID_ELEMENTS.has(token.name)
  }

  /** Closes what the start tag of `name` implies; call before working out the new element's value. */
  starting(name: string): void {
    if (CLOSES_P.has(name)) this.closeNearest(PARAGRAPH, SCOPE)
    const implied = IMPLIED_ENDS.get(name)
    if (implied !== undefined) this.closeNearest(implied.closes, implied.scope)
  }

  push(name: string, value: T): void {
    this.open.push({ name, value })
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1)
  }

  end(name: string): void {
    if ((this.counts.get(name) ?? 0) === 0) return
    for (;;) {
      const popped = this.pop()
      if (popped === undefined || popped === name) return
    }
  }

  private pop(): string | undefined {
    const element = this.open.pop()
    if (element === undefined) return undefined
    this.counts.set(element.name, (this.counts.get(element.name) ?? 1) - 1)
    this.closed(element.value)
    return element.name
  }

  /** Closes the nearest open element named in `names`, and all opened after it, unless a scope marker comes first. */
  private closeNearest(names: ReadonlySet<string>, scope: ReadonlySet<string>): void {
    if (![...names].some((name) => (this.counts.get(name) ?? 0) > 0)) return
    const lowest = Math.max(0, this.open.length - MAX_SCOPE_SEARCH)
    for (let index = this.open.length - 1; index >= lowest; index--) {
      const name = this.open[index]?.name ?? ''
      if (names.has(name)) {
        while (this.open.length > index) this.pop()
        return
      }
      if (scope.has(name)) return
    }
  }
}
