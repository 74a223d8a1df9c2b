/**
 * Which row of a table a line is: by the keywords and exact wording of its label, with the row's place in
 * the template as the fallback, and never a row that a later line of the table gives (readRowTable).
 */
import { stripLabel, type RowSpec } from './rowSpec'
import type { LineSource, RowTableOptions } from './rowTable'
import { BoundedCache } from '../boundedCache'

export type MatchKind = 'exact' | 'keyword' | 'order'

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

/** How far past a line later lines are looked at (表三, the longest table, has about 40 lines). */
const LOOKAHEAD_LINES = 60

export class RowChooser {
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
    private readonly options: Pick<RowTableOptions, 'stopAt' | 'lastKey' | 'isGroupTitle'>,
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

  /** Whether a later line gives one of the rows `indexes` in its exact wording, with numbers. */
  private exactLater(indexes: readonly number[], line: number): boolean {
    if (indexes.length === 0) return false
    return this.anyLaterLine(line, (label, facts) =>
      indexes.some((other) => this.isExact(other, facts, label)),
    )
  }

  /**
   * The next possible row in the template's order (among the rows `among`, when given), unless a later line
   * names it, or gives in exact wording a row that cannot stand beside it (the other variant of （六）其他处理):
   * then the line is no row (a duplicated line, digits split off the row above, a subtotal), not the row
   * after it.
   */
  private byOrder(line: number, among?: readonly number[]): number | undefined {
    for (let index = this.expected; index < this.specs.length; index++) {
      const spec = this.specs[index]
      if (spec === undefined || spec.byOrder === false || !this.possible(spec)) continue
      if (among !== undefined && !among.includes(index)) continue
      if (this.namedLater(index, line) || this.exactLater(this.conflicting[index] ?? [], line))
        return undefined
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
    if (found.how === 'keyword' && this.exactLater([found.index], line))
      return this.orderMatch(line, label, undefined)
    // Later lines give the rows this one gives way to: this line is one of them, by position.
    const yielding = this.yielding[found.index] ?? []
    if (this.exactLater(yielding, line)) return this.orderMatch(line, label, yielding)
    // A keyword is not enough for a row that a later line's exact wording makes impossible ("…不计其他情形)"
    // names 3.其他, but "（六）其他处理" with numbers follows in a one-row table).
    const conflicting = this.conflicting[found.index] ?? []
    if (found.how === 'keyword' && this.exactLater(conflicting, line))
      return this.orderMatch(line, label, conflicting)
    return found
  }

  private orderMatch(line: number, label: string, among: readonly number[] | undefined): Match | undefined {
    if (this.options.isGroupTitle?.(label) === true) return undefined
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
