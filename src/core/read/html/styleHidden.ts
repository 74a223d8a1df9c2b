/**
 * Whether an element's own style hides it: its `style` attribute and the page's <style> rules that match
 * it. Per property (`display`, `visibility`) the declaration that wins is the browser's: !important first,
 * then the `style` attribute, then the more specific rule (id 100, class 10, tag 1), then the later one.
 */
import type { Compound, Declared, Shown, StyleRule, StyleSheet } from './styleSheet'
import { shownBy } from './styleSheet'

interface Candidate {
  declared: Declared
  specificity: number
  order: number
}

/** The `style` attribute ranks above every rule of the same importance. */
const INLINE_RANK = Number.MAX_SAFE_INTEGER
const MAY_SHOW_OR_HIDE = /display|visibility/i

function beats(a: Candidate, b: Candidate): boolean {
  if (a.declared.important !== b.declared.important) return a.declared.important
  if (a.specificity !== b.specificity) return a.specificity > b.specificity
  return a.order > b.order
}

interface ElementKeys {
  name: string
  id: string | undefined
  classes: Set<string>
}

function matches(compound: Compound, element: ElementKeys): boolean {
  return (
    (compound.tag === undefined || compound.tag === element.name) &&
    (compound.id === undefined || compound.id === element.id) &&
    compound.classes.every((name) => element.classes.has(name))
  )
}

interface MatchedRules {
  rules: StyleRule[]
  /** A rule we cannot match may show the element: the sheet must not hide it. */
  mayShow: boolean
}

/** The sheet's rules for the element (none when a rule we cannot match may show it). */
function matchingRules(sheet: StyleSheet, element: ElementKeys): MatchedRules {
  if (sheet.rules.size === 0 && sheet.mayShow.size === 0) return { rules: [], mayShow: false }
  const keys = [...element.classes].map((name) => `.${name}`)
  keys.push(element.name, '*')
  if (element.id !== undefined) keys.push(`#${element.id}`)
  const mayShow = keys.some((key) => sheet.mayShow.get(key)?.some((subject) => matches(subject, element)))
  if (mayShow) return { rules: [], mayShow }
  const rules = keys
    .flatMap((key) => sheet.rules.get(key) ?? [])
    .filter((rule) => matches(rule.compound, element))
  return { rules, mayShow }
}

type Property = 'display' | 'visibility'

/** The declaration of the property that wins for the element, if any. */
function winning(rules: StyleRule[], inline: Shown, property: Property): Declared | undefined {
  let winner: Candidate | undefined
  const consider = (candidate: Candidate) => {
    if (winner === undefined || beats(candidate, winner)) winner = candidate
  }
  for (const rule of rules) {
    const declared = rule.shown[property]
    if (declared !== undefined) consider({ declared, specificity: rule.specificity, order: rule.order })
  }
  const own = inline[property]
  if (own !== undefined) consider({ declared: own, specificity: INLINE_RANK, order: INLINE_RANK })
  return winner?.declared
}

function elementKeys(name: string, attributes: Record<string, string>): ElementKeys {
  return {
    name,
    id: attributes.id,
    classes: new Set((attributes.class ?? '').split(/\s+/).filter((part) => part !== '')),
  }
}

/**
 * Which property hides the element: `display` (it and all it holds) or `visibility` (what it holds may
 * show itself again), or none.
 */
export function styleHiding(
  sheet: StyleSheet,
  name: string,
  attributes: Record<string, string>,
): Property | undefined {
  const style = attributes.style ?? ''
  if (sheet.rules.size === 0 && !MAY_SHOW_OR_HIDE.test(style)) return undefined
  const inline = shownBy(style)
  const { rules } = matchingRules(sheet, elementKeys(name, attributes))
  return (['display', 'visibility'] as const).find(
    (property) => winning(rules, inline, property)?.hides === true,
  )
}

/** Whether the element may make itself visible inside an invisible one: `visibility: visible`, maybe. */
export function mayBeVisible(sheet: StyleSheet, name: string, attributes: Record<string, string>): boolean {
  const style = attributes.style ?? ''
  if (sheet.rules.size === 0 && sheet.mayShow.size === 0 && !MAY_SHOW_OR_HIDE.test(style)) return false
  const { rules, mayShow } = matchingRules(sheet, elementKeys(name, attributes))
  return mayShow || winning(rules, shownBy(style), 'visibility')?.hides === false
}
