/**
 * Whether an element's own style hides it: its `style` attribute and the page's <style> rules that match
 * it (those with combinators matched on the page's tree by styleTree, and given here). Per property
 * (`display`, `opacity`, `visibility`, the font size) the declaration that wins is the browser's:
 * !important first, then the `style` attribute, then the more specific rule (id 100, class 10, tag 1),
 * then the later one.
 */
import { BLOCK_ELEMENTS } from './blockElements'
import { type ElementKeys, elementKeys, lookupKeys, matches } from './selector'
import type { Declared, Property, Shown, StyleRule, StyleSheet } from './styleSheet'
import { PROPERTIES, shownBy } from './styleSheet'

interface Candidate {
  declared: Declared
  specificity: number
  order: number
}

/** Elements a browser's style sheet makes boxes content-visibility applies to (rows and row groups are not). */
const CONTAINED_BY_DEFAULT: ReadonlySet<string> = new Set([...BLOCK_ELEMENTS, 'table', 'caption', 'td', 'th'])
/** The `style` attribute ranks above every rule of the same importance. */
const INLINE_RANK = Number.MAX_SAFE_INTEGER
const MAY_SHOW_OR_HIDE = /display|visibility|opacity|font/i
const NO_RULES: readonly StyleRule[] = []

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

/** The declaration of the property that wins for the element, if any (the sheet's only if nothing may show it). */
function winning(matched: MatchedRules, inline: Shown, property: Property): Declared | undefined {
  let winner: Candidate | undefined
  const consider = (candidate: Candidate) => {
    if (winner === undefined || beats(candidate, winner)) winner = candidate
  }
  if (!matched.mayShow.has(property))
    for (const rule of matched.rules) {
      const declared = rule.shown[property]
      if (declared !== undefined) consider({ declared, specificity: rule.specificity, order: rule.order })
    }
  const own = inline[property]
  if (own !== undefined) consider({ declared: own, specificity: INLINE_RANK, order: INLINE_RANK })
  return winner?.declared
}

/** What decides the element's style; undefined when nothing in the sheet or its style attribute can. */
function styleOf(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[],
): { matched: MatchedRules; inline: Shown } | undefined {
  const style = attributes.style ?? ''
  const empty = sheet.rules.size === 0 && sheet.mayShow.size === 0 && chainRules.length === 0
  if (empty && !MAY_SHOW_OR_HIDE.test(style)) return undefined
  return { matched: matchingRules(sheet, elementKeys(name, attributes), chainRules), inline: shownBy(style) }
}

/**
 * Which property hides the element, the first in PROPERTIES: `display` or `opacity` (it and all it holds),
 * `visibility` or `fontSize` (what it holds may show itself again), or none. `chainRules`: the rules with
 * combinators that match it (styleTree).
 */
export function styleHiding(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
  chainRules: readonly StyleRule[] = NO_RULES,
): Property | undefined {
  const style = styleOf(sheet, name, attributes, chainRules)
  if (style === undefined) return undefined
  return PROPERTIES.find((property) => winning(style.matched, style.inline, property)?.hides === true)
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
  const display = style === undefined ? undefined : winning(style.matched, style.inline, 'display')
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
  return (
    style.matched.mayShow.has('visibility') ||
    winning(style.matched, style.inline, 'visibility')?.hides === false
  )
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
  const size = style === undefined ? undefined : winning(style.matched, style.inline, 'fontSize')
  if (size !== undefined) return !size.hides && size.relative !== true
  return (name === 'font' && 'size' in attributes) || style?.matched.mayShow.has('fontSize') === true
}
