/**
 * Rules with combinators (`.article .hid`, `div.content > span.x`, `#zoom p span.h`) matched on the page's
 * element tree (openElements.ts), as a browser matches them against an element's ancestors. Instead of
 * walking up from every element, the walk down the tree carries what the ancestors matched: an element
 * reaches step k of a rule when it matches step k's compound and its parent (`>`) or some open ancestor
 * (a space) reached step k − 1, and a count per step over the open elements answers "some ancestor" at
 * once. An element tests only the steps under its keys (each bucket capped, see styleSheet), so the work
 * per element depends neither on the page's depth nor on the sheet's size.
 */
import { elementKeys, lookupKeys, matches } from './selector'
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

/** The rules with combinators matching each element, by the index of its start tag; only where some match. */
export function chainMatches(tokens: readonly HtmlToken[], sheet: StyleSheet): Map<number, StyleRule[]> {
  const matched = new Map<number, StyleRule[]>()
  if (sheet.chainSteps.size === 0) return matched
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
