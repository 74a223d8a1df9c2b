/**
 * The part of a page's <style> elements that decides whether an element is shown: rules setting
 * `display`, `visibility`, `opacity`, the font size, the text's colour, the background behind it (white
 * text shows on a painted one, see textColour), a place off the screen (`position: absolute; left: -9999px`, a clip to nothing) or a box of no width or height that clips what overflows it (clippedBox). Nothing is fetched (external style sheets are
 * unknown), and the page is read as on a desktop screen of unknown size: top-level rules and those in
 * `@media screen` / `@media all` are read; every other at-rule (`@media print`, a media query with
 * conditions, `@supports`…) is skipped whole, as is a <style> whose `media` attribute is not for the screen
 * (see appliesOnScreen). So a rule that shows an element only on a narrow screen
 * (`@media (max-width:600px){.m{display:block}}`) never counts as "may show": the desktop page hides it.
 *
 * Selectors of compounds joined by descendant and child combinators are read (selector.ts); rules with
 * combinators, or testing an element's place among its siblings, are matched on the page's element tree
 * (styleTree.ts).
 *
 * Hostile sheets stay cheap: an over-long selector is not matched (it never hides; if it shows, it may show
 * anything), and a bucket of rules under one key stops taking rules at MAX_RULES_PER_KEY (rules that hide
 * are dropped beyond it, rules that show make their elements "may show"): never hide on a guess.
 */
import { type Compound, compoundOf, hasDigitName, specificityOf, type Step, stepsOf } from './selector'
import { BLOCK_BOX_DISPLAY, BOXING_PROPERTY, type Boxing, clipsAll, floats } from './clippedBox'
import { offsetShift, transformShift, verticalAlignShift } from './baselineShift'
import { fontSizeValue, type FontSizeValue } from './fontSize'
import { type ContentPart, contentParts, GENERATING_PSEUDO } from './generatedContent'
import { inkOf, paints, solidColourOf } from './textColour'
import { faintFilter, faintOpacity, tinySize } from './unseenValues'

/** A declaration that may hide an element: whether it hides it or shows it. */
export interface Declared {
  hides: boolean
  important: boolean
  /**
   * A font size relative to the parent's (`1em`, `100%`, `larger`): inside an element of size 0 it is 0
   * too, so it shows no text there.
   */
  relative?: boolean
  /**
   * A display whose box content-visibility cannot hide the content of (`inline`, `contents`, a table row):
   * `hidden="until-found"` hides nothing there.
   */
  uncontained?: boolean
  /**
   * A display whose box has a width and height of its own (`block`, `inline-block`…), or a clip to
   * nothing in a block that floats the element (which makes it such a box): see clippedBox.
   */
  blockBox?: boolean
  /** An absolutely positioned (or fixed) element: its box is a block whatever its display. */
  positioned?: boolean
  /** A white text colour: unseen on the page's white, seen where something paints a background behind it. */
  white?: boolean
  /** A background colour or image that is painted (not transparent, not white): white text shows on it. */
  paints?: boolean
  /** A text or background colour known to be solid, as a key of its channels (see solidColourOf). */
  rgb?: string
  /** The text a `::before` or `::after` rule draws (none: `content: none`, or drawn unseen). */
  content?: ContentPart[]
  /** `vertical-align: super` or `sub`: the text is set off the baseline, as a footnote mark is. */
  offBaseline?: boolean
  /**
   * How far a `vertical-align` length or percentage moves the text up, or a `top` or `bottom` offset moves
   * a relatively positioned element down or up (see baselineShift); none for a keyword (`auto`, `middle`).
   */
  shift?: number
  /** `position: relative`: `top` and `bottom` move the element from where it stands. */
  relativelyPlaced?: boolean
  /**
   * `vertical-align: text-top` or `top`: the text's top is set level with its parent's, which raises
   * text set smaller than its parent's.
   */
  topAligned?: boolean
  /** The size a font size declaration sets, where it is read (see fontSize). */
  size?: FontSizeValue
}

/**
 * What a declaration block (a rule's or a `style` attribute's) says about showing the element: `display`,
 * `opacity`, `offscreen` (the block itself puts the element out of sight: absolutely positioned far
 * off the page's top or left, or clipped to nothing) and `clipped` (a box of no width or height that
 * clips what overflows it, see clippedBox) hide it and all it holds; `visibility`, a font size of 0 and a
 * transparent (or, on white, a white) colour hide its own text, which a descendant may show again
 * (visibility:visible, a size or a colour of its own). The background's colour and image never hide: they
 * say whether white text shows.
 */
export interface Shown {
  display?: Declared
  visibility?: Declared
  opacity?: Declared
  offscreen?: Declared
  clipped?: Declared
  fontSize?: Declared
  color?: Declared
  /** `-webkit-text-fill-color`: what the text is filled with, over its `color` (see styleHidden's inkOf). */
  textFill?: Declared
  backgroundColor?: Declared
  backgroundImage?: Declared
  /** What rules on the element's `::before` and `::after` draw there (see generatedContent). */
  before?: Declared
  after?: Declared
  verticalAlign?: Declared
  /** `position`, `top` and `bottom`, each cascaded on its own: pages set a <sup>'s in two rules. */
  position?: Declared
  top?: Declared
  bottom?: Declared
  /** A `transform` that moves the element up or down (`translateY(-0.4em)`): only a block box's. */
  transform?: Declared
}

export type Property = keyof Shown

/** Properties that may hide an element, in the order a hiding is reported: what hides all it holds first. */
export const HIDING: readonly Property[] = [
  'display',
  'opacity',
  'offscreen',
  'clipped',
  'visibility',
  'fontSize',
  'color',
]

/** Every property read: those that may hide, and those that only say how text is drawn (never hiding). */
export const PROPERTIES: readonly Property[] = [
  ...HIDING,
  'textFill',
  'backgroundColor',
  'backgroundImage',
  'before',
  'after',
  'verticalAlign',
  'position',
  'top',
  'bottom',
  'transform',
]

export interface StyleRule {
  /** The selector's subject, the element the rule applies to. */
  compound: Compound
  /** The selector's compounds left to right, the subject last: one for a rule without combinators. */
  steps: Step[]
  /** See specificityOf. */
  specificity: number
  /** Position in the page's style sheets: a later rule beats an earlier one of equal specificity. */
  order: number
  shown: Shown
}

/** A compound of a rule with combinators, which an element of the page may match (see styleTree). */
export interface ChainStep extends Step {
  rule: StyleRule
  /** Its place in the rule's steps. */
  index: number
  /** Unique over the sheet; the step before it in its rule has `id - 1`. */
  id: number
}

/** The subject of a selector we cannot match that shows an element, and the properties it shows. */
export interface MayShow {
  subject: Compound
  properties: Property[]
}

export interface StyleSheet {
  /** Rules whose whole selector is one compound, under their compound's key (see ruleKey). */
  rules: Map<string, StyleRule[]>
  /** The steps of rules with combinators (`.article .hid`), each under its compound's key. */
  chainSteps: Map<string, ChainStep[]>
  /**
   * Subjects (last compounds, pseudo-classes and attribute tests dropped) of rules that show an element
   * through a selector we cannot match (`.tab:hover .hid{display:block}`): an element they may reach is
   * never hidden by the sheet through the properties they show, as the page may show it. Under their key,
   * as `rules`.
   */
  mayShow: Map<string, MayShow[]>
  /** Some ::before or ::after rule draws text: elements' generated text is worth looking up. */
  generates: boolean
  /**
   * Some rule may move text off its parent's baseline otherwise than by `super` or `sub` (a `vertical-align`
   * length or top alignment, relative position): where text stands is worth following (see shiftedMarks).
   */
  movesText: boolean
}

/** Pseudo-elements style generated content, never the element itself. */
const PSEUDO_ELEMENT = /::|:(?:before|after|first-line|first-letter)\b/i
const PSEUDO_OR_ATTRIBUTE = /:{1,2}[\w-]+(?:\([^)]*\))?|\[[^\]]*\]/g
const ANY_COMBINATOR = /[\s>+~]+/
const SCREEN_MEDIA = /^(?:only\s+)?(?:screen|all)$/
/** Longer selectors are not matched: stripping pseudo-classes from an unclosed `[[[[…` is quadratic. */
const MAX_SELECTOR_LENGTH = 512
/** Rules an element may have to test under one key: real pages put a handful there, hostile ones 10,000. */
const MAX_RULES_PER_KEY = 256
/** The subject of a selector we will not read: it may be any element. */
const ANY_ELEMENT: Compound = { classes: [] }
/** The size in a `font` shorthand (`0/0 a`, `bold 12px/1.5 宋体`): a length, a keyword, or a unitless 0. */
const SHORTHAND_SIZE =
  /^(?:[\d.]+(?:[a-z]{1,4}|%)|0+(?:\.0*)?|x{0,3}-?(?:small|large)|medium|larger|smaller)(?:\/|$)/
/** A size computed from the parent's font size: the parent's 0 makes it 0 (`rem` is the root's). */
const RELATIVE_SIZE = /^(?:[\d.]+(?:em|ex|ch|cap|ic|%)|larger|smaller)$/
/** Displays that make no box content-visibility applies to (CSS Containment: inline and internal table boxes). */
const UNCONTAINED_DISPLAY =
  /^(?:inline|contents|table-(?:row|row-group|header-group|footer-group|column|column-group))$/
/** An offset that puts a positioned element off the page: -999px, -100em and beyond. */
const FAR_OFF = /^-(?:\d{4,}|999)(?:\.\d*)?(?:px|pt)$|^-\d{3,}(?:\.\d*)?r?em$/
/** A clip to nothing (`rect(0 0 0 0)`, `rect(1px,1px,1px,1px)`), which an absolutely positioned element takes. */
const NO_CLIP = /^rect\(\s*([01])(?:px)?(?:\s*,?\s*\1(?:px)?){3}\s*\)$/
/** A clip path that leaves nothing: inset by half or more from each side, a circle of no radius. */
const NO_CLIP_PATH =
  /^(?:inset\(\s*(?:[5-9]\d|100)(?:\.\d*)?%\s*\)|circle\(\s*0+(?:\.0*)?(?:px|%)?\s*(?:at [^)]*)?\))$/

/** An image in a `background` shorthand: a url, a gradient, an image() or image-set(). */
const PAINTED_IMAGE = /\b(?:url|(?:repeating-)?(?:linear|radial|conic)-gradient|image|image-set|element)\(/
/**
 * Whether a media query list (a <style>'s `media` attribute, an `@media` prelude) applies to a desktop
 * screen whatever its size: one of its queries is `screen` or `all` with no condition. An empty list (no
 * attribute) applies everywhere.
 */
export function appliesOnScreen(mediaList: string): boolean {
  if (mediaList.trim() === '') return true
  return mediaList.split(',').some((query) => SCREEN_MEDIA.test(query.trim().toLowerCase()))
}

/** The properties a declaration block sets to a showing value (display:block, a size other than 0…). */
function showing(shown: Shown): Property[] {
  return PROPERTIES.filter((property) => shown[property]?.hides === false)
}

/** The size a font size declaration sets; undefined when it sets none (`font: caption`). */
function fontSizeOf(property: string, value: string): string | undefined {
  if (property === 'font-size') return value
  return value
    .split(/\s+/)
    .find((part) => SHORTHAND_SIZE.test(part))
    ?.split('/')[0]
}

/**
 * The declarations of a block that may hide an element; the last of each property wins. A font size other
 * than 0 does not hide the element, even one relative to its parent's (`2em`): whether that parent's is 0
 * only the walk down the page knows (see setsOwnSize).
 */
export function shownBy(block: string): Shown {
  const shown: Shown = {}
  const placing: Record<string, string> = {}
  let placingImportant = false
  const boxing: Boxing = {}
  let boxingImportant = false
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
    if (value === '') continue
    if (BOXING_PROPERTY.test(property)) {
      boxing[property] = value
      boxingImportant ||= important
    }
    if (property === 'display')
      shown.display = {
        hides: value === 'none',
        important,
        uncontained: UNCONTAINED_DISPLAY.test(value),
        blockBox: BLOCK_BOX_DISPLAY.test(value),
      }
    else if (property === 'visibility' && /^(?:hidden|collapse|visible)$/.test(value))
      shown.visibility = { hides: value !== 'visible', important }
    else if (property === 'opacity') shown.opacity = { hides: faintOpacity(value), important }
    // A filter to opacity 0 hides as opacity does; another filter says nothing about it.
    else if (property === 'filter' && faintFilter(value)) shown.opacity = { hides: true, important }
    else if (/^(?:position|left|top|bottom|clip|clip-path)$/.test(property)) {
      placing[property] = value
      placingImportant ||= important
      if (property === 'position')
        shown.position = { hides: false, important, relativelyPlaced: value === 'relative' }
      else if (property === 'top' || property === 'bottom')
        shown[property] = { hides: false, important, shift: offsetShift(value) }
    } else if (property === 'color' || property === '-webkit-text-fill-color') {
      const ink = inkOf(value)
      const rgb = solidColourOf(value)
      const drawn =
        ink === undefined ? undefined : { hides: ink === 'unseen', important, white: ink === 'white', rgb }
      if (drawn !== undefined && property === 'color') shown.color = drawn
      else if (drawn !== undefined) shown.textFill = drawn
    } else if (/^background(?:-color|-image)?$/.test(property)) {
      // The shorthand sets both: `background: url(…)` paints an image, `background: #c6d9f1` a colour only,
      // `background: none` neither.
      const painted = { hides: false, important, paints: paints(value), rgb: solidColourOf(value) }
      const image = property === 'background' ? { ...painted, paints: PAINTED_IMAGE.test(value) } : painted
      if (property !== 'background-image') shown.backgroundColor = painted
      if (property !== 'background-color') shown.backgroundImage = image
    } else if (property === 'transform')
      shown.transform = { hides: false, important, shift: transformShift(value) }
    else if (property === 'vertical-align')
      shown.verticalAlign = {
        hides: false,
        important,
        offBaseline: value === 'super' || value === 'sub',
        shift: verticalAlignShift(value),
        topAligned: value === 'text-top' || value === 'top',
      }
    else if (property === 'font-size' || property === 'font') {
      const size = fontSizeOf(property, value)
      if (size !== undefined)
        shown.fontSize = {
          hides: tinySize(size),
          important,
          relative: RELATIVE_SIZE.test(size),
          size: fontSizeValue(size),
        }
    }
  }
  const offscreen = offscreenBy(placing)
  if (offscreen !== undefined) {
    const positioned = /^(?:absolute|fixed)$/.test(placing.position ?? '')
    shown.offscreen = { hides: offscreen, important: placingImportant, positioned }
  }
  const clipped = clipsAll(boxing)
  if (clipped !== undefined)
    shown.clipped = { hides: clipped, important: boxingImportant, blockBox: floats(boxing) }
  return shown
}

/** Whether a block may move text off its parent's baseline otherwise than by `super` or `sub`. */
export function movesText(shown: Shown): boolean {
  const { verticalAlign } = shown
  return (
    shown.position?.relativelyPlaced === true ||
    (shown.transform?.shift ?? 0) !== 0 ||
    verticalAlign?.topAligned === true ||
    (verticalAlign?.shift ?? 0) !== 0
  )
}

/**
 * Whether a block's own position, offsets and clip put the element out of sight (an absolutely positioned
 * one, or a relatively positioned one moved far off, which leaves its place empty); undefined when it sets
 * no position nor clip path. A clip path to nothing hides any element, positioned or not (Chromium clips an
 * inline <span> too). Only what one block says together counts: a class setting `left: -9999px` for an
 * element another rule positions is not worked out (its text is read).
 */
function offscreenBy(placing: Record<string, string>): boolean | undefined {
  const position = placing.position
  const clipPath = placing['clip-path']
  if (position === undefined) return clipPath === undefined ? undefined : NO_CLIP_PATH.test(clipPath)
  if (NO_CLIP_PATH.test(clipPath ?? '')) return true
  if (position !== 'absolute' && position !== 'fixed' && position !== 'relative') return false
  const far = [placing.left, placing.top].some((offset) => offset !== undefined && FAR_OFF.test(offset))
  return far || (position !== 'relative' && NO_CLIP.test(placing.clip ?? ''))
}

/**
 * The text a `::before`/`::after` block draws, from its last `content` declaration (as written: strings
 * keep their case); none when the block itself hides what it draws. Undefined when it sets no content.
 */
function generatedBy(block: string, shown: Shown): Declared | undefined {
  let value: string | undefined
  for (const declaration of block.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon !== -1 && declaration.slice(0, colon).trim().toLowerCase() === 'content')
      value = declaration.slice(colon + 1).trim()
  }
  if (value === undefined) return undefined
  const important = /!\s*important\s*$/i.test(value)
  const unseen =
    PROPERTIES.some((property) => shown[property]?.hides === true) ||
    shown.color?.white === true ||
    shown.textFill?.white === true
  return { hides: false, important, content: unseen ? [] : contentParts(value) }
}

/**
 * One key per compound, so an element looks up only rules that can match it: its most selective part — the
 * id, else the class fewest rules name (`classUses`), else the tag.
 */
function ruleKey(compound: Compound, classUses: Map<string, number>): string {
  if (compound.id !== undefined) return `#${compound.id}`
  let rarest: string | undefined
  for (const name of compound.classes)
    if (rarest === undefined || (classUses.get(name) ?? 0) <= (classUses.get(rarest) ?? 0)) rarest = name
  if (rarest !== undefined) return `.${rarest}`
  return compound.tag ?? '*'
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

/** Subjects that may show, each once, with every property some rule may show it through. */
class MayShowSubjects {
  private readonly bySubject = new Map<string, MayShow>()

  add(subject: Compound, properties: Property[]): void {
    if (properties.length === 0) return
    const key = JSON.stringify(subject)
    const known = this.bySubject.get(key)
    if (known === undefined) this.bySubject.set(key, { subject, properties: [...properties] })
    else
      for (const property of properties)
        if (!known.properties.includes(property)) known.properties.push(property)
  }

  values(): IterableIterator<MayShow> {
    return this.bySubject.values()
  }
}

class SheetReader {
  private readonly rules: StyleRule[] = []
  private readonly mayShow = new MayShowSubjects()
  private order = 0
  private generates = false
  private movesText = false

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
    const list = selectors.split(',')
    if (list.some(hasDigitName)) return
    const shown = shownBy(block)
    const generated = list.some((selector) => GENERATING_PSEUDO.test(selector))
      ? generatedBy(block, shown)
      : undefined
    const declares = PROPERTIES.some((property) => shown[property] !== undefined)
    if (!declares && generated === undefined) return
    const draws = (part: ContentPart) => !('text' in part) || part.text.trim() !== ''
    if (generated?.content?.some(draws) === true) this.generates = true
    if (movesText(shown)) this.movesText = true
    const order = this.order++
    for (const written of list) {
      // A ::before or ::after rule declares the element's generated text, and nothing else about it.
      const pseudo = GENERATING_PSEUDO.exec(written)
      const where = pseudo?.[1]?.toLowerCase() === 'after' ? 'after' : 'before'
      if (pseudo === null ? !declares : generated === undefined) continue
      const selector = pseudo === null ? written : written.slice(0, pseudo.index)
      const ruleShown: Shown = pseudo === null ? shown : { [where]: generated }
      this.add(selector, ruleShown, order)
    }
  }

  /** Adds one selector's rule, or what it may show when the selector is not matched here. */
  private add(selector: string, shown: Shown, order: number): void {
    const shows = showing(shown)
    if (selector.length > MAX_SELECTOR_LENGTH) {
      this.mayShow.add(ANY_ELEMENT, shows)
      return
    }
    if (PSEUDO_ELEMENT.test(selector)) return
    const steps = stepsOf(selector)
    const subject = steps?.at(-1)?.compound
    if (steps !== undefined && subject !== undefined) {
      const specificity = specificityOf(steps.map((step) => step.compound))
      this.rules.push({ compound: subject, steps, specificity, order, shown })
      return
    }
    const last = selector.trim().split(ANY_COMBINATOR).at(-1)?.replace(PSEUDO_OR_ATTRIBUTE, '') ?? ''
    // A subject left empty (`[hidden]`, `:hover`) may be any element.
    this.mayShow.add(compoundOf(last) ?? ANY_ELEMENT, shows)
  }

  /** The rules under their keys, known once every rule is read (a key depends on all rules' classes). */
  sheet(): StyleSheet {
    const sheet: StyleSheet = {
      rules: new Map(),
      chainSteps: new Map(),
      mayShow: new Map(),
      generates: this.generates,
      movesText: this.movesText,
    }
    const compounds = this.rules.flatMap((rule) => rule.steps.map((step) => step.compound))
    const classUses = countClasses([...compounds, ...[...this.mayShow.values()].map((may) => may.subject)])
    let nextId = 0
    for (const rule of this.rules) {
      // A rule testing an element's place among its siblings is matched on the tree, as one with combinators.
      const added =
        rule.steps.length === 1 && rule.compound.places === undefined
          ? addUnderKey(sheet.rules, ruleKey(rule.compound, classUses), rule)
          : addChain(sheet.chainSteps, rule, nextId, classUses)
      nextId += rule.steps.length
      if (!added) this.mayShow.add(rule.compound, showing(rule.shown))
    }
    for (const may of this.mayShow.values()) {
      // A full bucket would lose what may show: then anything may (the `*` bucket holds only that one).
      if (!addUnderKey(sheet.mayShow, ruleKey(may.subject, classUses), may))
        sheet.mayShow.set('*', [{ subject: ANY_ELEMENT, properties: [...PROPERTIES] }])
    }
    return sheet
  }
}

/** Adds every step of a rule with combinators under its key, or none if a bucket is full. */
function addChain(
  chainSteps: Map<string, ChainStep[]>,
  rule: StyleRule,
  firstId: number,
  classUses: Map<string, number>,
): boolean {
  const added: string[] = []
  for (const [index, step] of rule.steps.entries()) {
    const key = ruleKey(step.compound, classUses)
    if (!addUnderKey(chainSteps, key, { ...step, rule, index, id: firstId + index })) {
      for (const addedKey of added) chainSteps.get(addedKey)?.pop()
      return false
    }
    added.push(key)
  }
  return true
}

/** Reads the text of the page's <style> elements, in document order. Never throws. */
export function readStyleSheet(styles: string[]): StyleSheet {
  const reader = new SheetReader()
  for (const css of styles) reader.read(css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').replace(/<!--|-->/g, ''))
  return reader.sheet()
}
