/**
 * The selectors of a page's <style> rules that can be matched on the element tree alone: compounds of a
 * tag, an id, classes and attributes present (`span`, `.hid`, `p#x.a.b`, `*`, `[hidden]`), joined by
 * descendant (space) and child (`>`) combinators. Anything else — pseudo-classes, tests of an attribute's
 * value, sibling combinators — is not read here.
 */

/** A compound selector: `tag`, `.class`, `#id`, `[attribute]`, `tag#id.a.b[hidden]`. */
export interface Compound {
  tag?: string
  id?: string
  classes: string[]
  /** Attributes the element must have, whatever their value. */
  attributes?: string[]
}

/** One compound of a selector and how it stands to the compound before it: its child (`>`) or descendant. */
export interface Step {
  compound: Compound
  child: boolean
}

/** What an element offers a selector: its tag name, id, classes and attributes. */
export interface ElementKeys {
  name: string
  id: string | undefined
  classes: Set<string>
  attributes: Readonly<Record<string, string>>
}

const COMPOUND = /^([a-z][\w-]*|\*)?((?:[#.][\w-]+|\[[\w-]+\])*)$/i
const COMPOUND_PART = /[#.][\w-]+|\[[\w-]+\]/g
/** A child combinator (captured) or a descendant one (whitespace). */
const COMBINATOR = /\s*(>)\s*|\s+/

export function compoundOf(text: string): Compound | undefined {
  const match = COMPOUND.exec(text.trim())
  if (match === null || (match[1] === undefined && match[2] === '')) return undefined
  const parts = match[2]?.match(COMPOUND_PART) ?? []
  const ids = parts.filter((part) => part.startsWith('#')).map((part) => part.slice(1))
  if (ids.length > 1) return undefined
  const tag = match[1] === undefined || match[1] === '*' ? undefined : match[1].toLowerCase()
  const compound: Compound = {
    classes: parts.filter((part) => part.startsWith('.')).map((part) => part.slice(1)),
  }
  if (tag !== undefined) compound.tag = tag
  if (ids[0] !== undefined) compound.id = ids[0]
  const attributes = parts
    .filter((part) => part.startsWith('['))
    .map((part) => part.slice(1, -1).toLowerCase())
  if (attributes.length > 0) compound.attributes = attributes
  return compound
}

/** A selector's compounds left to right (the last is its subject), or undefined if it is not read here. */
export function stepsOf(selector: string): Step[] | undefined {
  // The captured `>` (or undefined for a space) stands between each two compounds.
  const parts = selector.trim().split(COMBINATOR)
  const steps: Step[] = []
  for (let index = 0; index < parts.length; index += 2) {
    const compound = compoundOf(parts[index] ?? '')
    if (compound === undefined) return undefined
    steps.push({ compound, child: parts[index - 1] === '>' })
  }
  return steps
}

/** id, class (and attribute), tag counts weighted 100/10/1: enough for the short selectors matched here. */
export function specificityOf(compounds: Compound[]): number {
  let specificity = 0
  for (const compound of compounds)
    specificity +=
      (compound.id === undefined ? 0 : 100) +
      (compound.classes.length + (compound.attributes?.length ?? 0)) * 10 +
      (compound.tag ? 1 : 0)
  return specificity
}

export function elementKeys(name: string, attributes: Record<string, string>): ElementKeys {
  return {
    name,
    id: attributes.id,
    classes: new Set((attributes.class ?? '').split(/\s+/).filter((part) => part !== '')),
    attributes,
  }
}

export function matches(compound: Compound, element: ElementKeys): boolean {
  return (
    (compound.tag === undefined || compound.tag === element.name) &&
    (compound.id === undefined || compound.id === element.id) &&
    compound.classes.every((name) => element.classes.has(name)) &&
    (compound.attributes ?? []).every((name) => Object.hasOwn(element.attributes, name))
  )
}

/** The keys an element is looked up under in a sheet's buckets (see ruleKey in styleSheet). */
export function lookupKeys(element: ElementKeys): string[] {
  const keys = [...element.classes].map((name) => `.${name}`)
  keys.push(element.name, '*')
  if (element.id !== undefined) keys.push(`#${element.id}`)
  return keys
}
