/**
 * The part of a page's <style> elements that decides whether an element is shown: rules setting
 * `display` or `visibility`. Nothing is fetched (external style sheets are unknown), and the page is read
 * as on a desktop screen of unknown size: top-level rules and those in `@media screen` / `@media all` are
 * read; every other at-rule (`@media print`, a media query with conditions, `@supports`…) is skipped whole,
 * as is a <style> whose `media` attribute is not for the screen (see appliesOnScreen). So a rule that shows
 * an element only on a narrow screen (`@media (max-width:600px){.m{display:block}}`) never counts as "may
 * show": the desktop page hides it.
 *
 * Hostile sheets stay cheap: an over-long selector is not matched (it never hides; if it shows, it may show
 * anything), and a bucket of rules under one key stops taking rules at MAX_RULES_PER_KEY (rules that hide
 * are dropped beyond it, rules that show make their elements "may show"): never hide on a guess.
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
/** Longer selectors are not matched: stripping pseudo-classes from an unclosed `[[[[…` is quadratic. */
const MAX_SELECTOR_LENGTH = 512
/** Rules an element may have to test under one key: real pages put a handful there, hostile ones 10,000. */
const MAX_RULES_PER_KEY = 256
/** The subject of a selector we will not read: it may be any element. */
const ANY_ELEMENT: Compound = { classes: [] }

/**
 * Whether a media query list (a <style>'s `media` attribute, an `@media` prelude) applies to a desktop
 * screen whatever its size: one of its queries is `screen` or `all` with no condition. An empty list (no
 * attribute) applies everywhere.
 */
export function appliesOnScreen(mediaList: string): boolean {
  if (mediaList.trim() === '') return true
  return mediaList.split(',').some((query) => SCREEN_MEDIA.test(query.trim().toLowerCase()))
}

/** Whether a declaration block shows an element again (display or visibility set to a showing value). */
function showsElement(shown: Shown): boolean {
  return shown.display?.hides === false || shown.visibility?.hides === false
}

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

/**
 * One key per rule, so an element looks up only rules that can match it: its most selective part — the id,
 * else the class fewest rules name (`classUses`), else the tag.
 */
function ruleKey(compound: Compound, classUses: Map<string, number>): string {
  if (compound.id !== undefined) return `#${compound.id}`
  let rarest: string | undefined
  for (const name of compound.classes)
    if (rarest === undefined || (classUses.get(name) ?? 0) <= (classUses.get(rarest) ?? 0)) rarest = name
  if (rarest !== undefined) return `.${rarest}`
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

function countClasses(compounds: Compound[]): Map<string, number> {
  const uses = new Map<string, number>()
  for (const compound of compounds)
    for (const name of compound.classes) uses.set(name, (uses.get(name) ?? 0) + 1)
  return uses
}

/** Adds the value under its key unless the key's bucket is full; whether it was added. */
function addUnderKey<T>(map: Map<string, T[]>, key: string, value: T): boolean {
  const bucket = map.get(key)
  if (bucket === undefined) map.set(key, [value])
  else if (bucket.length >= MAX_RULES_PER_KEY) return false
  else bucket.push(value)
  return true
}

class SheetReader {
  private readonly rules: StyleRule[] = []
  private readonly mayShow: Compound[] = []
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
        const media = /^@media\s+([^{]*)$/i.exec(prelude)?.[1]
        if (!nested && media !== undefined && media.trim() !== '' && appliesOnScreen(media))
          this.read(body, true)
      } else this.rule(prelude, body)
      index = close + 1
    }
  }

  private rule(selectors: string, block: string): void {
    const shown = shownBy(block)
    if (shown.display === undefined && shown.visibility === undefined) return
    const order = this.order++
    const shows = showsElement(shown)
    for (const selector of selectors.split(',')) {
      if (selector.length > MAX_SELECTOR_LENGTH) {
        if (shows) this.mayShow.push(ANY_ELEMENT)
        continue
      }
      if (PSEUDO_ELEMENT.test(selector)) continue
      const compound = compoundOf(selector)
      if (compound !== undefined) {
        this.rules.push({ compound, specificity: specificityOf(compound), order, shown })
        continue
      }
      if (!shows) continue
      const subject = selector.trim().split(COMBINATOR).at(-1)?.replace(PSEUDO_OR_ATTRIBUTE, '') ?? ''
      // A subject left empty (`[hidden]`, `:hover`) may be any element.
      this.mayShow.push(compoundOf(subject) ?? ANY_ELEMENT)
    }
  }

  /** The rules under their keys, known once every rule is read (a key depends on all rules' classes). */
  sheet(): StyleSheet {
    const sheet: StyleSheet = { rules: new Map(), mayShow: new Map() }
    const classUses = countClasses([...this.rules.map((rule) => rule.compound), ...this.mayShow])
    const mayShow = new Map<string, Compound>()
    for (const subject of this.mayShow) mayShow.set(JSON.stringify(subject), subject)
    for (const rule of this.rules) {
      const added = addUnderKey(sheet.rules, ruleKey(rule.compound, classUses), rule)
      if (!added && showsElement(rule.shown)) mayShow.set(JSON.stringify(rule.compound), rule.compound)
    }
    for (const subject of mayShow.values()) {
      // A full bucket would lose what may show: then anything may (the `*` bucket holds only that one).
      if (!addUnderKey(sheet.mayShow, ruleKey(subject, classUses), subject))
        sheet.mayShow.set('*', [ANY_ELEMENT])
    }
    return sheet
  }
}

/** Reads the text of the page's <style> elements, in document order. Never throws. */
export function readStyleSheet(styles: string[]): StyleSheet {
  const reader = new SheetReader()
  for (const css of styles) reader.read(css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').replace(/<!--|-->/g, ''))
  return reader.sheet()
}
