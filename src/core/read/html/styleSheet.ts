/**
 * The part of a page's <style> elements that decides whether an element is shown: rules setting
 * `display` or `visibility`. Nothing is fetched (external style sheets are unknown), and only what applies
 * on screen is read: top-level rules and those in `@media screen` / `@media all`; every other at-rule
 * (`@media print`, a media query with conditions, `@supports`…) is skipped whole.
 */

/** A `display` or `visibility` declaration: whether it hides the element or shows it. */
export interface Declared {
  hides: boolean
  important: boolean
}

/** What a declaration block (a rule's or a `style` attribute's) says about showing the element. */
export interface Shown {
  display?: Declared
  visibility?: Declared
}

/** A compound selector we can match without the document tree: `tag`, `.class`, `#id`, `tag#id.a.b`. */
export interface Compound {
  tag?: string
  id?: string
  classes: string[]
}

export interface StyleRule {
  compound: Compound
  /** id, class, tag counts weighted 100/10/1: enough for the short selectors matched here. */
  specificity: number
  /** Position in the page's style sheets: a later rule beats an earlier one of equal specificity. */
  order: number
  shown: Shown
}

export interface StyleSheet {
  /** Rules whose whole selector is one compound, under their compound's key (see ruleKey). */
  rules: Map<string, StyleRule[]>
  /**
   * Subjects (last compounds, pseudo-classes and attribute tests dropped) of rules that show an element
   * through a selector we cannot match (`.tab.active .hid{display:block}`): an element they may reach is
   * never hidden by the sheet, as the page may show it. Under their key, as `rules`.
   */
  mayShow: Map<string, Compound[]>
}

const COMPOUND = /^([a-z][\w-]*|\*)?((?:[#.][\w-]+)*)$/i
const COMBINATOR = /[\s>+~]+/
/** Pseudo-elements style generated content, never the element itself. */
const PSEUDO_ELEMENT = /::|:(?:before|after|first-line|first-letter)\b/i
const PSEUDO_OR_ATTRIBUTE = /:{1,2}[\w-]+(?:\([^)]*\))?|\[[^\]]*\]/g
const SCREEN_MEDIA = /^(?:only\s+)?(?:screen|all)$/

/** The display/visibility declarations of a declaration block; the last of each property wins. */
export function shownBy(block: string): Shown {
  const shown: Shown = {}
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon === -1) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const raw = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase()
    const important = /!\s*important$/.test(raw)
    const value = raw.replace(/!\s*important$/, '').trim()
    if (property === 'display' && value !== '') shown.display = { hides: value === 'none', important }
    else if (property === 'visibility' && /^(?:hidden|collapse|visible)$/.test(value))
      shown.visibility = { hides: value !== 'visible', important }
  }
  return shown
}

function compoundOf(text: string): Compound | undefined {
  const match = COMPOUND.exec(text.trim())
  if (match === null || (match[1] === undefined && match[2] === '')) return undefined
  const parts = match[2]?.match(/[#.][\w-]+/g) ?? []
  const ids = parts.filter((part) => part.startsWith('#')).map((part) => part.slice(1))
  if (ids.length > 1) return undefined
  const tag = match[1] === undefined || match[1] === '*' ? undefined : match[1].toLowerCase()
  const compound: Compound = {
    classes: parts.filter((part) => part.startsWith('.')).map((part) => part.slice(1)),
  }
  if (tag !== undefined) compound.tag = tag
  if (ids[0] !== undefined) compound.id = ids[0]
  return compound
}

/** One key per rule, so an element looks up only rules that can match it: a class, else the id, else the tag. */
export function ruleKey(compound: Compound): string {
  const [firstClass] = compound.classes
  if (firstClass !== undefined) return `.${firstClass}`
  if (compound.id !== undefined) return `#${compound.id}`
  return compound.tag ?? '*'
}

function specificityOf(compound: Compound): number {
  return (compound.id === undefined ? 0 : 100) + compound.classes.length * 10 + (compound.tag ? 1 : 0)
}

/** The index of the `}` closing the block opened just before `from`, or the text's end. */
function blockEnd(css: string, from: number): number {
  let depth = 1
  for (let index = from; index < css.length; index++) {
    const char = css[index]
    if (char === '{') depth++
    else if (char === '}' && --depth === 0) return index
  }
  return css.length
}

function addUnderKey<T>(map: Map<string, T[]>, compound: Compound, value: T): void {
  const key = ruleKey(compound)
  const bucket = map.get(key)
  if (bucket === undefined) map.set(key, [value])
  else bucket.push(value)
}

class SheetReader {
  readonly sheet: StyleSheet = { rules: new Map(), mayShow: new Map() }
  private order = 0

  /** `nested`: inside an @media block, whose own @media blocks are skipped (garbage nests them deep). */
  read(css: string, nested = false): void {
    let index = 0
    while (index < css.length) {
      const open = css.indexOf('{', index)
      if (open === -1) return
      // Statement at-rules (@import, @charset) and stray `;` end before the selector.
      const prelude = css.slice(index, open).split(';').at(-1)?.trim() ?? ''
      const close = blockEnd(css, open + 1)
      const body = css.slice(open + 1, close)
      if (prelude.startsWith('@')) {
        const media = /^@media\s+([^{]*)$/i.exec(prelude)
        const queries = media?.[1]?.split(',').map((query) => query.trim().toLowerCase()) ?? []
        if (!nested && queries.some((query) => SCREEN_MEDIA.test(query))) this.read(body, true)
      } else this.rule(prelude, body)
      index = close + 1
    }
  }

  private rule(selectors: string, block: string): void {
    const shown = shownBy(block)
    if (shown.display === undefined && shown.visibility === undefined) return
    const order = this.order++
    const shows = shown.display?.hides === false || shown.visibility?.hides === false
    for (const selector of selectors.split(',')) {
      if (PSEUDO_ELEMENT.test(selector)) continue
      const compound = compoundOf(selector)
      if (compound !== undefined) {
        addUnderKey(this.sheet.rules, compound, {
          compound,
          specificity: specificityOf(compound),
          order,
          shown,
        })
        continue
      }
      if (!shows) continue
      const subject = selector.trim().split(COMBINATOR).at(-1)?.replace(PSEUDO_OR_ATTRIBUTE, '') ?? ''
      // A subject left empty (`[hidden]`, `:hover`) may be any element.
      const mayShow = compoundOf(subject) ?? { classes: [] }
      addUnderKey(this.sheet.mayShow, mayShow, mayShow)
    }
  }
}

/** Reads the text of the page's <style> elements, in document order. Never throws. */
export function readStyleSheet(styles: string[]): StyleSheet {
  const reader = new SheetReader()
  for (const css of styles) reader.read(css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').replace(/<!--|-->/g, ''))
  return reader.sheet
}
