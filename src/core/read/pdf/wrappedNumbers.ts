import type { Glyph } from './glyphs'
import { sameBaseline } from './lines'
import { MAX_LINE_STEP, MIN_LINE_STEP } from './stacks'
import { valuesRun } from './valueRuns'

/*
 * A number too long for its narrow cell wraps inside it, digits and all ("5254" as "52" over "54"), the rest
 * one line down under its first line. Left as two lines, the first line's digits were read as the cell's
 * number and the line of rests, with no label, was dropped: a wrong number and no notice. The rests are
 * joined back to the digits they continue, at the middle of the cell's lines, where the row's other cells
 * stand centred.
 *
 * Only where nothing else can be meant: the line of rests holds digits alone (a row's own line has its label,
 * or a label wrapped around it), or also a label when every glyph of the line above is a first line it
 * continues (restsLine); each rest stands right under a number of two or more digits at least as
 * wide, aligned with it, with nothing between; and no label line stands within a line under the rests (the
 * label of a row wrapped around its digits, whose values would stand under the row above's).
 */

const DIGITS = /^\d+$/
/** How far (in font sizes) a rest may start outside its first line's extent. */
const ALIGNED = 0.3
/** A cell wraps only a number longer than a line of it: its first line is at least this many digits. */
const MIN_FIRST_LINE_DIGITS = 2

const right = (glyph: Glyph) => glyph.x + glyph.width

function overlapsHorizontally(a: Glyph, b: Glyph): boolean {
  return a.x < right(b) && b.x < right(a)
}

/**
 * The rest starts within the first line's extent: left-aligned, centred and right-aligned rests all do. Not
 * their right edges compared: pdf.js may give a run the width of a space it trimmed after it.
 */
function startsUnder(above: Glyph, rest: Glyph): boolean {
  const tolerance = ALIGNED * above.size
  return rest.x >= above.x - tolerance && rest.x <= right(above) + tolerance
}

/** The number `rest` continues: the nearest glyph above it in its column, if a wrapped number's line. */
function continued(rest: Glyph, glyphs: readonly Glyph[]): Glyph | undefined {
  if (rest.vertical || !DIGITS.test(rest.text)) return undefined
  const above = glyphs
    .filter((other) => other.y > rest.y && !sameBaseline(other, rest) && overlapsHorizontally(other, rest))
    .sort((a, b) => a.y - b.y)[0]
  if (above === undefined || above.vertical || above.size !== rest.size) return undefined
  const step = above.y - rest.y
  const fits =
    DIGITS.test(above.text) &&
    above.text.length >= MIN_FIRST_LINE_DIGITS &&
    above.text.length >= rest.text.length &&
    step >= MIN_LINE_STEP * rest.size &&
    step <= MAX_LINE_STEP * rest.size &&
    startsUnder(above, rest)
  return fits ? above : undefined
}

/**
 * A label's line stands under the rests, less than a line down: a row wrapped around its own digits. Whole
 * cells do not count: a group label merged over several rows stands at their middle, wherever that falls.
 */
function labelBelow(rests: readonly Glyph[], glyphs: readonly Glyph[], step: number): boolean {
  const first = rests[0] as Glyph
  const left = Math.min(...rests.map((rest) => rest.x))
  return glyphs.some(
    (other) =>
      other.wholeCell !== true &&
      other.y < first.y &&
      first.y - other.y < step &&
      right(other) <= left &&
      !DIGITS.test(other.text),
  )
}

/**
 * A line of rests: rests alone, or rests right of a label when every glyph of the line above is a first line
 * they continue (a number wrapped over three lines, the row's label centred on the middle one). A row of
 * its own under a row of values has values that no number above continues, a 0 under a one-digit number.
 */
function restsLine(
  line: readonly Glyph[],
  links: ReadonlyMap<Glyph, Glyph>,
  glyphs: readonly Glyph[],
): boolean {
  const rests = line.filter((glyph) => links.has(glyph))
  if (rests.length === line.length) return true
  const left = Math.min(...rests.map((rest) => rest.x))
  const others = line.filter((glyph) => !links.has(glyph))
  if (others.some((glyph) => right(glyph) > left || DIGITS.test(glyph.text))) return false
  const firstLines = new Set(rests.map((rest) => links.get(rest) as Glyph))
  const top = [...firstLines][0] as Glyph
  return (
    [...firstLines].every((glyph) => sameBaseline(glyph, top)) &&
    glyphs.filter((glyph) => sameBaseline(glyph, top)).every((glyph) => firstLines.has(glyph))
  )
}

function joined(chain: readonly Glyph[]): Glyph {
  const top = chain[0] as Glyph
  const bottom = chain[chain.length - 1] as Glyph
  const x = Math.min(...chain.map((glyph) => glyph.x))
  return {
    ...top,
    text: chain.map((glyph) => glyph.text).join(''),
    x,
    y: (top.y + bottom.y) / 2,
    width: Math.max(...chain.map(right)) - x,
    height: top.y - bottom.y + bottom.size,
    wholeCell: true,
  }
}

/** A run of values pdf.js gave as one item ("37 37 29"), as one glyph per value; undefined for any other. */
function runValues(glyph: Glyph): Glyph[] | undefined {
  if (glyph.vertical) return undefined
  const run = valuesRun({ text: glyph.text, x: glyph.x, right: right(glyph), y: glyph.y, size: glyph.size })
  return run?.map((value) => ({ ...glyph, text: value.text, x: value.x, width: value.right - value.x }))
}

/**
 * The page's glyphs with every number wrapped inside its cell joined into one glyph. A rest may stand under
 * one value of a run of values pdf.js gave as one item (top-aligned numbers, the row's short ones beside the
 * wrapped one's first line): that run is taken apart.
 */
export function joinWrappedNumbers(page: readonly Glyph[]): Glyph[] {
  const runOf = new Map<Glyph, Glyph>()
  const glyphs = page.flatMap((glyph) => {
    const values = runValues(glyph)
    values?.forEach((value) => runOf.set(value, glyph))
    return values ?? [glyph]
  })
  const links = new Map<Glyph, Glyph>()
  for (const glyph of glyphs) {
    const above = continued(glyph, glyphs)
    if (above) links.set(glyph, above)
  }
  // A line of rests is all rests, or none of it is: a row's own line holds its label or a value of its own.
  // A number over two pieces of digits is no cell's first line.
  const restsUnder = new Map<Glyph, number>()
  for (const above of links.values()) restsUnder.set(above, (restsUnder.get(above) ?? 0) + 1)
  const continuedTwice = (above: Glyph) => (restsUnder.get(above) ?? 0) > 1
  const refused = [...links].filter(([rest, above]) => {
    const line = glyphs.filter((other) => sameBaseline(other, rest))
    return (
      !restsLine(line, links, glyphs) ||
      labelBelow(line, glyphs, above.y - rest.y) ||
      line.some((other) => continuedTwice(links.get(other) as Glyph))
    )
  })
  refused.forEach(([rest]) => links.delete(rest))
  // The lines under a refused line are refused with it: "04" refused under "16", "6" is no number's rest.
  const cut = new Set(refused.map(([rest]) => rest))
  for (const [rest, above] of [...links].sort(([a], [b]) => b.y - a.y)) {
    if (!cut.has(above)) continue
    links.delete(rest)
    cut.add(rest)
  }
  if (links.size === 0) return [...page]
  const chainOf = new Map<Glyph, Glyph[]>()
  const chains: Glyph[][] = []
  for (const glyph of [...glyphs].sort((a, b) => b.y - a.y)) {
    const above = links.get(glyph)
    if (above === undefined) continue
    const chain = chainOf.get(above) ?? [above]
    if (chain.length === 1) chains.push(chain)
    chain.push(glyph)
    chain.forEach((member) => chainOf.set(member, chain))
  }
  // A run none of whose values a chain took stays the one glyph it was.
  const taken = new Set([...chainOf.keys()].flatMap((glyph) => runOf.get(glyph) ?? []))
  const kept = glyphs.filter((glyph) => {
    const run = runOf.get(glyph)
    return !chainOf.has(glyph) && (run === undefined || taken.has(run))
  })
  const runs = [...new Set(runOf.values())].filter((run) => !taken.has(run))
  return [...kept, ...runs, ...chains.map(joined)]
}
