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

/** The steps an open element reached (rule steps but the last, by id). */
type Reached = ReadonlySet<number>

/** The rules with combinators matching each element, by the index of its start tag; only where some match. */
export function chainMatches(tokens: readonly HtmlToken[], sheet: StyleSheet): Map<number, StyleRule[]> {
  const matched = new Map<number, StyleRule[]>()
  if (sheet.chainSteps.size === 0) return matched
  /** How many open elements reached each step. */
  const reachedBelow = new Map<number, number>()
  const count = (reached: Reached, by: number) => {
    for (const id of reached) reachedBelow.set(id, (reachedBelow.get(id) ?? 0) + by)
  }
  const open = new OpenElements<Reached>((reached) => count(reached, -1))
  tokens.forEach((token, index) => {
    if (token.type === 'end') open.end(token.name)
    if (token.type !== 'start' || !OpenElements.opens(token)) return
    open.starting(token.name)
    const element = elementKeys(token.name, token.attributes)
    const parent = open.parent()
    const reached = new Set<number>()
    const rules: StyleRule[] = []
    for (const key of lookupKeys(element))
      for (const step of sheet.chainSteps.get(key) ?? []) {
        if (!matches(step.compound, element)) continue
        const before = step.id - 1
        if (
          step.index > 0 &&
          !(step.child ? parent?.has(before) === true : (reachedBelow.get(before) ?? 0) > 0)
        )
          continue
        if (step.index === step.rule.steps.length - 1) rules.push(step.rule)
        else reached.add(step.id)
      }
    if (rules.length > 0) matched.set(index, rules)
    open.push(token.name, reached)
    count(reached, 1)
  })
  return matched
}
