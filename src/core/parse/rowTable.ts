/**
 * Reads the rows of one table (表二 or 表三) from a range of lines. Rows are recognised by the keywords of
 * their label, with their position in the table as the fallback, never by line number. A label line without
 * numbers is carried to the numbers that follow (wrapped labels, PDF rows, vertical merged labels); a row
 * whose numbers continue on number-only lines takes them from there.
 */
import { fitValues, fittedNumberCount, type LineTokens, type ValueToken } from './lineTokens'
import { stripLabel, type RowSpec } from './rowSpec'
import type { CellSink } from './cellSink'
import { BoundedCache } from '../boundedCache'
import { quoted } from '../text/quote'

export interface LineSource {
  count: number
  tokens(index: number): LineTokens
}

/** A row's values: either one token per cell, or a run of digits whose cell boundaries were lost. */
export type RowValues =
  { kind: 'cells'; tokens: readonly ValueToken[] } | { kind: 'run'; text: string; token: ValueToken }

export type MatchKind = 'exact' | 'keyword' | 'order'

export interface RowHit {
  spec: RowSpec
  line: number
  label: string
  values: RowValues | undefined
  /**
   * How the row was recognised: 'order' means by its position alone (the label named no row, or one a later
   * line gives).
   */
  how: MatchKind
  /** The label the match was made on (the line's own label when the carried text spoiled it). */
  matchedLabel: string
  /** The row came after rows that follow it in the template. */
  outOfPlace: boolean
  /** Every value token seen for the row, for the notice when `values` could not be read. */
  found: readonly ValueToken[]
  /**
   * A number alone on a line after the row that no row takes: perhaps the rest of the row's last number
   * ("行政许可6" / "7"), so the row is left unread.
   */
  splitOff?: ValueToken
}

export interface RowTableOptions {
  /** Table name for notices, e.g. "表三". */
  table: string
  /** Ends the table before this line (a heading, the next table). */
  stopAt: (tokens: LineTokens) => boolean
  /** The table ends after this row. */
  lastKey: string
  /**
   * Which rows may come as digit runs to be decoded later: 'always' (表三, where R-B checks every reading) or
   * 'unstructured' (表二: only rows of lines without cell boundaries, i.e. text copied from a page).
   */
  allowRuns: 'always' | 'unstructured'
  /**
   * The table's own rule for rows placed by position, applied once every row is known and before the notices
   * are written: it may give a hit another spec with the same number of cells (表三's （六） variant).
   */
  settle?: (hits: RowHit[]) => void
}

export interface RowTableResult {
  hits: RowHit[]
  /** The first line after the table. */
  end: number
}

type Match = { index: number; how: MatchKind; label: string }

/**
 * What is known of a label against one table's row specs: bit i of `known` says whether spec i was tried,
 * bit i of `named` whether its keywords name the label (and its exclusions do not); `stripped` is the label
 * without numbering, for the exact-wording test. The same labels recur in every report of a batch (the
 * template's wording), so each regex runs once per label, not once per report.
 */
interface LabelFacts {
  known: number
  named: number
  stripped: string | undefined
}

const LABEL_FACTS = new WeakMap<readonly RowSpec[], BoundedCache<string, LabelFacts>>()

function factsTable(specs: readonly RowSpec[]): BoundedCache<string, LabelFacts> {
  if (specs.length > 31) throw new Error('a table has at most 31 row specs')
  let table = LABEL_FACTS.get(specs)
  if (table === undefined) {
    table = new BoundedCache()
    LABEL_FACTS.set(specs, table)
  }
  return table
}

function unknownFacts(): LabelFacts {
  return { known: 0, named: 0, stripped: undefined }
}

/** Per row, the indexes of the rows whose keys `keysOf` gives it. */
function indexesPerRow(
  specs: readonly RowSpec[],
  keysOf: (spec: RowSpec) => readonly string[] | undefined,
): number[][] {
  return specs.map((spec) =>
    (keysOf(spec) ?? []).map((key) => specs.findIndex((other) => other.key === key)).filter((at) => at >= 0),
  )
}

/** Rows read before a line naming the first row again starts another table. */
const ANOTHER_TABLE_AFTER = 3

/** Lines in a row with numbers but no row that end a table (a row of 表三 given many times is still read). */
const MAX_STRAYS_IN_A_ROW = 40

/** How far past a line later lines are looked at (表三, the longest table, has about 40 lines). */
const LOOKAHEAD_LINES = 60

class RowChooser {
  private readonly filled = new Set<string>()
  private expected = 0
  private readonly facts: BoundedCache<string, LabelFacts>
  /** The table's last row: later lines are looked at up to the one naming it. */
  private readonly lastIndex: number
  /** Per row, the rows that cannot stand beside it (RowSpec.conflicts), by index. */
  private readonly conflicting: readonly (readonly number[])[]
  /** Per row, the rows it gives way to (RowSpec.yieldsTo), by index. */
  private readonly yielding: readonly (readonly number[])[]

  constructor(
    private readonly specs: readonly RowSpec[],
    private readonly source: LineSource,
    private readonly options: Pick<RowTableOptions, 'stopAt' | 'lastKey'>,
  ) {
    this.facts = factsTable(specs)
    this.lastIndex = specs.findIndex((spec) => spec.key === options.lastKey)
    this.conflicting = indexesPerRow(specs, (spec) => spec.conflicts)
    this.yielding = indexesPerRow(specs, (spec) => spec.yieldsTo)
  }

  /**
   * Whether a line giving the table's first row in its exact wording starts another table: the first row
   * was read, and rows after it too (a copy of the first row right under it is a row given twice).
   */
  private beginsAnotherTable(facts: LabelFacts, label: string): boolean {
    const first = this.specs[0]
    return (
      first !== undefined &&
      this.expected >= ANOTHER_TABLE_AFTER &&
      this.filled.has(first.key) &&
      this.isExact(0, facts, label)
    )
  }

  /** Whether this line, with numbers, starts another table (see beginsAnotherTable): the table ends here. */
  endsTable(label: string): boolean {
    return label !== '' && this.beginsAnotherTable(this.facts.get(label, unknownFacts), label)
  }

  private possible(spec: RowSpec): boolean {
    if (this.filled.has(spec.key)) return false
    const conflicts = spec.conflicts
    if (conflicts === undefined) return true
    for (const key of conflicts) if (this.filled.has(key)) return false
    return true
  }

  /** Whether row `index`'s keywords name the label (and its exclusions do not), whatever rows are filled. */
  private names(index: number, facts: LabelFacts, label: string): boolean {
    const spec = this.specs[index]
    if (spec === undefined) return false
    const bit = 1 << index
    if ((facts.known & bit) === 0) {
      facts.known |= bit
      if (spec.keywords.test(label) && spec.exclude?.test(label) !== true) facts.named |= bit
    }
    return (facts.named & bit) !== 0
  }

  /**
   * Whether the label is row `index`'s exact wording, named by its keywords too: wording is compared without
   * numbering and group titles, so "2." alone would be （六）其他处理's (both strip to nothing).
   */
  private isExact(index: number, facts: LabelFacts, label: string): boolean {
    if (!this.names(index, facts, label)) return false
    facts.stripped ??= stripLabel(label)
    return this.specs[index]?.exact.includes(facts.stripped) === true
  }

  private fits(index: number, facts: LabelFacts, label: string): boolean {
    const spec = this.specs[index]
    return spec !== undefined && this.names(index, facts, label) && this.possible(spec)
  }

  /**
   * Whether a line of this table after `line` that has numbers passes `test` on its own label. The table
   * ends before its stop line, after the line naming its last row, and before a line that begins another
   * table (a second 表三 may follow).
   */
  private anyLaterLine(line: number, test: (label: string, facts: LabelFacts) => boolean): boolean {
    const end = Math.min(this.source.count, line + 1 + LOOKAHEAD_LINES)
    for (let at = line + 1; at < end; at++) {
      const later = this.source.tokens(at)
      if (this.options.stopAt(later)) return false
      if (later.numberCount === 0 || later.label === '') continue
      const facts = this.facts.get(later.label, unknownFacts)
      if (test(later.label, facts)) return true
      if (this.names(this.lastIndex, facts, later.label)) return false
      if (this.beginsAnotherTable(facts, later.label)) return false
    }
    return false
  }

  /**
   * Whether a later line names row `index` and has numbers: that line is the row, so a line before it must
   * not take the row by position (a number split off the row above, "行政许可6" / "7", would otherwise take
   * the next row and push every later row down one).
   */
  private namedLater(index: number, line: number): boolean {
    return this.anyLaterLine(line, (label, facts) => this.names(index, facts, label))
  }

  /** Whether a later line gives row `index` in its exact wording, with numbers. */
  private exactLater(index: number, line: number): boolean {
    return this.anyLaterLine(line, (label, facts) => this.isExact(index, facts, label))
  }

  /**
   * Whether a later line gives, in its exact wording and with numbers, a row that cannot stand beside row
   * `index` (the other variant of （六）其他处理): a row taken by position must not make the variant the later
   * line gives impossible.
   */
  private conflictsLater(index: number, line: number): boolean {
    const conflicts = this.conflicting[index]
    return conflicts !== undefined && conflicts.length > 0 && this.exactLaterAmong(conflicts, line)
  }

  /** Whether a later line gives one of the rows `indexes` in its exact wording, with numbers. */
  private exactLaterAmong(indexes: readonly number[], line: number): boolean {
    return this.anyLaterLine(line, (label, facts) =>
      indexes.some((other) => this.isExact(other, facts, label)),
    )
  }

  /**
   * The next possible row in the template's order (among `among`, when given), unless a later line names
   * it, or gives a row that cannot stand beside it: then the line is no row (a duplicated line, digits
   * split off the row above, a subtotal), not the row after it.
   */
  private byOrder(line: number, among?: readonly string[]): number | undefined {
    for (let index = this.expected; index < this.specs.length; index++) {
      const spec = this.specs[index]
      if (spec === undefined || spec.byOrder === false || !this.possible(spec)) continue
      if (among !== undefined && !among.includes(spec.key)) continue
      if (this.namedLater(index, line) || this.conflictsLater(index, line)) return undefined
      return index
    }
    return undefined
  }

  /** The first possible row the keywords name at or after the expected one, else the first before it. */
  private byLabel(label: string): Match | undefined {
    const facts = this.facts.get(label, unknownFacts)
    let found: number | undefined
    for (let index = this.expected; index < this.specs.length && found === undefined; index++)
      if (this.fits(index, facts, label)) found = index
    for (let index = 0; index < this.expected && found === undefined; index++)
      if (this.fits(index, facts, label)) found = index
    if (found === undefined) return undefined
    if (this.isExact(found, facts, label)) return { index: found, how: 'exact', label }
    // Another row's exact wording beats a keyword ("(二)部分公开（…不计其他情形）" names 其他 too).
    const exactly = this.exactRow(facts, label)
    return exactly === undefined
      ? { index: found, how: 'keyword', label }
      : { index: exactly, how: 'exact', label }
  }

  /** The possible row whose exact wording the label is. */
  private exactRow(facts: LabelFacts, label: string): number | undefined {
    for (let index = 0; index < this.specs.length; index++) {
      const spec = this.specs[index]
      if (spec !== undefined && this.possible(spec) && this.isExact(index, facts, label)) return index
    }
    return undefined
  }

  /** Whether the keywords of a possible row name one of the `carried` labels by itself (see select). */
  private namesRow(carried: readonly string[]): boolean {
    for (const label of carried) if (this.byLabel(label) !== undefined) return true
    return false
  }

  /**
   * The carried label with this line's own label first, unless this line's own label is a row's exact
   * wording and a line carried to it named a row of its own (`carried`): a row written without cells
   * ("5.属于三类内部事务信息" alone) must not take this row's numbers. This line's label alone when the carried
   * part spoils it (a block title or header line before the row); the next row in order last.
   */
  private select(label: string, own: string, carried: readonly string[], line: number): Match | undefined {
    const found = this.byLabels(label, own, carried)
    if (found === undefined) return this.orderMatch(line, label, undefined)
    // A later line in the row's exact wording is the row ("（三）不予公开合计" names 总计 by 合计 before
    // "（七）总计"): this line is another row, by position, or none.
    if (found.how === 'keyword' && this.exactLater(found.index, line))
      return this.orderMatch(line, label, undefined)
    // Later lines give the rows this one gives way to: this line is one of them, by position.
    const yielding = this.yielding[found.index]
    if (yielding !== undefined && yielding.length > 0 && this.exactLaterAmong(yielding, line))
      return this.orderMatch(line, label, this.specs[found.index]?.yieldsTo)
    // A keyword is not enough for a row that a later line's exact wording makes impossible ("…不计其他情形)"
    // names 3.其他, but "（六）其他处理" with numbers follows in a one-row table).
    if (found.how === 'keyword' && this.conflictsLater(found.index, line))
      return this.orderMatch(line, label, this.specs[found.index]?.conflicts)
    return found
  }

  private orderMatch(line: number, label: string, among: readonly string[] | undefined): Match | undefined {
    const index = this.byOrder(line, among)
    return index === undefined ? undefined : { index, how: 'order', label }
  }

  /** The row the whole label or this line's own label names (see select). */
  private byLabels(label: string, own: string, carried: readonly string[]): Match | undefined {
    const whole = this.byLabel(label)
    // Exact with what was carried: the carried part was numbering or a group name ("三、本年度办理结果").
    if (whole?.how === 'exact') return whole
    const ownMatch = own !== '' && own !== label ? this.byLabel(own) : undefined
    // (Without a reading of the whole label, this line's own is taken anyway: no need to ask.)
    if (whole !== undefined && ownMatch?.how === 'exact' && this.namesRow(carried)) return ownMatch
    return whole ?? ownMatch
  }

  /** The row a label names by its keywords, without taking it; never a guess by position. */
  peekByLabel(label: string, own: string, carried: readonly string[]): RowSpec | undefined {
    const match = this.byLabels(label, own, carried)
    return match === undefined ? undefined : this.specs[match.index]
  }

  choose(
    label: string,
    own: string,
    carried: readonly string[],
    line: number,
  ): { spec: RowSpec; how: MatchKind; matchedLabel: string; outOfPlace: boolean } | undefined {
    const match = this.select(label, own, carried, line)
    const spec = match === undefined ? undefined : this.specs[match.index]
    if (match === undefined || spec === undefined) return undefined
    const outOfPlace = match.index < this.expected
    this.filled.add(spec.key)
    this.expected = Math.max(this.expected, match.index + 1)
    return { spec, how: match.how, matchedLabel: match.label, outOfPlace }
  }
}

function noteMatch(hit: RowHit, table: string, sink: CellSink): void {
  const { spec, line, matchedLabel } = hit
  const shown = matchedLabel === '' ? '（无标签）' : `“${quoted(matchedLabel)}”`
  if (hit.how === 'keyword')
    sink.notice({
      code: 'label-by-keyword',
      message: `${table}：行标签${shown}与标准写法不同，按关键词识别为“${spec.name}”`,
      cellIds: [...spec.cellIds],
      line,
    })
  if (hit.how === 'order')
    sink.notice({
      code: 'label-by-order',
      message: `${table}：未能按行标签${shown}确定是哪一行，按表中位置视为“${spec.name}”`,
      cellIds: [...spec.cellIds],
      line,
    })
  if (hit.outOfPlace)
    sink.notice({
      code: 'row-out-of-place',
      message: `${table}：“${spec.name}”行出现在其后各行之后（第 ${line + 1} 行）`,
      cellIds: [...spec.cellIds],
      line,
    })
}

function noteUnread(hit: RowHit, table: string, sink: CellSink): void {
  const { spec, found } = hit
  sink.notice({
    code: 'cell-unread',
    message: `${table}“${spec.name}”行：读到 ${numbersIn(found)} 个数值（${quoted(
      found.map((t) => t.raw || '空').join(' '),
    )}），应为 ${spec.cellIds.length} 个，未填入`,
    cellIds: [...spec.cellIds],
    line: hit.line,
  })
}

/** The numbers among a line's values, as written, for a notice. */
function numbersText(values: readonly ValueToken[]): string {
  return quoted(
    values
      .filter((token) => !token.blank)
      .map((token) => token.raw)
      .join(' '),
  )
}

function noteSplitOff(hit: RowHit, splitOff: ValueToken, table: string, sink: CellSink): void {
  const after = `其后第 ${splitOff.line + 1} 行只有一个数字“${splitOff.raw}”，不属于任何一行`
  sink.notice({
    code: 'cell-unread',
    message: `${table}“${hit.spec.name}”行：读到 ${numbersText(hit.found)}，${after}，可能是本行数字被拆开（也可能是页码），本行未填入`,
    cellIds: [...hit.spec.cellIds],
    line: hit.line,
  })
}

/** A line with numbers that no row took. */
function noteStray(stray: LineTokens, table: string, sink: CellSink): void {
  const label = stray.label === '' ? '' : `“${quoted(stray.label)}”`
  sink.notice({
    code: 'cell-unread',
    message: `${table}：第 ${stray.line + 1} 行${label}的数值（${numbersText(stray.values)}）不属于任何一行，未读取`,
    line: stray.line,
  })
}

/**
 * The one number of a line that is nothing but that number in otherwise empty cells ("7", "7\t\t"), when
 * it may continue the digits of the row above: undefined for anything else ("- 3 -"). A bare page number
 * looks the same, so it too leaves the row above unread (with a notice that says either may be the case).
 */
function loneDigits(tokens: LineTokens, previous: RowHit | undefined): ValueToken | undefined {
  if (previous?.values === undefined || !isNumberOnly(tokens) || tokens.numberCount !== 1) return undefined
  let last: ValueToken | undefined
  for (const token of previous.found) if (!token.blank) last = token
  // "0" is never the first digits of a longer number.
  if (last?.digitsOnly !== true || last.raw === '0') return undefined
  let lone: ValueToken | undefined
  for (const token of tokens.values) {
    if (token.blank && token.raw !== '') return undefined
    if (!token.blank) lone = token
  }
  return lone?.digitsOnly === true ? lone : undefined
}

function isNumberOnly(tokens: LineTokens): boolean {
  return tokens.label === '' && tokens.numberCount > 0 && tokens.trailing === ''
}

function numbersIn(values: readonly ValueToken[]): number {
  let count = 0
  for (const token of values) if (!token.blank) count++
  return count
}

/** A row's numbers without its blanks (see signedValues for text without cell boundaries). */
function numbersOnly(values: readonly ValueToken[], structured: boolean): ValueToken[] {
  return structured ? values.filter((token) => !token.blank) : signedValues(values)
}

/** A minus on its own: in text without cell boundaries it may be a blank cell or the sign of what follows. */
const MINUS: ReadonlySet<string> = new Set(['-', '−'])

/**
 * A row's numbers without its blanks, when it has more values than cells: in text without cell boundaries, a
 * minus right before a number ("48 - 2 1,312") is that number's sign set apart, as it is in a cell (dropped,
 * 2019's 本年增/减 −2 would read +2). The cell's rules then take or refuse the sign.
 */
function signedValues(values: readonly ValueToken[]): ValueToken[] {
  const numbers: ValueToken[] = []
  for (let i = 0; i < values.length; i++) {
    const token = values[i]
    const next = values[i + 1]
    if (token === undefined) continue
    if (token.blank && MINUS.has(token.raw) && next !== undefined && !next.blank && next.digitsOnly) {
      numbers.push({ ...next, column: token.column, raw: `${token.raw} ${next.raw}`, digitsOnly: false })
      i++
    } else if (!token.blank) numbers.push(token)
  }
  return numbers
}

/** A row given as digits without boundaries: one long digit string, or a few digit groups ("230 000023"). */
function asRun(values: readonly ValueToken[], count: number): RowValues | undefined {
  const numbers = values.filter((token) => !token.blank)
  const first = numbers[0]
  if (first === undefined || numbers.length >= count || numbers.some((token) => !token.digitsOnly))
    return undefined
  const digits = numbers.reduce((n, token) => n + token.raw.length, 0)
  if (digits < count) return undefined
  return { kind: 'run', text: numbers.map((token) => token.raw).join(' '), token: first }
}

function carry(carried: string[], text: string): void {
  if (text !== '') carried.push(text)
}

/**
 * A lone number right after the table's last row ("行政事业性收费12" / "5") may be the rest of that row's
 * number, as inside the table: the row is left unread, and the table ends after the number.
 */
function takeSplitOffAfterTable(
  source: LineSource,
  end: number,
  hits: RowHit[],
  options: RowTableOptions,
): number {
  const last = hits[hits.length - 1]
  if (last?.spec.key !== options.lastKey || end >= source.count) return end
  const after = source.tokens(end)
  const lone = options.stopAt(after) ? undefined : loneDigits(after, last)
  if (lone === undefined) return end
  last.values = undefined
  last.splitOff = lone
  return end + 1
}

export function readRowTable(
  source: LineSource,
  from: number,
  specs: readonly RowSpec[],
  sink: CellSink,
  options: RowTableOptions,
): RowTableResult {
  const chooser = new RowChooser(specs, source, options)
  const hits: RowHit[] = []
  const strays: LineTokens[] = []
  let straysInARow = 0
  /** What earlier lines carried to this one (labels, trailing text), each as its line gave it. */
  const carried: string[] = []
  let line = from
  while (line < source.count) {
    const tokens = source.tokens(line)
    if (options.stopAt(tokens)) break
    const label = carried.length === 0 ? tokens.label : carried.join('') + tokens.label
    if (tokens.numberCount === 0) {
      // A labelled row whose cells are all blank ("行政许可", "", "") is a row of blanks, not a wrapped label.
      const blankRow =
        tokens.label !== '' && tokens.blankCount > 0
          ? chooser.peekByLabel(label, tokens.label, carried)
          : undefined
      // (Not when a later line is that row: "（六）其他处理" with blank cells over its three rows is their title.)
      const chosen =
        blankRow !== undefined && tokens.blankCount >= blankRow.cellIds.length
          ? chooser.choose(label, tokens.label, carried, line)
          : undefined
      if (chosen !== undefined) {
        const { spec } = chosen
        const blanks = fitValues(tokens.values, spec.cellIds.length)
        hits.push({
          spec,
          line,
          label,
          values: { kind: 'cells', tokens: blanks },
          how: chosen.how,
          matchedLabel: chosen.matchedLabel,
          outOfPlace: chosen.outOfPlace,
          found: blanks,
        })
        carried.length = 0
        straysInARow = 0
        line++
        if (spec.key === options.lastKey) break
        continue
      }
      carry(carried, tokens.label)
      carry(carried, tokens.trailing)
      line++
      continue
    }
    const chosen = chooser.choose(label, tokens.label, carried, line)
    // (A line in some row's exact wording needs no look: a second table's first row has none left.)
    if (chosen?.how !== 'exact' && chooser.endsTable(tokens.label)) break
    const spec = chosen?.spec
    let values = tokens.values
    let structured = tokens.structured
    let next = line + 1
    const count = spec?.cellIds.length ?? 0
    while (fittedNumberCount(values, count) < count && next < source.count) {
      const more = source.tokens(next)
      if (!isNumberOnly(more)) break
      values = values.concat(more.values)
      structured ||= more.structured
      next++
    }
    if (chosen !== undefined && spec !== undefined) {
      const fitted = fitValues(values, count)
      let rowValues: RowValues | undefined
      if (fitted.length === count) rowValues = { kind: 'cells', tokens: fitted }
      else if (numbersIn(values) === count)
        rowValues = { kind: 'cells', tokens: numbersOnly(values, structured) }
      else if (options.allowRuns === 'always' || !structured) rowValues = asRun(values, count)
      hits.push({
        spec,
        line,
        label,
        values: rowValues,
        how: chosen.how,
        matchedLabel: chosen.matchedLabel,
        outOfPlace: chosen.outOfPlace,
        found: values,
      })
    } else {
      const previous = hits[hits.length - 1]
      const lone = carried.length === 0 ? loneDigits(tokens, previous) : undefined
      if (previous !== undefined && lone !== undefined) {
        previous.values = undefined
        previous.splitOff = lone
      } else strays.push(tokens)
      // So many lines in a row that are no row: what follows is not this table, or not one it can read.
      if (++straysInARow >= MAX_STRAYS_IN_A_ROW) {
        line = next
        break
      }
    }
    if (chosen !== undefined) straysInARow = 0
    carried.length = 0
    carry(carried, tokens.trailing)
    line = next
    if (spec?.key === options.lastKey) break
  }
  line = takeSplitOffAfterTable(source, line, hits, options)
  options.settle?.(hits)
  for (const hit of hits) {
    noteMatch(hit, options.table, sink)
    if (hit.splitOff !== undefined) noteSplitOff(hit, hit.splitOff, options.table, sink)
    else if (hit.values === undefined) noteUnread(hit, options.table, sink)
  }
  for (const stray of strays) noteStray(stray, options.table, sink)
  return { hits, end: line }
}

/** Puts a row's cell values into the sink; returns the values when every cell was readable. */
export function recordRow(hit: RowHit, sink: CellSink): number[] | undefined {
  if (hit.values?.kind !== 'cells') return undefined

  const tableLabel = `${hit.spec.name}行`
  const { tokens } = hit.values
  const values: number[] = []
  let complete = true
  hit.spec.cellIds.forEach((id, i) => {
    const token = tokens[i]
    const value = token === undefined ? undefined : sink.set(id, token, tableLabel)
    if (value === undefined) complete = false
    else values.push(value)
  })
  return complete ? values : undefined
}
