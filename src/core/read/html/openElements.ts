/**
 * The elements open at each point of a page, as a browser's tree builder keeps them: an end tag closes the
 * nearest open element of its name and all opened after it, unless a boundary stands in between — a cell
 * or table for most tags, a block for a phrase's (`</span>` over a <div>) — and </body>, </html> close
 * nothing: such stray end tags are common in pasted markup, and a browser ignores them. The end tags pages
 * leave out are implied — a block closes an open <p>, a <li> the previous <li>, a cell the previous cell,
 * a row the previous row and its open cell, a heading one just opened — and so are the <tbody> and <tr>
 * a row or cell straight in a <table> gets; a row or cell ends what was left open between the table's rows
 * or cells. Void elements never open, nor do self-closed (`/>`) foreign ones
 * (<svg>, <math> and what they hold): on an HTML element a browser ignores the `/>`. The searches
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
export const FORMATTING: ReadonlySet<string> = new Set([
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
/** Foreign content, where `/>` closes an element as in XML, and its HTML islands, where it does not. */
const FOREIGN_ROOTS: ReadonlySet<string> = new Set(['svg', 'math'])
const HTML_ISLANDS: ReadonlySet<string> = new Set(['foreignobject', 'annotation-xml'])
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
/** A table's row groups. */
export const ROW_GROUPS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot'])
for (const group of ROW_GROUPS)
  IMPLIED_ENDS.set(group, {
    closes: new Set([...ROW_GROUPS, 'tr', ...CELLS]),
    scope: TABLE_SCOPE,
  })
const PARAGRAPH = new Set(['p'])
/** Start tags that go straight in a table's structure, never in what is left open between its cells. */
const TABLE_STRUCTURE_STARTS: ReadonlySet<string> = new Set([
  ...[...TABLE_PARTS].filter((name) => name !== 'table'),
  'colgroup',
])
const TABLE_STRUCTURE: readonly string[] = ['table', ...ROW_GROUPS, 'tr']
const TABLE_CELLS: readonly string[] = ['td', 'th', 'caption']
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
  private readonly foreignRoots = new Places(FOREIGN_ROOTS)
  private readonly htmlIslands = new Places(HTML_ISLANDS)
  private readonly places = [
    this.scopes,
    this.tableScopes,
    this.specials,
    this.foreignRoots,
    this.htmlIslands,
  ]

  constructor(private readonly closed: (value: T) => void) {}

  /** The innermost open element's value. */
  parent(): T | undefined {
    return this.open.at(-1)?.value
  }

  /** Whether a start tag opens an element that later tags may close. */
  opens(token: HtmlToken & { type: 'start' }): boolean {
    if (VOID_ELEMENTS.has(token.name)) return false
    if (!token.selfClosing) return true
    const foreign = FOREIGN_ROOTS.has(token.name) || this.foreignRoots.last() > this.htmlIslands.last()
    return !foreign
  }

  /**
   * Feeds a token to the tree: closes what it ends, and has `enter` push each element it opens (those a
   * browser implies first, without attributes and with `implied` set).
   */
  take(
    token: HtmlToken,
    enter: (name: string, attributes: Record<string, string>, implied: boolean) => void,
  ): void {
    if (token.type === 'end') this.end(token.name)
    if (token.type !== 'start' || !this.opens(token)) return
    for (const implied of this.starting(token.name)) enter(implied, {}, true)
    enter(token.name, token.attributes, false)
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
    if (TABLE_STRUCTURE_STARTS.has(name)) this.clearToTableStructure()
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
    for (const set of this.places) if (set.names.has(name)) set.at.push(at)
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
    for (const set of this.places) if (set.last() === at) set.at.pop()
    this.closed(element.value)
    return element.name
  }

  /**
   * A row or cell starts straight in the innermost table, row group or row: what was opened after it and
   * left open there (a <span> between two cells, which a browser moves before the table) ends here, as
   * HTML's "clear the stack back to a table context" ends it. Not inside a cell, which holds what it opens.
   */
  private clearToTableStructure(): void {
    const table = this.lastOpen('table')
    if (table < 0 || TABLE_CELLS.some((cell) => this.lastOpen(cell) > table)) return
    const structure = Math.max(...TABLE_STRUCTURE.map((part) => this.lastOpen(part)))
    while (this.open.length - 1 > structure) this.pop()
  }

  /** The place of the last open element of the name, -1 if none is open. */
  private lastOpen(name: string): number {
    return this.placesOf.get(name)?.at(-1) ?? -1
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
