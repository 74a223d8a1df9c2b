/**
 * Rules with combinators (`.article .hid`, `div.content > span.x`, `#zoom p span.h`) or on an element's
 * place among its siblings (`td b:first-child`, counted by a first walk) matched on the page's element tree
 * (openElements.ts), as a browser matches them against an element's ancestors. Instead of
 * walking up from every element, the walk down the tree carries what the ancestors matched: an element
 * reaches step k of a rule when it matches step k's compound and its parent (`>`) or some open ancestor
 * (a space) reached step k − 1, and a count per step over the open elements answers "some ancestor" at
 * once. An element tests only the steps under its keys (each bucket capped, see styleSheet), so the work
 * per element depends neither on the page's depth nor on the sheet's size.
 */
import { elementKeys, lookupKeys, matches, type Place } from './selector'
import type { StyleRule, StyleSheet } from './styleSheet'
import { OpenElements } from './openElements'
import type { HtmlToken } from './tokenize'

/**
 * What an open element reached: the steps a child step follows (looked up by its children), and the steps
 * a descendant step follows that no open ancestor had reached (given back when it closes).
 */
interface Reached {
  forChildren: ReadonlySet<number>
  owned: readonly number[]
}

/** An element's children so far: how many, and how many of each tag. */
interface Children {
  count: number
  ofType: Map<string, number>
}

/**
 * Where each element the tree opens (in the order it opens them, implied ones too) stands among its
 * siblings: a first walk down the page, as `:last-child` needs the siblings after it. Void elements
 * (<br>, <img>) are siblings too.
 */
function placesOf(tokens: readonly HtmlToken[]): Place[] {
  const places: { name: string; index: number; typeIndex: number; siblings: Children }[] = []
  const top: Children = { count: 0, ofType: new Map() }
  const open = new OpenElements<Children>(() => undefined)
  const add = (name: string) => {
    const siblings = open.parent() ?? top
    siblings.count++
    const typeIndex = (siblings.ofType.get(name) ?? 0) + 1
    siblings.ofType.set(name, typeIndex)
    return { name, index: siblings.count, typeIndex, siblings }
  }
  for (const token of tokens) {
    if (token.type === 'start' && !open.opens(token)) add(token.name)
    open.take(token, (name) => {
      places.push(add(name))
      open.push(name, { count: 0, ofType: new Map() })
    })
  }
  return places.map(({ name, index, typeIndex, siblings }) => ({
    index,
    count: siblings.count,
    typeIndex,
    typeCount: siblings.ofType.get(name) ?? typeIndex,
  }))
}

/**
 * The rules with combinators (or testing a place among siblings) matching each element, by the index of
 * its start tag; only where some match.
 */
export function chainMatches(tokens: readonly HtmlToken[], sheet: StyleSheet): Map<number, StyleRule[]> {
  const matched = new Map<number, StyleRule[]>()
  if (sheet.chainSteps.size === 0) return matched
  const places = [...sheet.chainSteps.values()].some((steps) =>
    steps.some((step) => step.compound.places !== undefined),
  )
    ? placesOf(tokens)
    : undefined
  let opened = 0
  // Steps some open element reached, for the descendant steps after them: the outermost such element owns
  // each, and as it closes last, "some open ancestor reached it" holds exactly while it is open. A deep
  // page whose every element matches a rule's first step marks it once, not once per element.
  const reachedAbove = new Set<number>()
  const open = new OpenElements<Reached>(({ owned }) => {
    for (const id of owned) reachedAbove.delete(id)
  })
  /** Opens an element, and the rules with combinators it is the subject of. */
  const enter = (name: string, attributes: Record<string, string>): StyleRule[] => {
    const element = elementKeys(name, attributes)
    const place = places?.[opened++]
    if (place !== undefined) element.place = place
    const parent = open.parent()
    const forChildren = new Set<number>()
    const owned: number[] = []
    const rules: StyleRule[] = []
    for (const key of lookupKeys(element))
      for (const step of sheet.chainSteps.get(key) ?? []) {
        if (!matches(step.compound, element)) continue
        const before = step.id - 1
        if (
          step.index > 0 &&
          !(step.child ? parent?.forChildren.has(before) === true : reachedAbove.has(before))
        )
          continue
        const next = step.rule.steps[step.index + 1]
        if (next === undefined) rules.push(step.rule)
        else if (next.child) forChildren.add(step.id)
        else if (!reachedAbove.has(step.id) && !owned.includes(step.id)) owned.push(step.id)
      }
    open.push(name, { forChildren, owned })
    // Only now: an element is no ancestor of itself.
    for (const id of owned) reachedAbove.add(id)
    return rules
  }
  tokens.forEach((token, index) =>
    open.take(token, (name, attributes, implied) => {
      const rules = enter(name, attributes)
      if (!implied && rules.length > 0) matched.set(index, rules)
    }),
  )
  return matched
}
