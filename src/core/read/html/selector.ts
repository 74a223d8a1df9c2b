/**
 * The selectors of a page's <style> rules that can be matched on the element tree alone: compounds of a
 * tag, an id, classes, attributes present or tests of their value (`span`, `.hid`, `p#x.a.b`, `*`,
 * `[hidden]`, `[class*=hide]`, `[data-x="1" i]`), `:not()` of such compounds and an element's place among
 * its siblings (`:first-child`, `:nth-child(2n+1)`, `:last-of-type`…; matched on the page's tree by
 * styleTree), joined by descendant (space) and child (`>`) combinators. Anything else — other
 * pseudo-classes, sibling combinators, `:nth-child(… of S)` — is not read here.
 */

/** A compound selector: `tag`, `.class`, `#id`, `[attribute]`, `tag#id.a.b[hidden]`. */
export interface Compound {
  tag?: string
  id?: string
  classes: string[]
  /** Attributes the element must have, and what their value must be when the selector tests it. */
  attributes?: AttributeTest[]
  /** `:not(…)`: compounds the element must match none of (none with `places`). */
  not?: Compound[]
  /** `:first-child`, `:nth-of-type(2n)`…: where the element must stand among its siblings. */
  places?: PlaceTest[]
}

/** The element is the (a·k + b)-th for some k ≥ 0 among its siblings (of its type), counted from the end or not. */
export interface PlaceTest {
  ofType: boolean
  fromEnd: boolean
  a: number
  b: number
}

/** Where an element stands among its parent's element children, 1-based, and among those of its tag. */
export interface Place {
  index: number
  count: number
  typeIndex: number
  typeCount: number
}

/** `[name]`, or `[name op value]` with op one of = ~= |= ^= $= *= (`i`: letter case ignored). */
export interface AttributeTest {
  name: string
  op?: string
  value?: string
  ignoreCase?: boolean
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
  /** Known only where the page's tree is walked (styleTree); a compound with `places` needs it. */
  place?: Place
}

const ATTRIBUTE = String.raw`\[\s*[\w-]+\s*(?:[~|^$*]?=\s*(?:"[^"]*"|'[^']*'|[\w-]+)\s*(?:[is]\s*)?)?\]`
const NOT = String.raw`:not\([^()]*\)`
const PLACE = String.raw`:(?:first|last|only)-(?:child|of-type)|:nth-(?:last-)?(?:child|of-type)\([^()]*\)`
const COMPOUND = new RegExp(
  String.raw`^([a-z][\w-]*|\*)?((?:[#.][\w-]+|${ATTRIBUTE}|${NOT}|${PLACE})*)$`,
  'i',
)
const COMPOUND_PART = new RegExp(String.raw`[#.][\w-]+|${ATTRIBUTE}|${NOT}|${PLACE}`, 'gi')
const NTH = /^:nth-(last-)?(child|of-type)\(\s*(.*?)\s*\)$/i
const AN_PLUS_B = /^(?:([+-]?\d*)n\s*(?:([+-])\s*(\d+))?|([+-]?\d+))$/i

/** The tests of a place pseudo-class (`:only-child` is two), or undefined if it is not read here. */
function placeTests(part: string): PlaceTest[] | undefined {
  const lower = part.toLowerCase()
  const ofType = lower.includes('of-type')
  if (lower.startsWith(':first-')) return [{ ofType, fromEnd: false, a: 0, b: 1 }]
  if (lower.startsWith(':last-')) return [{ ofType, fromEnd: true, a: 0, b: 1 }]
  if (lower.startsWith(':only-'))
    return [
      { ofType, fromEnd: false, a: 0, b: 1 },
      { ofType, fromEnd: true, a: 0, b: 1 },
    ]
  const nth = NTH.exec(part)
  if (nth === null) return undefined
  const formula = (nth[3] ?? '').toLowerCase()
  const fromEnd = nth[1] !== undefined
  if (formula === 'odd') return [{ ofType, fromEnd, a: 2, b: 1 }]
  if (formula === 'even') return [{ ofType, fromEnd, a: 2, b: 0 }]
  const match = AN_PLUS_B.exec(formula)
  if (match === null) return undefined
  if (match[4] !== undefined) return [{ ofType, fromEnd, a: 0, b: Number(match[4]) }]
  const step = match[1] ?? ''
  const a = step === '' || step === '+' ? 1 : step === '-' ? -1 : Number(step)
  const b = match[3] === undefined ? 0 : Number(match[3]) * (match[2] === '-' ? -1 : 1)
  return [{ ofType, fromEnd, a, b }]
}

/** Whether the 1-based position is a·k + b for some integer k ≥ 0. */
function fits(test: PlaceTest, position: number): boolean {
  if (test.a === 0) return position === test.b
  const k = (position - test.b) / test.a
  return Number.isInteger(k) && k >= 0
}

function stands(test: PlaceTest, place: Place): boolean {
  const index = test.ofType ? place.typeIndex : place.index
  const count = test.ofType ? place.typeCount : place.count
  return fits(test, test.fromEnd ? count - index + 1 : index)
}
const ATTRIBUTE_PARTS =
  /^\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*(?:([is])\s*)?)?\]$/i

function attributeTest(part: string): AttributeTest | undefined {
  const match = ATTRIBUTE_PARTS.exec(part)
  if (match === null) return undefined
  const test: AttributeTest = { name: (match[1] ?? '').toLowerCase() }
  if (match[2] === undefined) return test
  test.op = match[2]
  test.value = match[3] ?? match[4] ?? match[5] ?? ''
  if (match[6]?.toLowerCase() === 'i') test.ignoreCase = true
  return test
}

/** The compounds of a `:not(…)`, or undefined if one is not read here (or tests a place: see matches). */
function negated(part: string): Compound[] | undefined {
  const compounds = part
    .slice(':not('.length, -1)
    .split(',')
    .map((text) => compoundOf(text))
  const read = compounds.filter(
    (compound): compound is Compound => compound !== undefined && compound.places === undefined,
  )
  return read.length === compounds.length ? read : undefined
}

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
  const attributes = parts.filter((part) => part.startsWith('[')).map(attributeTest)
  const not = parts.filter((part) => /^:not\(/i.test(part)).map(negated)
  const places = parts.filter((part) => /^:(?!not\()/i.test(part)).map(placeTests)
  if (
    attributes.some((test) => test === undefined) ||
    not.some((list) => list === undefined) ||
    places.some((tests) => tests === undefined)
  )
    return undefined
  if (attributes.length > 0) compound.attributes = attributes as AttributeTest[]
  if (not.length > 0) compound.not = (not as Compound[][]).flat()
  if (places.length > 0) compound.places = (places as PlaceTest[][]).flat()
  return compound
}

/**
 * A selector's compound texts, each with whether a child combinator (`>`) stands before it: split at
 * whitespace and `>` outside brackets, parentheses and quotes (`[class*="a b" i]`, `:not(.a, .b)`).
 */
function compoundTexts(selector: string): { text: string; child: boolean }[] {
  const parts: { text: string; child: boolean }[] = []
  let text = ''
  let child = false
  let depth = 0
  let quote = ''
  const flush = () => {
    if (text !== '') parts.push({ text, child })
    if (text !== '') child = false
    text = ''
  }
  for (const char of selector.trim()) {
    if (quote !== '') quote = char === quote ? '' : quote
    else if (char === '"' || char === "'") quote = char
    else if (char === '[' || char === '(') depth++
    else if (char === ']' || char === ')') depth--
    else if (depth === 0 && (char === '>' || /\s/.test(char))) {
      flush()
      if (char === '>') child = true
      continue
    }
    text += char
  }
  flush()
  return parts
}

/** Brackets, parentheses and quoted strings of a compound: what a class or id test cannot stand in. */
const NESTED_OR_QUOTED = /\[[^\]]*\]|\([^)]*\)|"[^"]*"|'[^']*'/g
/** A class or id test whose name starts with a digit (`.15`, `#2x`, `.-1`): no CSS identifier does. */
const DIGIT_NAME = /[.#]-?\d/

/**
 * Whether a selector is invalid CSS because a class or id name starts with a digit (unescaped), as a
 * page's style sheet may write one (`span.15 { … }`): a browser drops the whole rule it stands in, selector
 * list and all, so it hides and moves nothing on the page.
 */
export function hasDigitName(selector: string): boolean {
  // Nearly every selector has no digit after a dot or hash at all: no need to split it.
  if (!DIGIT_NAME.test(selector)) return false
  return compoundTexts(selector).some(({ text }) => DIGIT_NAME.test(text.replace(NESTED_OR_QUOTED, '')))
}

/** A selector's compounds left to right (the last is its subject), or undefined if it is not read here. */
export function stepsOf(selector: string): Step[] | undefined {
  const steps: Step[] = []
  for (const { text, child } of compoundTexts(selector)) {
    const compound = compoundOf(text)
    if (compound === undefined) return undefined
    steps.push({ compound, child })
  }
  return steps.length > 0 && !steps[0]?.child ? steps : undefined
}

/** id, class (and attribute), tag counts weighted 100/10/1: enough for the short selectors matched here. */
export function specificityOf(compounds: Compound[]): number {
  let specificity = 0
  for (const compound of compounds)
    specificity +=
      (compound.id === undefined ? 0 : 100) +
      (compound.classes.length + (compound.attributes?.length ?? 0) + (compound.places?.length ?? 0)) * 10 +
      (compound.tag ? 1 : 0) +
      // :not() counts as its most specific argument.
      Math.max(0, ...(compound.not ?? []).map((argument) => specificityOf([argument])))
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

function passes(test: AttributeTest, attributes: Readonly<Record<string, string>>): boolean {
  if (!Object.hasOwn(attributes, test.name)) return false
  if (test.op === undefined) return true
  const fold = (text: string) => (test.ignoreCase === true ? text.toLowerCase() : text)
  const value = fold(attributes[test.name] ?? '')
  const wanted = fold(test.value ?? '')
  switch (test.op) {
    case '=':
      return value === wanted
    case '~=':
      return wanted !== '' && value.split(/\s+/).includes(wanted)
    case '|=':
      return value === wanted || value.startsWith(`${wanted}-`)
    case '^=':
      return wanted !== '' && value.startsWith(wanted)
    case '$=':
      return wanted !== '' && value.endsWith(wanted)
    default:
      return wanted !== '' && value.includes(wanted)
  }
}

export function matches(compound: Compound, element: ElementKeys): boolean {
  return (
    (compound.tag === undefined || compound.tag === element.name) &&
    (compound.id === undefined || compound.id === element.id) &&
    compound.classes.every((name) => element.classes.has(name)) &&
    (compound.attributes ?? []).every((test) => passes(test, element.attributes)) &&
    !(compound.not ?? []).some((argument) => matches(argument, element)) &&
    (compound.places ?? []).every((test) => element.place !== undefined && stands(test, element.place))
  )
}

/** The keys an element is looked up under in a sheet's buckets (see ruleKey in styleSheet). */
export function lookupKeys(element: ElementKeys): string[] {
  const keys = [...element.classes].map((name) => `.${name}`)
  keys.push(element.name, '*')
  if (element.id !== undefined) keys.push(`#${element.id}`)
  return keys
}
