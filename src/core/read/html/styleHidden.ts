/**
 * Whether an element's own style hides it: its `style` attribute and the page's <style> rules that match
 * it (those with combinators matched on the page's tree by styleTree, and given here). Per property
 * (`display`, `opacity`, a place off the screen, `visibility`, the font size, the colour) the declaration
 * that wins is the browser's: !important first, then the `style` attribute, then the more specific rule
 * (id 100, class 10, tag 1), then the later one, and last a <font color> (a presentational hint, below
 * every rule).
 */
import { BoundedCache } from '../../boundedCache'
import { BLOCK_ELEMENTS } from './blockElements'
import { fontElementSize, type FontSizeValue, LARGER, SMALLER } from './fontSize'
import { contentText } from './generatedContent'
import { VOID_ELEMENTS } from './openElements'
import { type ElementKeys, elementKeys, lookupKeys, matches } from './selector'
import type { Declared, Property, Shown, StyleRule, StyleSheet } from './styleSheet'
import { HIDING, shownBy } from './styleSheet'
import { attributesBackdrop, type Backdrop, inkOf, sameColour, solidColourOf } from './textColour'

interface Candidate {
  declared: Declared
  specificity: number
  order: number
}

/** Elements a browser's style sheet makes boxes content-visibility applies to (rows and row groups are not). */
const CONTAINED_BY_DEFAULT: ReadonlySet<string> = new Set([...BLOCK_ELEMENTS, 'table', 'caption', 'td', 'th'])
/** The `style` attribute ranks above every rule of the same importance. */
const INLINE_RANK = Number.MAX_SAFE_INTEGER
const MAY_SHOW_OR_HIDE =
  /display|visibility|opacity|font|color|background|position|clip|overflow|filter|transform|content|vertical-align/i
const NO_RULES: readonly StyleRule[] = []
/**
 * What `style` attributes say, by their text: shared, read-only. Word's and LibreOffice's pages give every
 * cell and paragraph the same few long style attributes, which took a sixth of a page's reading to parse
 * again for each element.
 */
const INLINE_STYLES = new BoundedCache<string, Shown>()
/** Below every rule, as a browser ranks a presentational hint. */
const HINT_RANK = -1

function beats(a: Candidate, b: Candidate): boolean {
  if (a.declared.important !== b.declared.important) return a.declared.important
  if (a.specificity !== b.specificity) return a.specificity > b.specificity
  return a.order > b.order
}

interface MatchedRules {
  rules: StyleRule[]
  /** Properties a rule we cannot match may show the element through: the sheet does not hide it by them. */
  mayShow: Set<Property>
}

/** The sheet's rules for the element: those under its keys that match it, and the combinator rules given. */
function matchingRules(
  sheet: StyleSheet,
  element: ElementKeys,
  chainRules: readonly StyleRule[],
): MatchedRules {
  const mayShow = new Set<Property>()
  if (sheet.rules.size === 0 && sheet.mayShow.size === 0) return { rules: [...chainRules], mayShow }
  const keys = lookupKeys(element)
  for (const key of keys)
    for (const may of sheet.mayShow.get(key) ?? [])
      if (matches(may.subject, element)) for (const property of may.properties) mayShow.add(property)
  const rules = keys
    .flatMap((key) => sheet.rules.get(key) ?? [])
    .filter((rule) => matches(rule.compound, element))
  rules.push(...chainRules)
  return { rules, mayShow }
}

interface ElementStyle {
  matched: MatchedRules
  inline: Shown
  /** What the element's presentational attributes say (<font color>). */
  hint: Shown
  /** Each property's winner once worked out (null: none): the walk asks for several, some more than once. */
  won: Partial<Record<Property, Declared | null>>
}

/** The declaration of the property that wins for the element, if any (the sheet's only if nothing may show it). */
function winning(style: ElementStyle, property: Property): Declared | undefined {
  const known = style.won[property]
  if (known !== undefined) return known ?? undefined
  const winner = winnerOf(style, property)
  style.won[property] = winner ?? null
  return winner
}

function winnerOf({ matched, inline, hint }: ElementStyle, property: Property): Declared | undefined {
  let winner: Candidate | undefined
  const consider = (candidate: Candidate) => {
    if (winner === undefined || beats(candidate, winner)) winner = candidate
  }
  if (!matched.mayShow.has(property)) {
    const hinted = hint[property]
    if (hinted !== undefined) consider({ declared: hinted, specificity: HINT_RANK, order: HINT_RANK })
    for (const rule of matched.rules) {
      const declared = rule.shown[property]
      if (declared !== undefined) consider({ declared, specificity: rule.specificity, order: rule.order })
    }
  }
  const own = inline[property]
  if (own !== undefined) consider({ declared: own, specificity: INLINE_RANK, order: INLINE_RANK })
  return winner?.declared
}

/** A <font color>'s colour, as a declaration. */
function hintOf(name: string, attributes: Record<string, string>): Shown {
  const ink = name === 'font' && attributes.color !== undefined ? inkOf(attributes.color) : undefined
  if (ink === undefined) return {}
  const rgb = solidColourOf(attributes.color ?? '')
  return { color: { hides: ink === 'unseen', important: false, white: ink === 'white', rgb } }
}

/** What decides the element's style; undefined when nothing in the sheet or its attributes can. */
function styleOf(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[],
): ElementStyle | undefined {
  // The page walk asks several questions about one element in a row (hidden? paints? generates?).
  const last = lastStyle
  if (
    last?.sheet === sheet &&
    last.attributes === attributes &&
    last.chainRules === chainRules &&
    last.name === name
  )
    return last.style
  const style = computeStyle(sheet, name, attributes, chainRules)
  lastStyle = { sheet, name, attributes, chainRules, style }
  return style
}

/** The element styleOf was last asked about, and its answer. */
let lastStyle:
  | {
      sheet: StyleSheet
      name: string
      attributes: Record<string, string>
      chainRules: readonly StyleRule[]
      style: ElementStyle | undefined
    }
  | undefined

function computeStyle(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[],
): ElementStyle | undefined {
  const style = attributes.style ?? ''
  const empty = sheet.rules.size === 0 && sheet.mayShow.size === 0 && chainRules.length === 0
  const hint = hintOf(name, attributes)
  if (empty && !MAY_SHOW_OR_HIDE.test(style) && hint.color === undefined) return undefined
  return {
    matched: matchingRules(sheet, elementKeys(name, attributes), chainRules),
    inline: INLINE_STYLES.get(style, shownBy),
    hint,
    won: {},
  }
}

/**
 * Which property hides the element, the first in HIDING: `display`, `opacity` or `offscreen` (it and all
 * it holds),
 * `visibility`, `fontSize` or `color` (what it holds may show itself again), or none. `chainRules`: the
 * rules with combinators that match it (styleTree). `behind`: the solid colour its ancestors paint behind it
 * (the page's white where none paints; undefined where what they paint is not known, see textColour): text
 * of that very colour is not seen there, unless the element paints a background of its own.
 */
export function styleHiding(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
  behind: string | undefined = undefined,
): Property | undefined {
  const style = styleOf(sheet, name, attributes, chainRules)
  if (style === undefined) return undefined
  const hiding = HIDING.find((property) => hidesBy(style, name, property))
  if (hiding !== undefined) return hiding
  const own = backdropOf(style, attributes)
  const back = own === undefined ? behind : own.colour
  const ink = drawnInk(style)?.rgb
  return back !== undefined && ink !== undefined && sameColour(ink, back) ? 'color' : undefined
}

/**
 * What the element's text is drawn in: its text fill colour (`-webkit-text-fill-color`, which browsers
 * draw over `color`), else its colour.
 */
function drawnInk(style: ElementStyle): Declared | undefined {
  return winning(style, 'textFill') ?? winning(style, 'color')
}

/** Whether the declaration of the property that wins hides the element (a clip to nothing, a block box's). */
function hidesBy(style: ElementStyle, name: string, property: Property): boolean {
  const declared = property === 'color' ? drawnInk(style) : winning(style, property)
  if (declared?.hides !== true) return false
  if (property !== 'clipped' || declared.blockBox === true) return true
  if (winning(style, 'offscreen')?.positioned === true) return true
  const display = winning(style, 'display')
  return display === undefined ? BLOCK_ELEMENTS.has(name) : display.blockBox === true
}

/**
 * What the element paints behind its text: the background colour and image that win for it (a rule's
 * beats `bgcolor`, a presentational hint), or, when no rule or style sets a colour, its attributes'. A rule
 * we cannot match may paint anything.
 */
function backdropOf(style: ElementStyle, attributes: Record<string, string>): Backdrop {
  const { mayShow } = style.matched
  if (mayShow.has('backgroundColor') || mayShow.has('backgroundImage')) return { colour: undefined }
  if (winning(style, 'backgroundImage')?.paints === true) return { colour: undefined }
  const colour = winning(style, 'backgroundColor')
  if (colour === undefined) return attributesBackdrop(attributes)
  return colour.paints === true ? { colour: colour.rgb } : undefined
}

/**
 * What the element paints behind its text (and its descendants' text): `bgcolor`, or a background colour
 * or image its style attribute or the page's rules give it (maybe: a rule we cannot match may); see
 * textColour's Backdrop.
 */
export function backdropBehind(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): Backdrop {
  const style = styleOf(sheet, name, attributes, chainRules)
  return style === undefined ? attributesBackdrop(attributes) : backdropOf(style, attributes)
}

/**
 * Whether the `hidden` attribute hides the element. The browser's own `[hidden] { display: none }` loses to
 * any `display` the page sets on it (`.shown { display: inline }`, `[hidden] { display: block }`, a style
 * attribute), or may set (a rule we cannot match); `display: none` hides it anyway (see styleHiding).
 * `hidden="until-found"` hides its content through content-visibility instead, which only a contained box
 * (a block, a cell; not an inline element, nor a row) has.
 */
export function hiddenByAttribute(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): boolean {
  const value = attributes.hidden
  if (value === undefined) return false
  const style = styleOf(sheet, name, attributes, chainRules)
  if (style?.matched.mayShow.has('display') === true) return false
  const display = style === undefined ? undefined : winning(style, 'display')
  if (value.toLowerCase() !== 'until-found') return display === undefined
  return display === undefined ? CONTAINED_BY_DEFAULT.has(name) : display.uncontained !== true
}

/** Whether the element may make itself visible inside an invisible one: `visibility: visible`, maybe. */
export function mayBeVisible(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): boolean {
  const style = styleOf(sheet, name, attributes, chainRules)
  if (style === undefined) return false
  return style.matched.mayShow.has('visibility') || winning(style, 'visibility')?.hides === false
}

/**
 * Whether the element sets a font size of its own other than 0 (maybe), showing its text inside a size-0
 * one. A size relative to the parent's (`1em`, `100%`) is 0 there, as a browser computes it.
 */
export function setsOwnSize(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): boolean {
  const style = styleOf(sheet, name, attributes, chainRules)
  const size = style === undefined ? undefined : winning(style, 'fontSize')
  if (size !== undefined) return !size.hides && size.relative !== true
  return (name === 'font' && 'size' in attributes) || style?.matched.mayShow.has('fontSize') === true
}

/**
 * Whether the element may show its text inside one whose colour is not seen: it sets a colour seen on white
 * (maybe: a rule we cannot match may set one), or paints a background behind it.
 */
export function setsSeenInk(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
  behind: string | undefined = undefined,
): boolean {
  const style = styleOf(sheet, name, attributes, chainRules)
  if (style === undefined) return attributesBackdrop(attributes) !== undefined
  const { mayShow } = style.matched
  if (backdropOf(style, attributes) !== undefined || mayShow.has('color') || mayShow.has('textFill'))
    return true
  const ink = drawnInk(style)
  if (ink === undefined || ink.hides) return false
  return ink.rgb === undefined || behind === undefined || !sameColour(ink.rgb, behind)
}

/** The text the page's rules draw before and after the element (see generatedContent); empty for none. */
export function generatedText(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): { before: string; after: string } {
  const style = VOID_ELEMENTS.has(name) ? undefined : styleOf(sheet, name, attributes, chainRules)
  const text = (where: 'before' | 'after') =>
    style === undefined ? '' : contentText(winning(style, where)?.content ?? [], attributes)
  return { before: text('before'), after: text('after') }
}

/** Elements the browser's own style sheet sets off the baseline (`sup { vertical-align: super }`). */
const OFF_BASELINE_BY_DEFAULT: ReadonlySet<string> = new Set(['sup', 'sub'])

/**
 * Whether the element's style sets its text off the baseline (`vertical-align: super` or `sub`, a <sup> or
 * <sub> unless the page says otherwise) as a word processor sets a footnote mark: pages write
 * "1436<sup>1</sup>", or, pasted from Word, "1436<span style="vertical-align:super">1</span>". A table cell's
 * vertical-align places its content in the cell and raises nothing.
 */
export function setOffBaseline(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): boolean {
  if (name === 'td' || name === 'th' || VOID_ELEMENTS.has(name)) return false
  const style = styleOf(sheet, name, attributes, chainRules)
  const declared = style === undefined ? undefined : winning(style, 'verticalAlign')
  return declared === undefined ? OFF_BASELINE_BY_DEFAULT.has(name) : declared.offBaseline === true
}

/** Elements the browser's own style sheet sets smaller or larger than their parent (`font-size: smaller`). */
const SIZED_BY_DEFAULT: Readonly<Record<string, FontSizeValue>> = {
  sup: SMALLER,
  sub: SMALLER,
  small: SMALLER,
  big: LARGER,
}

/** What the element's own style says of where its text stands against its parent's baseline. */
export interface OwnBaseline {
  /**
   * How far it moves the text up, in pixels (see baselineShift): `vertical-align` by a length or a
   * percentage, relative positioning and a translation; 0 for none.
   */
  shift: number
  /** `vertical-align: text-top` or `top`, which raises text set smaller than its parent's. */
  topAligned: boolean
  /** The font size it sets: its style's, a <font size>, or the browser's for <sup>, <sub>, <small>. */
  size: FontSizeValue | undefined
}

const ON_PARENT_BASELINE: OwnBaseline = { shift: 0, topAligned: false, size: undefined }

/**
 * Where the element's own style sets its text against its parent's baseline. A table cell's
 * vertical-align places its content in the cell, and a cell moved moves all it holds alike.
 */
export function ownBaseline(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): OwnBaseline {
  if (VOID_ELEMENTS.has(name)) return ON_PARENT_BASELINE
  const style = styleOf(sheet, name, attributes, chainRules)
  const declared = style === undefined ? undefined : winning(style, 'fontSize')
  const hinted =
    name === 'font' && attributes.size !== undefined ? fontElementSize(attributes.size) : undefined
  const size = declared === undefined ? (hinted ?? SIZED_BY_DEFAULT[name]) : declared.size
  if (style === undefined || name === 'td' || name === 'th')
    return size === undefined ? ON_PARENT_BASELINE : { ...ON_PARENT_BASELINE, size }
  const verticalAlign = winning(style, 'verticalAlign')
  return {
    shift: (verticalAlign?.shift ?? 0) + relativeShift(style) + translation(style, name),
    topAligned: verticalAlign?.topAligned === true,
    size,
  }
}

/**
 * How far a transform moves the element up: a block box's only (an inline-block's), as browsers transform
 * no inline box.
 */
function translation(style: ElementStyle, name: string): number {
  const shift = winning(style, 'transform')?.shift
  if (shift === undefined || shift === 0) return 0
  const display = winning(style, 'display')
  const blockBox = display === undefined ? BLOCK_ELEMENTS.has(name) : display.blockBox === true
  return blockBox || winning(style, 'offscreen')?.positioned === true ? shift : 0
}

/** How far relative positioning moves the element up: `top` lowers it and wins over `bottom`, which raises it. */
function relativeShift(style: ElementStyle): number {
  if (winning(style, 'position')?.relativelyPlaced !== true) return 0
  const top = winning(style, 'top')?.shift
  if (top !== undefined) return -top
  return winning(style, 'bottom')?.shift ?? 0
}
