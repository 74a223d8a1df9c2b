/**
 * Reads the rows of one table (表二 or 表三) from a range of lines. Rows are recognised by the keywords of
 * their label, with their position in the table as the fallback, never by line number. A label line without
 * numbers is carried to the numbers that follow (wrapped labels, PDF rows, vertical merged labels); a row
 * whose numbers continue on number-only lines takes them from there.
 */
import { fitValues, fittedNumberCount, type LineTokens, type ValueToken } from './lineTokens'
import type { RowSpec } from './rowSpec'
import { numbersOnly, signApartFits } from './signedValues'
import { RowChooser, type MatchKind } from './rowChooser'
import type { CellSink } from './cellSink'
import { quoted } from '../text/quote'
import { hitsAfterStrayNumbers, isEmptyLine, isNumberOnly } from './numbersBeforeLabels'

export interface LineSource {
  count: number
  tokens(index: number): LineTokens
}

/** A row's values: either one token per cell, or a run of digits whose cell boundaries were lost. */
export type RowValues =
  { kind: 'cells'; tokens: readonly ValueToken[] } | { kind: 'run'; text: string; token: ValueToken }

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
  /** The label was glued from lines opening with two item numbers or more: several rows' (see gluedItems). */
  glued?: true
  /**
   * Some of the row's numbers stood on its label's line and the rest on lines after it: which columns the
   * first line's numbers are is not known (a PDF viewer's copy puts a cell set higher, such as a 总计 at the
   * top of its cell, on the label's first line, before the others), so the row is left unread.
   */
  splitOver?: readonly [string, string]
  /** In a PDF, a dash printed apart from a number beside a blank cell: a sign or a blank (see signApartFits). */
  signApart?: true
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
  /**
   * Labels that title a group of rows and are no row themselves ("（三）不予公开"): numbers under such a
   * label alone are the group's subtotal, or the whole group collapsed into one line, and are never put into
   * the group's first row by position.
   */
  isGroupTitle?: (label: string) => boolean
}

export interface RowTableResult {
  hits: RowHit[]
  /** The first line after the table. */
  end: number
}

/** Lines in a row with numbers but no row that end a table (a row of 表三 given many times is still read). */
const MAX_STRAYS_IN_A_ROW = 40

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

/**
 * Lines carried into a label that open with an item number ("5.要求行政…", "（六）1.申请人无…", "2.申请人逾…") when
 * more than one does: labels of rows printed blank may have been glued onto the next row's, so the numbers
 * may be any of theirs (see gluedRow).
 */
function manyItems(carried: readonly string[], own: string): boolean {
  if (carried.length === 0) return false
  let items = ITEM_START.test(own) ? 1 : 0
  for (const text of carried) if (ITEM_START.test(text) && ++items >= 2) return true
  return false
}

/**
 * Whether a row was chosen from a label glued of several items: not when the label is a row's exact
 * wording, nor when the line's own label names that row by itself (a line of another row carried to it,
 * "8.属于行政查询事项" over "(四)无法提供 1.本机关不掌握…": the numbers are the own label's).
 */
function gluedRow(items: boolean, how: MatchKind, ownRow: RowSpec | undefined, chosen: RowSpec): boolean {
  return items && how !== 'exact' && ownRow?.key !== chosen.key
}

/** An item number opening a line, after its group's name if the line opens with it ("（六）其他处理1."). */
const ITEM_START = /^\s*(?:[(（][一二三四五六七八九十]+[)）][^\d]*)?\d{1,2}\s*[.、．](?!\d)/

function noteGlued(hit: RowHit, table: string, sink: CellSink): void {
  sink.notice({
    code: 'cell-unread',
    message: `${table}“${hit.spec.name}”行：行标签“${quoted(hit.label)}”由几个编号项的文字拼成，数值属于哪一项不明，未填入`,
    cellIds: [...hit.spec.cellIds],
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

/**
 * Rows read from label lines each over a line of numbers, under a line of numbers no row took: the numbers
 * may stand before their labels, each row's being the line above its label, and the run's last numbers the
 * next row's. Those rows, and the next one when it was left unread, are named in one notice.
 */
function noteShiftedRun(
  run: readonly RowHit[],
  hits: readonly RowHit[],
  specs: readonly RowSpec[],
  table: string,
  sink: CellSink,
): void {
  const first = run[0]
  const last = run[run.length - 1]
  if (first === undefined || last === undefined) return
  const next = specs[specs.indexOf(last.spec) + 1]
  const nextHit = hits.find((hit) => hit.spec === next)
  const rows = run.map((hit) => hit.spec)
  if (next !== undefined && (nextHit === undefined || nextHit.values === undefined)) rows.push(next)
  // The run's first label stands on the line above its numbers: 0-based first.line is its 1-based number.
  sink.notice({
    code: 'ambiguous',
    message: `${table}：第 ${first.line} 行起各行标签单独一行，其上下都是一行数值，而第一个标签之上的数值不属于任何一行：数值可能写在标签之前，也可能在标签之后，无法确定，“${rows
      .map((spec) => spec.name)
      .join('”“')}”行均未填入，请核对原文后补录`,
    cellIds: rows.flatMap((spec) => spec.cellIds),
    line: first.line,
  })
}

/**
 * A row with numbers on its label's line but too few of them, the rest on lines of numbers alone after it
 * (not a line of numbers without a label, whose cells may go on below as a row's last cell set lower): the numbers of
 * its own line and of the lines after, as written, when the row has that many numbers in all (the columns
 * of the first line's are not known), undefined otherwise. Asked only of text without cell boundaries: a
 * row of cells broken across lines ("| 规范性文件 | 3" over "| 3 | 22 |") keeps its cells in order.
 */
/** Whether the numbers, all plain digits, are at least three and the last is the sum of the others. */
function lastIsSum(values: readonly ValueToken[]): boolean {
  if (values.length < 3 || !values.every((token) => token.digitsOnly)) return false
  let sum = 0
  for (let i = 0; i < values.length - 1; i++) sum += Number(values[i]?.raw)
  return sum === Number(values[values.length - 1]?.raw)
}

function numbersSplitOver(
  tokens: LineTokens,
  onLabelLine: readonly ValueToken[],
  values: readonly ValueToken[],
  count: number,
): readonly [string, string] | undefined {
  const own = onLabelLine.filter((token) => !token.blank)
  if (tokens.label === '' || own.length === 0 || own.length >= count || values === onLabelLine)
    return undefined
  const after = values.slice(onLabelLine.length).filter((token) => !token.blank)
  if (own.length + after.length !== count) return undefined
  // Read in order, a row whose last number is the sum of the others (表三's 总计) wrapped as it was written.
  if (lastIsSum([...own, ...after])) return undefined
  const text = (row: readonly ValueToken[]) => quoted(row.map((token) => token.raw).join(' '))
  return [text(own), text(after)]
}

function noteSplitOver(
  hit: RowHit,
  [own, after]: readonly [string, string],
  table: string,
  sink: CellSink,
): void {
  sink.notice({
    code: 'cell-unread',
    message: `${table}“${hit.spec.name}”行：行标签所在行只有“${own}”，其余“${after}”在下面的行，各数属于哪一列无法确定，未填入`,
    cellIds: [...hit.spec.cellIds],
    line: hit.line,
  })
}

function noteSignApart(hit: RowHit, table: string, sink: CellSink): void {
  sink.notice({
    code: 'cell-unread',
    message: `${table}“${hit.spec.name}”行：数值（${quoted(
      hit.found.map((t) => t.raw || '空').join(' '),
    )}）中的短横与其后的数字分开排印，可能是负号，也可能是空白单元格，各数属于哪一列无法确定，未填入`,
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

function numbersIn(values: readonly ValueToken[]): number {
  let count = 0
  for (const token of values) if (!token.blank) count++
  return count
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

/** Whether no blank sits between the first and the last number of the values. */
function numbersAdjoin(values: readonly ValueToken[]): boolean {
  let first = -1
  let last = -1
  values.forEach((token, index) => {
    if (token.blank) return
    if (first < 0) first = index
    last = index
  })
  for (let index = first + 1; index < last; index++) if (values[index]?.blank === true) return false
  return true
}

/**
 * A row one number short, its numbers side by side, whose label ended in a value-like token ("(七) 总计\t51.\t0…"):
 * that token is its first value, damaged (left unread), so the numbers after it keep their columns. (With a
 * blank among the numbers the row is whole: "(六) 其他处理\t1.\t2\t\t0…" numbers a row whose label is missing.)
 */
function withLabelTail(tokens: LineTokens, count: number): readonly ValueToken[] {
  const tail = tokens.labelTail
  if (tail === undefined || tokens.numberCount === 0) return tokens.values
  if (fittedNumberCount(tokens.values, count) !== count - 1 || !numbersAdjoin(tokens.values))
    return tokens.values
  return [tail, ...tokens.values]
}

/**
 * A line of a label and blank cells whose label ended in a value-like token ("行政许可\t67.\t\t"): the token is
 * the row's value, damaged (left unread), instead of label text that leaves the row a blank 0. Not when the
 * next line holds only numbers: the token then numbers the next row of a label split over two lines
 * ("5. 属于三类内部事务信息 6." / "1\t0…"), or is a footnote mark.
 */
function withTailAsValue(tokens: LineTokens, source: LineSource, line: number): LineTokens {
  const tail = tokens.labelTail
  if (tail === undefined || tokens.numberCount > 0 || tokens.blankCount === 0) return tokens
  if (!tokens.label.endsWith(tail.raw)) return tokens
  if (line + 1 < source.count && isNumberOnly(source.tokens(line + 1))) return tokens
  return {
    ...tokens,
    label: tokens.label.slice(0, tokens.label.length - tail.raw.length),
    values: [tail, ...tokens.values],
    numberCount: 1,
    labelTail: undefined,
  }
}

/** Empty lines a row's numbers may stand apart by: a copy puts one or two between cells, never a page of them. */
const MAX_EMPTY_LINES_IN_ROW = 3

/**
 * The line of numbers alone that the empty lines from `line` on lead to, if any: text copied with each cell
 * on a line of its own and an empty line around each (a browser's copy of table cells that hold paragraphs,
 * which may leave a tab alone on the line between two cells), where a row's numbers are apart by empty lines.
 */
function continuesOneALine(source: LineSource, line: number): number | undefined {
  for (let at = line; at < source.count && at <= line + MAX_EMPTY_LINES_IN_ROW; at++) {
    const tokens = source.tokens(at)
    if (!isEmptyLine(tokens)) return isNumberOnly(tokens) ? at : undefined
  }
  return undefined
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
    const tokens = withTailAsValue(source.tokens(line), source, line)
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
    const items = manyItems(carried, tokens.label)
    // Asked before choose, which moves the chooser on.
    const ownRow = items ? chooser.peekByLabel(tokens.label, tokens.label, []) : undefined
    const chosen = chooser.choose(label, tokens.label, carried, line)
    // (A line in some row's exact wording needs no look: a second table's first row has none left.)
    if (chosen?.how !== 'exact' && chooser.endsTable(tokens.label)) break
    const spec = chosen?.spec
    let structured = tokens.structured
    let positioned = tokens.positioned === true
    let next = line + 1
    const count = spec?.cellIds.length ?? 0
    let values = withLabelTail(tokens, count)
    const onLabelLine = values
    while (fittedNumberCount(values, count) < count && next < source.count) {
      const more = source.tokens(next)
      const numbersAt = !tokens.structured && isEmptyLine(more) ? continuesOneALine(source, next) : undefined
      if (numbersAt !== undefined) {
        next = numbersAt
        continue
      }
      if (!isNumberOnly(more)) break
      values = values.concat(more.values)
      structured ||= more.structured
      positioned ||= more.positioned === true
      next++
    }
    if (chosen !== undefined && spec !== undefined) {
      const fitted = fitValues(values, count)
      let rowValues: RowValues | undefined
      const signApart = positioned && fitted.length === count && signApartFits(values, fitted, count)
      if (signApart) rowValues = undefined
      else if (fitted.length === count) rowValues = { kind: 'cells', tokens: fitted }
      else if (numbersIn(values) === count) rowValues = { kind: 'cells', tokens: numbersOnly(values) }
      else if (options.allowRuns === 'always' || !structured) rowValues = asRun(values, count)
      const glued = gluedRow(items, chosen.how, ownRow, spec)
      const splitOver = structured ? undefined : numbersSplitOver(tokens, onLabelLine, values, count)
      hits.push({
        spec,
        line,
        label,
        values: glued || splitOver !== undefined ? undefined : rowValues,
        ...(glued && { glued: true as const }),
        ...(splitOver !== undefined && { splitOver }),
        ...(signApart && { signApart: true as const }),
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
  const shiftedRuns = hitsAfterStrayNumbers(source, from, strays, hits)
  // Named by their run's one notice (noteShiftedRun), not each by its own.
  const shifted = new Set(shiftedRuns.flat())
  for (const hit of shifted) hit.values = undefined
  options.settle?.(hits)
  for (const hit of hits) {
    noteMatch(hit, options.table, sink)
    if (hit.splitOff !== undefined) noteSplitOff(hit, hit.splitOff, options.table, sink)
    else if (hit.glued) noteGlued(hit, options.table, sink)
    else if (hit.splitOver !== undefined) noteSplitOver(hit, hit.splitOver, options.table, sink)
    else if (hit.signApart === true) noteSignApart(hit, options.table, sink)
    else if (shifted.has(hit)) continue
    else if (hit.values === undefined) noteUnread(hit, options.table, sink)
  }
  for (const stray of strays) noteStray(stray, options.table, sink)
  for (const run of shiftedRuns) noteShiftedRun(run, hits, specs, options.table, sink)
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
