/**
 * The elements open at each point of a page, as a browser's tree builder keeps them: an end tag closes the
 * nearest open element of its name and all opened after it, unless a boundary stands in between — a cell
 * or table for most tags, a block for a phrase's (`</span>` over a <div>) — and </body>, </html> close
 * nothing: such stray end tags are common in pasted markup, and a browser ignores them. The end tags pages
 * leave out are implied — a block closes an open <p>, a <li> the previous <li>, a cell the previous cell,
 * a row the previous row and its open cell, a heading one just opened — and so are the <tbody> and <tr>
 * a row or cell straight in a <table> gets. Void and self-closed elements never open. The searches
 * for what an implied end closes look at most MAX_SCOPE_SEARCH elements down, and an end tag finds its
 * element and its boundary by the last of each opened, so a page nested 20,000 deep stays linear.
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
/** Tables' own end tags, which only a table boundary stops (HTML's "table scope"). */
const TABLE_PARTS: ReadonlySet<string> = new Set([
  'table',
  'caption',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
])
/** Their end tags run HTML's adoption agency, which acts only on one in scope; simplified to closing it. */
const FORMATTING: ReadonlySet<string> = new Set([
  'a',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'nobr',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u',
])
/**
 * HTML's "special" elements (the ones pages use): an end tag of another kind (</span>, </label>) that meets
 * one before its own element is ignored.
 */
const SPECIAL: ReadonlySet<string> = new Set([
  ...CLOSES_P,
  ...SCOPE,
  ...TABLE_PARTS,
  'body',
  'center',
  'head',
  'iframe',
  'noscript',
  'script',
  'select',
  'style',
  'textarea',
  'title',
])
/** Ending them leaves the page's elements open: a browser goes on adding to them. */
const NEVER_CLOSED: ReadonlySet<string> = new Set(['body', 'html'])
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
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
const ROW_GROUPS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot'])
const NONE: readonly string[] = []
const BODY: readonly string[] = ['tbody']
const ROW: readonly string[] = ['tr']
const BODY_AND_ROW: readonly string[] = ['tbody', 'tr']

/** The places in the open elements of those in a set, the last opened last. */
class Places {
  readonly at: number[] = []
  constructor(readonly names: ReadonlySet<string>) {}
  /** The last one's place, -1 if none is open. */
  last(): number {
    return this.at.at(-1) ?? -1
  }
}

export class OpenElements<T> {
  private readonly open: { name: string; value: T }[] = []
  /** The places of the open elements of each name, so an end tag finds its element at once. */
  private readonly placesOf = new Map<string, number[]>()
  /** What an end tag may not reach past, by its kind (see boundaryFor). */
  private readonly scopes = new Places(SCOPE)
  private readonly tableScopes = new Places(TABLE_SCOPE)
  private readonly specials = new Places(SPECIAL)

  constructor(private readonly closed: (value: T) => void) {}

  /** The innermost open element's value. */
  parent(): T | undefined {
    return this.open.at(-1)?.value
  }

  /** Whether a start tag opens an element that later tags may close. */
  static opens(token: HtmlToken & { type: 'start' }): boolean {
    return !token.selfClosing && !VOID_ELEMENTS.has(token.name)
  }

  /**
   * Closes what the start tag of `name` implies; call before working out the new element's value. Returns
   * the elements a browser opens before it (a row straight in a <table> gets a <tbody>, a cell a <tbody>
   * and a <tr>), outermost first: push them, then the element.
   */
  starting(name: string): readonly string[] {
    if (CLOSES_P.has(name)) this.closeNearest(PARAGRAPH, SCOPE)
    if (HEADINGS.has(name) && HEADINGS.has(this.open.at(-1)?.name ?? '')) this.pop()
    const implied = IMPLIED_ENDS.get(name)
    if (implied !== undefined) this.closeNearest(implied.closes, implied.scope)
    const current = this.open.at(-1)?.name
    if (name === 'tr' && current === 'table') return BODY
    if (!CELLS.has(name)) return NONE
    return current === 'table' ? BODY_AND_ROW : current !== undefined && ROW_GROUPS.has(current) ? ROW : NONE
  }

  push(name: string, value: T): void {
    const at = this.open.length
    this.open.push({ name, value })
    const places = this.placesOf.get(name)
    if (places === undefined) this.placesOf.set(name, [at])
    else places.push(at)
    for (const set of [this.scopes, this.tableScopes, this.specials]) if (set.names.has(name)) set.at.push(at)
  }

  end(name: string): void {
    if (NEVER_CLOSED.has(name)) return
    const at = this.placesOf.get(name)?.at(-1)
    // The element may be the boundary itself (</td> ends the cell).
    if (at === undefined || at < this.boundaryFor(name)) return
    while (this.open.length > at) this.pop()
  }

  /** The place of the open element an end tag of `name` may not close past, -1 if none. */
  private boundaryFor(name: string): number {
    if (TABLE_PARTS.has(name)) return this.tableScopes.last()
    if (SPECIAL.has(name) || FORMATTING.has(name)) return this.scopes.last()
    return this.specials.last()
  }

  private pop(): string | undefined {
    const element = this.open.pop()
    if (element === undefined) return undefined
    const at = this.open.length
    this.placesOf.get(element.name)?.pop()
    for (const set of [this.scopes, this.tableScopes, this.specials]) if (set.last() === at) set.at.pop()
    this.closed(element.value)
    return element.name
  }

  /**
   * Closes the outermost open element named in `names` above the nearest scope marker, and all opened after
   * it: a <tr> closes the open cell and its row, not the cell alone.
   */
  private closeNearest(names: ReadonlySet<string>, scope: ReadonlySet<string>): void {
    if (![...names].some((name) => (this.placesOf.get(name)?.length ?? 0) > 0)) return
    const lowest = Math.max(0, this.open.length - MAX_SCOPE_SEARCH)
    let outermost = -1
    for (let index = this.open.length - 1; index >= lowest; index--) {
      const name = this.open[index]?.name ?? ''
      if (names.has(name)) outermost = index
      else if (scope.has(name)) break
    }
    if (outermost >= 0) while (this.open.length > outermost) this.pop()
  }
}
