import { PROACTIVE_ROW_NAMES } from '../../model/labels'
import { isValueCell, outlineLevel, squeeze } from './cellText'
import { middleOf, overlapsHorizontally, rightOf, type Glyph } from './glyphs'
import { sameBaseline } from './lines'
import { centredValueAlone, MAX_LINE_STEP, MIN_LINE_STEP } from './stacks'
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
 *
 * A value of the row alone in its column at the middle of the number's lines (centredValueAlone) shows one row of
 * centred cells whose numbers wrap over different counts of lines, half a line apart: two rows of their own
 * have nothing between their lines. It lets a three-line number's middle line hold the row's short values,
 * a label wrapped with the numbers go on beside the rests, and a label line stand half a line under them.
 * With every 0 left blank, another number of the row wrapped over lines half a line from this one's shows it
 * as well (staggeredChain); with none, a label's next line beside the rests must stand under its first line
 * and be no 表二 row name (continuesLabel), and a label line under the rests must belong to a label that goes
 * on through the number's middle from above its first line (labelThrough).
 *
 * In rows one line apart the next row's first number may stand right under a wrapped number's first line
 * and pass for its rest; refused there, it is judged again as a first line of its own, its lines taken when
 * its row shows them, instead of being cut off with everything under it.
 */

const DIGITS = /^\d+$/
/** How far (in font sizes) a rest may start outside its first line's extent. */
const ALIGNED = 0.3
/** 表二's row names, which open with no item number. */
const PROACTIVE_ROWS: ReadonlySet<string> = new Set(
  [...Object.values(PROACTIVE_ROW_NAMES), '规范性文件'].map(squeeze),
)
/** A cell wraps only a number longer than a line of it: its first line is at least this many digits. */
const MIN_FIRST_LINE_DIGITS = 2
/**
 * A chain is cut into numbers of at most this many lines (a six-digit number two digits a line): a row's label
 * stands at the middle of spans of any length, so only short ones are told by it.
 */
const MAX_CUT_LINES = 3
/** Longer chains are not cut (their ways to cut grow with their length); refusedLinks judges them. */
const MAX_CUT_CHAIN = 12

/**
 * The rest starts within the first line's extent: left-aligned, centred and right-aligned rests all do. Not
 * their right edges compared: pdf.js may give a run the width of a space it trimmed after it.
 */
function startsUnder(above: Glyph, rest: Glyph): boolean {
  const tolerance = ALIGNED * above.size
  return rest.x >= above.x - tolerance && rest.x <= rightOf(above) + tolerance
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
 * A label joined from the stack of its wrapped lines (joinStacks): a group label merged over several rows
 * stands at their middle, wherever that falls, on no row's line.
 */
function mergedLabel(glyph: Glyph): boolean {
  return glyph.wholeCell === true && !isValueCell(glyph.text)
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
      rightOf(other) <= left &&
      !DIGITS.test(other.text),
  )
}

/**
 * The glyphs of a page that a link joins, as rest or as the line it continues: no value of its own.
 */
function linkedGlyphs(links: ReadonlyMap<Glyph, Glyph>): Set<Glyph> {
  return new Set([...links.keys(), ...links.values()])
}

/** Each glyph's chain of lines, top first, as the links make it: a number's first line and its rests. */
function chainsOf(links: ReadonlyMap<Glyph, Glyph>): Map<Glyph, Glyph[]> {
  const chainOf = new Map<Glyph, Glyph[]>()
  for (const glyph of [...links.keys()].sort((a, b) => b.y - a.y)) {
    const above = links.get(glyph) as Glyph
    const chain = chainOf.get(above) ?? [above]
    chain.push(glyph)
    chain.forEach((member) => chainOf.set(member, chain))
  }
  return chainOf
}

/**
 * Another number of the row wrapped over a count of lines of another parity, centred on the same middle: its
 * lines stand half a line from this one's ("18" over "40" over "0" beside "28" over "00"), which rows of their
 * own, each on its line, never do. The row's short values may all be blank.
 */
function staggeredChain(chain: readonly Glyph[], chains: readonly (readonly Glyph[])[]): boolean {
  const middle = middleOf(chain)
  return chains.some(
    (other) =>
      other !== chain &&
      sameBaseline(middleOf(other), middle) &&
      other.every((glyph) => chain.every((line) => !sameBaseline(glyph, line))),
  )
}

/**
 * A label wrapped over lines half a line from the number's: a line of it at the chain's middle, opening with
 * no item number, goes on from a line of it over the chain's first line. The label lines around the rests
 * are then one label's, not the label of a row wrapped around its own digits, whose first line (the one
 * between the two rows' values) opens with its item number.
 */
function labelThrough(chain: readonly Glyph[], glyphs: readonly Glyph[]): boolean {
  const top = chain[0] as Glyph
  const left = Math.min(...chain.map((glyph) => glyph.x))
  const middle = middleOf(chain)
  const label = (glyph: Glyph) => !isValueCell(glyph.text) && !mergedLabel(glyph) && rightOf(glyph) <= left
  return glyphs.some(
    (between) =>
      label(between) &&
      sameBaseline(between, middle) &&
      outlineLevel(between.text) === undefined &&
      glyphs.some(
        (over) =>
          label(over) &&
          over.y > top.y &&
          over.y - between.y >= MIN_LINE_STEP * over.size &&
          over.y - between.y <= MAX_LINE_STEP * over.size &&
          overlapsHorizontally(over, between),
      ),
  )
}

/**
 * A line of rests: rests alone, or rests right of a label when every glyph of the line above is a first line
 * they continue (a number wrapped over three lines, the row's label centred on the middle one). A row of
 * its own under a row of values has values that no number above continues, a 0 under a one-digit number.
 * With the row's short values centred between the chain's lines (`centred`), a three-line number's middle
 * line (`middle`) holds them too. A label wrapped with the numbers has its next line beside the rests: that
 * line opens with no item number, as a row's own label does, the line above holds only the label's first line
 * and the first lines the rests continue, and with no value centred (every 0 left blank) it stands under
 * the label's first line (continuesLabel).
 */
function restsLine(
  line: readonly Glyph[],
  links: ReadonlyMap<Glyph, Glyph>,
  glyphs: readonly Glyph[],
  centred: { middle: boolean } | undefined,
): boolean {
  const rests = line.filter((glyph) => links.has(glyph))
  if (rests.length === line.length) return true
  const left = Math.min(...rests.map((rest) => rest.x))
  const others = line.filter((glyph) => !links.has(glyph))
  const values = others.filter((glyph) => isValueCell(glyph.text))
  const labels = others.filter((glyph) => !isValueCell(glyph.text))
  if (labels.some((glyph) => rightOf(glyph) > left)) return false
  // Values of the line's own only on the middle line of a number over three lines (or five), untouched by links.
  const linked = linkedGlyphs(links)
  const ownValues = centred?.middle === true && values.every((value) => !linked.has(value))
  if (values.length > 0 && !ownValues) return false
  if (labels.length === 0) return true
  const firstLines = new Set(rests.map((rest) => links.get(rest) as Glyph))
  const top = [...firstLines][0] as Glyph
  if (![...firstLines].every((glyph) => sameBaseline(glyph, top))) return false
  const lineAbove = glyphs.filter((glyph) => sameBaseline(glyph, top) && !mergedLabel(glyph))
  if (lineAbove.every((glyph) => firstLines.has(glyph))) return true
  const firstLeft = Math.min(...[...firstLines].map((glyph) => glyph.x))
  const labelsAbove = lineAbove.filter((glyph) => !firstLines.has(glyph))
  if (labelsAbove.some((glyph) => isValueCell(glyph.text) || rightOf(glyph) > firstLeft)) return false
  return labels.every(
    (label) =>
      outlineLevel(label.text) === undefined &&
      (centred !== undefined || labelsAbove.some((above) => continuesLabel(above, label))),
  )
}

/**
 * The label's line is the next line of a label wrapped in its column: it starts no further left than the line
 * above and stands under it. A row's own label under another's opens with its item number (restsLine), or,
 * in 表二, whose rows have none, is one of its row names (行政处罚 under 其他对外管理服务事项).
 */
function continuesLabel(above: Glyph, label: Glyph): boolean {
  return (
    label.x >= above.x - ALIGNED * above.size &&
    overlapsHorizontally(above, label) &&
    !PROACTIVE_ROWS.has(squeeze(label.text))
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
    width: Math.max(...chain.map(rightOf)) - x,
    height: top.y - bottom.y + bottom.size,
    wholeCell: true,
  }
}

/**
 * The links of chains `considered` that cannot stand, each judged on its line and its chain (`top`, its first
 * line); with `shownOnly`, every link whose row does not show it (no centred value, no staggered number).
 */
function refusedLinks(
  links: ReadonlyMap<Glyph, Glyph>,
  glyphs: readonly Glyph[],
  considered: (chain: readonly Glyph[]) => boolean,
  shownOnly: boolean,
): { rest: Glyph; above: Glyph; top: Glyph }[] {
  // A line of rests is all rests, or none of it is: a row's own line holds its label or a value of its own.
  // A number over two pieces of digits is no cell's first line.
  const restsUnder = new Map<Glyph, number>()
  for (const above of links.values()) restsUnder.set(above, (restsUnder.get(above) ?? 0) + 1)
  const continuedTwice = (above: Glyph) => (restsUnder.get(above) ?? 0) > 1
  const linked = linkedGlyphs(links)
  const chainOf = chainsOf(links)
  const allChains = [...new Set(chainOf.values())]
  return [...links].flatMap(([rest, above]) => {
    const chain = chainOf.get(rest) as Glyph[]
    if (!considered(chain)) return []
    const line = glyphs.filter((other) => sameBaseline(other, rest) && !mergedLabel(other))
    // The chain as far as this rest too: a wrong link further down (the next row's value under the rest)
    // moves the whole chain's middle off the row's.
    const shown = [chain, chain.slice(0, chain.indexOf(rest) + 1)].find(
      (lines) => centredValueAlone(lines, glyphs, linked) || staggeredChain(lines, allChains),
    )
    const centred = shown && { middle: sameBaseline(rest, middleOf(shown)) }
    const fails =
      (shownOnly && centred === undefined) ||
      !restsLine(line, links, glyphs, centred) ||
      (centred === undefined && labelBelow(line, glyphs, above.y - rest.y) && !labelThrough(chain, glyphs)) ||
      line.some((other) => continuedTwice(links.get(other) as Glyph))
    return fails ? [{ rest, above, top: chain[0] as Glyph }] : []
  })
}

/**
 * A label stands left of the lines at their middle: a row's label on one line, centred on its row as its
 * wrapped numbers are ("1.属于国家秘密" half-way between "11" and "3" of 113).
 */
function centredLabel(lines: readonly Glyph[], glyphs: readonly Glyph[]): boolean {
  const left = Math.min(...lines.map((glyph) => glyph.x))
  const middle = middleOf(lines)
  return glyphs.some(
    (label) =>
      !isValueCell(label.text) &&
      !mergedLabel(label) &&
      rightOf(label) <= left &&
      sameBaseline(label, middle),
  )
}

/**
 * The row shows the lines as one number's: a value of it centred on their middle, a staggered number, or
 * (`labelled`) its label centred on their middle.
 */
function shownAsOne(
  lines: readonly Glyph[],
  glyphs: readonly Glyph[],
  linked: ReadonlySet<Glyph>,
  chains: readonly (readonly Glyph[])[],
  labelled: boolean,
): boolean {
  return (
    centredValueAlone(lines, glyphs, linked) ||
    staggeredChain(lines, chains) ||
    (labelled && centredLabel(lines, glyphs))
  )
}

/**
 * The ways to cut the lines into numbers of two to MAX_CUT_LINES lines each that their rows show, as the
 * line indexes each number starts at (the first's, 0, left out).
 */
function shownCuts(lines: readonly Glyph[], shown: (from: number, to: number) => boolean): number[][] {
  const from = (start: number): number[][] => {
    if (start === lines.length) return [[]]
    const ways: number[][] = []
    for (let count = 2; count <= MAX_CUT_LINES && start + count <= lines.length; count++) {
      if (!shown(start, start + count)) continue
      for (const rest of from(start + count))
        ways.push(start + count < lines.length ? [start + count, ...rest] : rest)
    }
    return ways
  }
  return from(0)
}

/**
 * Wrapped numbers one over the other in rows one line apart, each number's first line right under the rest
 * of the one above ("20" over "00" for 2000, "18" of 18400 right under it), chain into one (200018). Where
 * the chain as a whole is shown by no row of it, and it can be cut in exactly one way into numbers of two or
 * three lines each shown by a row of its own (a value or the row's label centred on its middle, or a number
 * staggered beside it), it is cut there. A label does not show the whole chain as one: cut in parts of one
 * length, its middle is the middle part's, where that row's label stands. Two ways to cut it leave it to
 * refusedLinks, as does a lone line under a rest.
 */
function cutJoinedRows(links: Map<Glyph, Glyph>, glyphs: readonly Glyph[]): void {
  const linked = linkedGlyphs(links)
  const chains = [...new Set(chainsOf(links).values())]
  for (const chain of chains) {
    if (chain.length < 4 || chain.length > MAX_CUT_CHAIN || shownAsOne(chain, glyphs, linked, chains, false))
      continue
    const ways = shownCuts(chain, (from, to) =>
      shownAsOne(chain.slice(from, to), glyphs, linked, chains, true),
    )
    if (ways.length === 1) for (const at of ways[0] as number[]) links.delete(chain[at] as Glyph)
  }
}

/** A run of values pdf.js gave as one item ("37 37 29"), as one glyph per value; undefined for any other. */
function runValues(glyph: Glyph): Glyph[] | undefined {
  if (glyph.vertical) return undefined
  const run = valuesRun({ text: glyph.text, x: glyph.x, right: rightOf(glyph), y: glyph.y, size: glyph.size })
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
  cutJoinedRows(links, glyphs)
  const refused = refusedLinks(links, glyphs, () => true, false)
  // A refused rest may be a number's first line of its own (the next row's value under a wrapped number's
  // first line, "50" over "6" under "55"): the lines under it are judged again as its chain, taken only when
  // its row shows them (centred); a chain whose first link falls is judged again from its next line.
  let tops = new Set(refused.map(({ rest }) => rest))
  refused.filter(({ above }) => !tops.has(above)).forEach(({ rest }) => links.delete(rest))
  const cut = new Set<Glyph>()
  while (tops.size > 0) {
    const from = tops
    const retried = refusedLinks(links, glyphs, (chain) => from.has(chain[0] as Glyph), true)
    const fallen = retried.filter(({ above, top }) => above === top)
    const toppled = new Set(fallen.map(({ top }) => top))
    fallen.forEach(({ rest }) => links.delete(rest))
    for (const { rest, top } of retried) if (!toppled.has(top)) cut.add(rest)
    tops = new Set(fallen.map(({ rest }) => rest))
  }
  // The lines under a refused line are refused with it: "04" refused under "16", "6" is no number's rest.
  for (const [rest, above] of [...links].sort(([a], [b]) => b.y - a.y)) {
    if (!cut.has(rest) && !cut.has(above)) continue
    links.delete(rest)
    cut.add(rest)
  }
  if (links.size === 0) return [...page]
  const joinedChains = chainsOf(links)
  const chains = [...new Set(joinedChains.values())]
  // A run none of whose values a chain took stays the one glyph it was.
  const taken = new Set([...joinedChains.keys()].flatMap((glyph) => runOf.get(glyph) ?? []))
  const kept = glyphs.filter((glyph) => {
    const run = runOf.get(glyph)
    return !joinedChains.has(glyph) && (run === undefined || taken.has(run))
  })
  const runs = [...new Set(runOf.values())].filter((run) => !taken.has(run))
  return [...kept, ...runs, ...chains.map(joined)]
}
