/**
 * Whether an element's own style hides it: its `style` attribute and the page's <style> rules that match
 * it. Per property (`display`, `visibility`) the declaration that wins is the browser's: !important first,
 * then the `style` attribute, then the more specific rule (id 100, class 10, tag 1), then the later one.
 */
import type { Compound, Declared, StyleRule, StyleSheet } from './styleSheet'
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

/** The sheet's rules for the element; none when a rule we cannot match may show it. */
function matchingRules(sheet: StyleSheet, element: ElementKeys): StyleRule[] {
  if (sheet.rules.size === 0) return []
  const keys = [...element.classes].map((name) => `.${name}`)
  keys.push(element.name, '*')
  if (element.id !== undefined) keys.push(`#${element.id}`)
  const found = keys
    .flatMap((key) => sheet.rules.get(key) ?? [])
    .filter((rule) => matches(rule.compound, element))
  const mayShow = keys.some((key) => sheet.mayShow.get(key)?.some((subject) => matches(subject, element)))
  return found.length === 0 || mayShow ? [] : found
}

export function hiddenByStyle(sheet: StyleSheet, name: string, attributes: Record<string, string>): boolean {
  const element: ElementKeys = {
    name,
    id: attributes.id,
    classes: new Set((attributes.class ?? '').split(/\s+/).filter((part) => part !== '')),
  }
  const style = attributes.style ?? ''
  if (sheet.rules.size === 0 && !MAY_SHOW_OR_HIDE.test(style)) return false
  const inline = shownBy(style)
  const rules = matchingRules(sheet, element)
  return (['display', 'visibility'] as const).some((property) => {
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
    return winner?.declared.hides === true
  })
}
