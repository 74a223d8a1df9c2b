/**
 * Reads the rows of one table (表二 or 表三) from a range of lines. Rows are recognised by the keywords of
 * their label, with their position in the table as the fallback, never by line number. A label line without
 * numbers is carried to the numbers that follow (wrapped labels, PDF rows, vertical merged labels); a row
 * whose numbers continue on number-only lines takes them from there.
 */
import { fitValues, type LineTokens, type ValueToken } from './lineTokens'
import { stripLabel, type RowSpec } from './rowSpec'
import type { CellSink } from './cellSink'

export interface LineSource {
  count: number
  tokens(index: number): LineTokens
}

/** A row's values: either one token per cell, or a run of digits whose cell boundaries were lost. */
export type RowValues =
  { kind: 'cells'; tokens: ValueToken[] } | { kind: 'run'; text: string; token: ValueToken }

export interface RowHit {
  spec: RowSpec
  line: number
  label: string
  values: RowValues | undefined
}

export interface RowTableOptions {
  /** Table name for notices, e.g. "表三". */
  table: string
  /** Ends the table before this line (a heading, the next table). */
  stopAt: (tokens: LineTokens) => boolean
  /** The table ends after this row. */
  lastKey: string
  /** Digit runs may be decoded later (表三: R-B). */
  allowRuns: boolean
}

export interface RowTableResult {
  hits: RowHit[]
  /** The first line after the table. */
  end: number
}

type Match = { index: number; how: 'exact' | 'keyword' | 'order'; label: string }

class RowChooser {
  private readonly filled = new Set<string>()
  private expected = 0

  constructor(
    private readonly specs: readonly RowSpec[],
    private readonly table: string,
    private readonly sink: CellSink,
  ) {}

  private possible(spec: RowSpec): boolean {
    if (this.filled.has(spec.key)) return false
    return !(spec.conflicts ?? []).some((key) => this.filled.has(key))
  }

  private byKeyword(label: string): number[] {
    const found: number[] = []
    this.specs.forEach((spec, index) => {
      if (spec.keywords.test(label) && spec.exclude?.test(label) !== true) found.push(index)
    })
    return found
  }

  private byOrder(): number | undefined {
    for (let index = this.expected; index < this.specs.length; index++) {
      const spec = this.specs[index]
      if (spec !== undefined && spec.byOrder !== false && this.possible(spec)) return index
    }
    return undefined
  }

  private byLabel(label: string): Match | undefined {
    const candidates = this.byKeyword(label).filter((index) => {
      const spec = this.specs[index]
      return spec !== undefined && this.possible(spec)
    })
    const index = candidates.find((i) => i >= this.expected) ?? candidates[0]
    if (index === undefined) return undefined
    const spec = this.specs[index]
    const exact = spec !== undefined && spec.exact.includes(stripLabel(label))
    return { index, how: exact ? 'exact' : 'keyword', label }
  }

  /**
   * The carried label with this line's own label first; this line's label alone when the carried part
   * spoils it (a block title or header line before the row); the next row in order last.
   */
  private select(label: string, own: string): Match | undefined {
    const found = this.byLabel(label) ?? (own !== '' && own !== label ? this.byLabel(own) : undefined)
    if (found !== undefined) return found
    const ordered = this.byOrder()
    return ordered === undefined ? undefined : { index: ordered, how: 'order', label }
  }

  /** The row a label names by its keywords, without taking it; never a guess by position. */
  peekByLabel(label: string, own: string): RowSpec | undefined {
    const match = this.select(label, own)
    return match === undefined || match.how === 'order' ? undefined : this.specs[match.index]
  }

  choose(label: string, own: string, line: number): RowSpec | undefined {
    const match = this.select(label, own)
    const spec = match === undefined ? undefined : this.specs[match.index]
    if (match === undefined || spec === undefined) return undefined
    this.noteMatch(spec, match, line)
    this.filled.add(spec.key)
    this.expected = Math.max(this.expected, match.index + 1)
    return spec
  }

  private noteMatch(spec: RowSpec, match: Match, line: number): void {
    const { label } = match
    const shown = label === '' ? '（无标签）' : `“${label}”`
    if (match.how === 'keyword')
      this.sink.notice({
        code: 'label-by-keyword',
        message: `${this.table}：行标签${shown}与标准写法不同，按关键词识别为“${spec.name}”`,
        cellIds: [...spec.cellIds],
        line,
      })
    if (match.how === 'order')
      this.sink.notice({
        code: 'label-by-order',
        message: `${this.table}：行标签${shown}无法识别，按表中位置视为“${spec.name}”`,
        cellIds: [...spec.cellIds],
        line,
      })
    if (match.index < this.expected)
      this.sink.notice({
        code: 'row-out-of-place',
        message: `${this.table}：“${spec.name}”行出现在其后各行之后（第 ${line + 1} 行）`,
        cellIds: [...spec.cellIds],
        line,
      })
  }
}

function isNumberOnly(tokens: LineTokens): boolean {
  return tokens.label === '' && tokens.numberCount > 0 && tokens.trailing === ''
}

function numbersIn(values: readonly ValueToken[]): number {
  return values.reduce((n, token) => (token.blank ? n : n + 1), 0)
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

export function readRowTable(
  source: LineSource,
  from: number,
  specs: readonly RowSpec[],
  sink: CellSink,
  options: RowTableOptions,
): RowTableResult {
  const chooser = new RowChooser(specs, options.table, sink)
  const hits: RowHit[] = []
  let pending = ''
  let line = from
  while (line < source.count) {
    const tokens = source.tokens(line)
    if (options.stopAt(tokens)) break
    const label = pending + tokens.label
    if (tokens.numberCount === 0) {
      // A labelled row whose cells are all blank ("行政许可", "", "") is a row of blanks, not a wrapped label.
      const blankRow =
        tokens.label !== '' && tokens.blankCount > 0 ? chooser.peekByLabel(label, tokens.label) : undefined
      if (blankRow !== undefined && tokens.blankCount >= blankRow.cellIds.length) {
        const spec = chooser.choose(label, tokens.label, line) ?? blankRow
        const blanks = fitValues(tokens.values, spec.cellIds.length)
        hits.push({ spec, line, label, values: { kind: 'cells', tokens: blanks } })
        pending = ''
        line++
        if (spec.key === options.lastKey) break
        continue
      }
      pending = label + tokens.trailing
      line++
      continue
    }
    const spec = chooser.choose(label, tokens.label, line)
    let values = [...tokens.values]
    let next = line + 1
    const count = spec?.cellIds.length ?? 0
    while (numbersIn(fitValues(values, count)) < count && next < source.count) {
      const more = source.tokens(next)
      if (!isNumberOnly(more)) break
      values = values.concat(more.values)
      next++
    }
    if (spec !== undefined) {
      const fitted = fitValues(values, count)
      let rowValues: RowValues | undefined
      if (fitted.length === count) rowValues = { kind: 'cells', tokens: fitted }
      else if (numbersIn(values) === count)
        rowValues = { kind: 'cells', tokens: values.filter((t) => !t.blank) }
      else if (options.allowRuns) rowValues = asRun(values, count)
      hits.push({ spec, line, label, values: rowValues })
      if (rowValues === undefined)
        sink.notice({
          code: 'cell-unread',
          message: `${options.table}“${spec.name}”行：读到 ${numbersIn(values)} 个数值（${values
            .map((t) => t.raw || '空')
            .join(' ')}），应为 ${count} 个，未填入`,
          cellIds: [...spec.cellIds],
          line,
        })
    }
    pending = tokens.trailing
    line = next
    if (spec?.key === options.lastKey) break
  }
  return { hits, end: line }
}

/** Puts a row's cell values into the sink; returns the values when every cell was readable. */
export function recordRow(hit: RowHit, sink: CellSink): number[] | undefined {
  if (hit.values?.kind !== 'cells') return undefined
  const tableLabel = `${hit.spec.name}行`
  let complete = true
  hit.spec.cellIds.forEach((id, i) => {
    const token = hit.values?.kind === 'cells' ? hit.values.tokens[i] : undefined
    if (token === undefined || !sink.set(id, token, tableLabel)) complete = false
  })
  if (!complete) return undefined
  return hit.spec.cellIds.map((id) => sink.cells[id]?.value ?? 0)
}
