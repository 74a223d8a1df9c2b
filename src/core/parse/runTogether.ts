/**
 * Decoding numbers whose cell boundaries were lost: text copied from a web page gives
 * "一、本年新收政府信息公开申请数量3120000033" for the row 31,2,0,0,0,0,33. The consistency rules of the
 * report model decide where the boundaries were (domain.md §4.4):
 * - R-B: in a 表三 row the 总计 column is the sum of the six applicant columns;
 * - R-D: in each 表四 group of five, the four results sum to the 总计;
 * - R-C and R-A across 表三 rows, used to choose between the readings R-B leaves open.
 *
 * Every function here is pure and total: bad input gives "no candidates", never an exception.
 */
import {
  APPEAL_CELL_IDS,
  APPLICANT_COLUMNS,
  applicationCellId,
  outcomeRows,
  type ApplicationRow,
  type OtherHandlingVariant,
} from '../model/ids'
import { normalizeText } from '../text/normalize'

/** No count in a report comes near 10^12; the cap keeps every value an exact JS integer and bounds the search. */
const MAX_CELL_DIGITS = 12

/** Nodes one cross-row search may visit before it gives up and keeps the readings it could not rule out. */
const SEARCH_BUDGET = 100_000

/**
 * A digit run as the reader found it: the digits, and the positions where the text had a space. Spaces in
 * page text are irregular ("230 000023" for 23,0,0,0,0,0,23) but where one exists it separates two cells.
 */
interface DigitRun {
  digits: string
  /** Index i in the set: a space stood between digits[i-1] and digits[i]. */
  breaks: ReadonlySet<number>
}

const DIGITS_AND_SPACES = /^[0-9\s]*$/

function parseDigitRun(text: string): DigitRun | undefined {
  const normalized = normalizeText(text)
    .replace(/[\u00a0\u3000]/g, ' ')
    .trim()
  if (normalized === '' || !DIGITS_AND_SPACES.test(normalized)) return undefined
  let digits = ''
  const breaks = new Set<number>()
  for (const char of normalized) {
    if (/\s/.test(char)) breaks.add(digits.length)
    else digits += char
  }
  return { digits, breaks }
}

/** The same digits with no space treated as a boundary. */
function withoutBreaks(run: DigitRun): DigitRun {
  return { digits: run.digits, breaks: new Set() }
}

/** True when a number made of digits[from..to) would swallow a space. */
function crossesBreak(run: DigitRun, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (run.breaks.has(i)) return true
  return false
}

/** A cell value from digits[from..to), or undefined when it has a leading zero or crosses a space. */
function cellAt(run: DigitRun, from: number, to: number): number | undefined {
  if (to - from > MAX_CELL_DIGITS || to <= from) return undefined
  if (to - from > 1 && run.digits[from] === '0') return undefined
  if (crossesBreak(run, from, to)) return undefined
  return Number(run.digits.slice(from, to))
}

/** cellAt for every start and length up to the cap, computed once per run; NaN where there is no cell. */
function cellTable(run: DigitRun): (from: number, length: number) => number {
  const stride = MAX_CELL_DIGITS + 1
  const table = new Float64Array(run.digits.length * stride).fill(Number.NaN)
  for (let from = 0; from < run.digits.length; from++) {
    for (let length = 1; length <= MAX_CELL_DIGITS && from + length <= run.digits.length; length++) {
      table[from * stride + length] = cellAt(run, from, from + length) ?? Number.NaN
    }
  }
  return (from, length) => table[from * stride + length] ?? Number.NaN
}

interface PartialSplit {
  sum: number
  values: number[]
}

/** Every split of digits[from..to) into `count` cells, none above `limit`, memoised per limit. */
function splitsBelow(
  cell: (from: number, length: number) => number,
  limit: number,
  cache: Map<string, PartialSplit[]>,
  from: number,
  to: number,
  count: number,
): PartialSplit[] {
  const key = `${from}:${to}:${count}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const splits: PartialSplit[] = []
  if (count === 1) {
    const value = to - from <= MAX_CELL_DIGITS ? cell(from, to - from) : Number.NaN
    if (value <= limit) splits.push({ sum: value, values: [value] })
  } else {
    for (let length = 1; length <= Math.min(MAX_CELL_DIGITS, to - from - (count - 1)); length++) {
      const value = cell(from, length)
      // A longer number would keep the leading zero, span the same space, or be larger still.
      if (Number.isNaN(value) || value > limit) break
      for (const rest of splitsBelow(cell, limit, cache, from + length, to, count - 1)) {
        if (value + rest.sum <= limit) splits.push({ sum: value + rest.sum, values: [value, ...rest.values] })
      }
    }
  }
  cache.set(key, splits)
  return splits
}

/**
 * All splits of digits[from..to) into `parts` numbers whose first parts-1 sum to the last. The last number
 * is chosen first and fixes the target; the heads are found meet-in-the-middle (the first half's splits are
 * joined with the second half's by their sums), which keeps 40-digit rows to milliseconds.
 */
function splitSumRange(run: DigitRun, from: number, to: number, parts: number): number[][] {
  const results: number[][] = []
  const heads = parts - 1
  const leftCount = Math.floor(heads / 2)
  const rightCount = heads - leftCount
  const cell = cellTable(run)
  for (let lastLength = 1; lastLength <= Math.min(MAX_CELL_DIGITS, to - from - heads); lastLength++) {
    const lastStart = to - lastLength
    const target = cell(lastStart, lastLength)
    if (Number.isNaN(target)) continue
    const cache = new Map<string, PartialSplit[]>()
    for (let cut = from + leftCount; cut <= lastStart - rightCount; cut++) {
      const lefts =
        leftCount === 0
          ? cut === from
            ? [{ sum: 0, values: [] }]
            : []
          : splitsBelow(cell, target, cache, from, cut, leftCount)
      if (lefts.length === 0) continue
      const rightsBySum = new Map<number, number[][]>()
      for (const right of splitsBelow(cell, target, cache, cut, lastStart, rightCount)) {
        const list = rightsBySum.get(right.sum) ?? []
        list.push(right.values)
        rightsBySum.set(right.sum, list)
      }
      for (const left of lefts) {
        for (const right of rightsBySum.get(target - left.sum) ?? [])
          results.push([...left.values, ...right, target])
      }
    }
  }
  return results
}

/** Splits of consecutive sum-groups (表四: three groups of five) covering digits[from..]. */
function splitGroupsFrom(run: DigitRun, from: number, groupSize: number, groups: number): number[][] {
  if (groups === 0) return from === run.digits.length ? [[]] : []
  const results: number[][] = []
  const minRest = (groups - 1) * groupSize
  for (let end = from + groupSize; end <= run.digits.length - minRest; end++) {
    const heads = splitSumRange(run, from, end, groupSize)
    if (heads.length === 0) continue
    const tails = splitGroupsFrom(run, end, groupSize, groups - 1)
    for (const head of heads) for (const tail of tails) results.push([...head, ...tail])
  }
  return results
}

/** Runs the split with spaces as boundaries; if that finds nothing, the spaces were not boundaries. */
function withSpaceFallback(run: DigitRun, split: (run: DigitRun) => number[][]): number[][] {
  const strict = split(run)
  if (strict.length > 0 || run.breaks.size === 0) return strict
  return split(withoutBreaks(run))
}

/**
 * Every reading of a 表三 row's run-together digits as `parts` non-negative integers (no leading zeros
 * except "0" itself) whose first parts-1 sum to the last (rule R-B; 7 = six applicant columns + 总计).
 *
 * `text` holds digits, optionally with irregular single spaces ("230 000023"); a space is taken as a cell
 * boundary, and ignored only when no reading respects it. Full-width digits are accepted. Anything else
 * in the text (letters, punctuation, minus signs) gives no candidates: this decoder is for digit runs only.
 *
 * @example splitRow('3120000033') // [[31, 2, 0, 0, 0, 0, 33]]
 * @returns all readings, in no guaranteed order; [] when none satisfies R-B.
 */
export function splitRow(text: string, parts = 7): number[][] {
  const run = parseDigitRun(text)
  if (run === undefined || parts < 2) return []
  return withSpaceFallback(run, (r) => splitSumRange(r, 0, r.digits.length, parts))
}

/**
 * Every reading of a 表四 row's run-together digits as 15 numbers: three groups (行政复议, 未经复议直接起诉,
 * 复议后起诉) of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计, each group satisfying R-D.
 *
 * @example splitAppeals('120030100100000') // [[1,2,0,0,3, 0,1,0,0,1, 0,0,0,0,0]]
 * @returns readings in APPEAL_CELL_IDS order; [] when none satisfies R-D.
 */
export function splitAppeals(text: string): number[][] {
  const run = parseDigitRun(text)
  if (run === undefined) return []
  return withSpaceFallback(run, (r) => splitGroupsFrom(r, 0, 5, 3))
}

/** Every split of digits[from..] into `count` cells, left to right. */
function splitsFrom(
  run: DigitRun,
  cell: (from: number, length: number) => number,
  from: number,
  count: number,
): number[][] {
  if (count === 0) return from === run.digits.length ? [[]] : []
  const results: number[][] = []
  const longest = Math.min(MAX_CELL_DIGITS, run.digits.length - from - (count - 1))
  for (let length = 1; length <= longest; length++) {
    const value = cell(from, length)
    // A longer number would keep the leading zero or span the same space.
    if (Number.isNaN(value)) break
    for (const rest of splitsFrom(run, cell, from + length, count - 1)) results.push([value, ...rest])
  }
  return results
}

/** 表二 rows have at most three numbers; more parts than this are not a 表二 row. */
const MAX_PLAIN_PARTS = 4

/**
 * Every reading of a row's run-together digits as `parts` non-negative integers with no sum rule (表二:
 * "000" for 本年制发/本年废止/现行有效 can only be 0,0,0; "0012" only 0,0,12; "2715" is 2,7,15 or 27,1,5 or
 * 2,71,5). The only constraints are the ones every cell has: no leading zeros except "0" itself, and a space
 * in the text separates two cells (ignored only when no reading respects it).
 *
 * @returns all readings, left-to-right order; [] for non-digit text or `parts` outside 1..4.
 */
export function splitCells(text: string, parts: number): number[][] {
  const run = parseDigitRun(text)
  if (run === undefined || parts < 1 || parts > MAX_PLAIN_PARTS) return []
  return withSpaceFallback(run, (r) => splitsFrom(r, cellTable(r), 0, parts))
}

/** One 表三 row as the reader has it: run-together text, or values already read from separate cells. */
export type RowReading =
  { row: ApplicationRow; text: string } | { row: ApplicationRow; values: readonly number[] }

/**
 * What the rules make of one row:
 * - `unique`: exactly one reading survives (emit a 'digits-split' notice if the row came as text);
 * - `ambiguous`: several survive: mark the row's cells ambiguous (Notice 'ambiguous' with `candidates`);
 * - `unsolvable`: no reading satisfies R-B: the row is unread ('cell-unread'), never guessed.
 */
export type RowResolution =
  | { row: ApplicationRow; kind: 'unique'; values: number[] }
  | { row: ApplicationRow; kind: 'ambiguous'; candidates: number[][] }
  | { row: ApplicationRow; kind: 'unsolvable' }

export interface TableResolution {
  /** One entry per input reading, in input order. */
  rows: RowResolution[]
  /**
   * True when some row had several R-B readings and R-C/R-A across rows were applied to choose among them.
   * False when there was nothing to choose or they could not be applied (rows missing, no combination
   * satisfies them, or the search budget ran out): then each row carries its R-B readings alone.
   */
  crossRowApplied: boolean
}

function rowCandidates(reading: RowReading): number[][] {
  if ('text' in reading) return splitRow(reading.text, APPLICANT_COLUMNS.length)
  const valid =
    reading.values.length === APPLICANT_COLUMNS.length &&
    reading.values.every((v) => Number.isInteger(v) && v >= 0)
  return valid ? [[...reading.values]] : []
}

interface Equation {
  /** Row ids with their sign: Σ sign × row = 0 per column. */
  terms: { row: ApplicationRow; sign: 1 | -1 }[]
}

function tableEquations(variant: OtherHandlingVariant): Equation[] {
  const outcomeSum: Equation = {
    terms: [...outcomeRows(variant).map((row) => ({ row, sign: 1 as const })), { row: 'total', sign: -1 }],
  }
  const balance: Equation = {
    terms: [
      { row: 'received', sign: 1 },
      { row: 'carriedOver', sign: 1 },
      { row: 'total', sign: -1 },
      { row: 'carriedForward', sign: -1 },
    ],
  }
  return [outcomeSum, balance]
}

type SearchResult = { kind: 'found'; choice: number[] } | { kind: 'none' } | { kind: 'budget' }

/**
 * Depth-first search for one choice of reading per row satisfying every equation. Each equation is kept as a
 * running signed sum per column, pruned by the least and greatest the unchosen rows can still add.
 */
class ConsistencySearch {
  private readonly width = APPLICANT_COLUMNS.length
  /** signs[e][d]: the sign of the row at depth d in equation e (0 when absent). */
  private readonly signs: number[][]
  /** bounds[e][d]: per column, the least / greatest signed sum rows d.. can add to equation e. */
  private readonly lower: number[][][]
  private readonly upper: number[][][]

  constructor(
    private readonly options: readonly (readonly number[][])[],
    equationRows: readonly ReadonlyMap<number, 1 | -1>[],
  ) {
    const depth = options.length
    this.signs = equationRows.map((terms) => options.map((_, d) => terms.get(d) ?? 0))
    this.lower = this.signs.map(() => [])
    this.upper = this.signs.map(() => [])
    this.signs.forEach((signs, e) => {
      const lower = this.lower[e] ?? []
      const upper = this.upper[e] ?? []
      lower[depth] = new Array<number>(this.width).fill(0)
      upper[depth] = new Array<number>(this.width).fill(0)
      for (let d = depth - 1; d >= 0; d--) {
        const sign = signs[d] ?? 0
        const readings = options[d] ?? []
        lower[d] = (lower[d + 1] ?? []).map(
          (rest, c) => rest + Math.min(...readings.map((r) => sign * (r[c] ?? 0))),
        )
        upper[d] = (upper[d + 1] ?? []).map(
          (rest, c) => rest + Math.max(...readings.map((r) => sign * (r[c] ?? 0))),
        )
      }
    })
  }

  /** Finds one consistent choice, with the row at `fixedDepth` (if given) held at reading `fixedIndex`. */
  run(budget: number, fixedDepth = -1, fixedIndex = -1): SearchResult {
    const sums = this.signs.map(() => new Array<number>(this.width).fill(0))
    const choice: number[] = []
    let left = budget
    const apply = (d: number, reading: readonly number[], direction: 1 | -1): void => {
      this.signs.forEach((signs, e) => {
        const sign = (signs[d] ?? 0) * direction
        const sum = sums[e]
        if (sign === 0 || sum === undefined) return
        for (let c = 0; c < this.width; c++) sum[c] = (sum[c] ?? 0) + sign * (reading[c] ?? 0)
      })
    }
    const feasible = (next: number): boolean =>
      sums.every((sum, e) =>
        sum.every((value, c) => {
          const low = this.lower[e]?.[next]?.[c] ?? 0
          const high = this.upper[e]?.[next]?.[c] ?? 0
          return value + low <= 0 && value + high >= 0
        }),
      )
    const visit = (d: number): 'found' | 'none' | 'budget' => {
      if (--left < 0) return 'budget'
      if (d === this.options.length) return 'found'
      const readings = this.options[d] ?? []
      for (let index = 0; index < readings.length; index++) {
        if (d === fixedDepth && index !== fixedIndex) continue
        const reading = readings[index] ?? []
        apply(d, reading, 1)
        choice[d] = index
        const outcome = feasible(d + 1) ? visit(d + 1) : 'none'
        apply(d, reading, -1)
        if (outcome !== 'none') return outcome
      }
      return 'none'
    }
    const outcome = visit(0)
    return outcome === 'found' ? { kind: 'found', choice: [...choice] } : { kind: outcome }
  }
}

/**
 * For each searched row, the reading indices that occur in some combination satisfying every equation;
 * undefined when no combination does or the search ran out of budget. A reading whose own search runs out
 * of budget is kept: the rules did not rule it out.
 */
function searchConsistent(
  rows: readonly ApplicationRow[],
  candidates: ReadonlyMap<ApplicationRow, number[][]>,
  equations: readonly Equation[],
): Map<ApplicationRow, Set<number>> | undefined {
  const options = rows.map((row) => candidates.get(row) ?? [])
  const equationRows = equations.map(
    (eq) => new Map<number, 1 | -1>(eq.terms.map((term) => [rows.indexOf(term.row), term.sign])),
  )
  const search = new ConsistencySearch(options, equationRows)
  const used = rows.map(() => new Set<number>())
  const record = (choice: readonly number[]): void => choice.forEach((index, d) => used[d]?.add(index))

  const first = search.run(SEARCH_BUDGET)
  if (first.kind !== 'found') return undefined
  record(first.choice)
  options.forEach((readings, d) => {
    for (let index = 0; index < readings.length; index++) {
      if (used[d]?.has(index)) continue
      const outcome = search.run(SEARCH_BUDGET, d, index)
      if (outcome.kind === 'found') record(outcome.choice)
      else if (outcome.kind === 'budget') used[d]?.add(index)
    }
  })
  return new Map(rows.map((row, d) => [row, used[d] ?? new Set<number>()]))
}

/**
 * Reads a whole 表三 whose rows (some or all) came as run-together digits.
 *
 * Each row first gets its R-B readings (`splitRow`). Rows given as `values` count as read. Then the column
 * equations R-C (（七）总计 = sum of the outcome rows of `variant`) and R-A (新收 + 上年结转 = 总计 + 结转下年度)
 * are applied across rows: a reading survives only if some choice of readings for the other rows satisfies
 * every equation whose rows are all present and readable. Equations with a missing row are skipped. If no
 * combination satisfies them (the report itself may not add up), the per-row R-B readings are returned
 * unchanged and `crossRowApplied` is false: the rules never force a reading they contradict.
 *
 * @param readings the rows found, in any order, identified by ids.ts `applicationRows(variant)` ids.
 * @param variant which （六）其他处理 rows the table has; decides the R-C sum.
 */
export function resolveApplicationRows(
  readings: readonly RowReading[],
  variant: OtherHandlingVariant,
): TableResolution {
  const perRow = readings.map((reading) => ({ row: reading.row, candidates: rowCandidates(reading) }))
  const candidates = new Map<ApplicationRow, number[][]>()
  for (const { row, candidates: options } of perRow) {
    // A row given twice cannot be placed in an equation.
    if (candidates.has(row)) candidates.set(row, [])
    else candidates.set(row, options)
  }

  const solvable = (row: ApplicationRow): boolean => (candidates.get(row)?.length ?? 0) > 0
  const equations = tableEquations(variant).filter((eq) => eq.terms.every((t) => solvable(t.row)))
  const searched = [...new Set(equations.flatMap((eq) => eq.terms.map((t) => t.row)))]
  // Rows with one reading first: they fix sums early and keep the search small.
  searched.sort((a, b) => (candidates.get(a)?.length ?? 0) - (candidates.get(b)?.length ?? 0))
  const needsSearch = searched.some((row) => (candidates.get(row)?.length ?? 0) > 1)
  const consistent = equations.length > 0 ? searchConsistent(searched, candidates, equations) : undefined

  const rows = perRow.map(({ row, candidates: options }): RowResolution => {
    const kept = consistent?.get(row)
    const narrowed = kept === undefined ? options : options.filter((_, index) => kept.has(index))
    if (narrowed.length === 0) return { row, kind: 'unsolvable' }
    const [only] = narrowed
    if (narrowed.length === 1 && only !== undefined) return { row, kind: 'unique', values: only }
    return { row, kind: 'ambiguous', candidates: narrowed }
  })
  return { rows, crossRowApplied: consistent !== undefined && needsSearch }
}

/** Candidates of a 表三 row as cell-id → value maps, the shape of Notice.candidates. */
export function applicationCandidateCells(
  row: ApplicationRow,
  candidates: readonly number[][],
): Record<string, number>[] {
  return candidates.map((values) => {
    const cells: Record<string, number> = {}
    APPLICANT_COLUMNS.forEach((column, i) => {
      const value = values[i]
      if (value !== undefined) cells[applicationCellId(row, column)] = value
    })
    return cells
  })
}

/** Candidates of 表四 (from splitAppeals) as cell-id → value maps, the shape of Notice.candidates. */
export function appealCandidateCells(candidates: readonly number[][]): Record<string, number>[] {
  return candidates.map((values) => {
    const cells: Record<string, number> = {}
    APPEAL_CELL_IDS.forEach((id, i) => {
      const value = values[i]
      if (value !== undefined) cells[id] = value
    })
    return cells
  })
}
