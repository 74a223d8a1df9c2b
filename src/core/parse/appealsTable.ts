/**
 * 表四 政府信息公开行政复议、行政诉讼情况: fifteen numbers after a multi-line header, in one row or split over
 * several lines. Read in order; digits run together are decoded with R-D; anything else that does not give
 * exactly fifteen values leaves the table unread.
 */
import { APPEAL_CELL_IDS, APPEAL_COLUMNS, APPEAL_GROUPS, appealCellId } from '../model/ids'
import { readGroupRows } from './appealsGroupRows'
import { appealsOrder, columnOrder, resultNamed } from './appealsOrder'
import { captionYear } from './captionYear'
import type { CellSink } from './cellSink'
import type { DocumentLines } from './documentLines'
import { fitValues, tokenNumber, type LineTokens, type ValueToken } from './lineTokens'
import { appealCandidateCells, splitAppeals } from './runTogether'
import { compactWordsHint } from '../text/fastNormalize'
import { quoted } from '../text/quote'

const ANCHOR = /行政复议/
const ANCHOR_HINT = compactWordsHint('行政复议')
const NEXT_SECTION = /^(?:#+)?五、|存在的主要问题|其他需要报告/
const NEXT_SECTION_HINT = compactWordsHint('五、', '存在的主要问题', '其他需要报告')
const PROSE_LENGTH = 80
const ANCHOR_LENGTH = 60
const CELLS = APPEAL_CELL_IDS.length
const isAnchor = (compact: string) => compact.length <= ANCHOR_LENGTH && ANCHOR.test(compact)

/** The longest result label ("结果维持"): a longer label is no result row. */
const RESULT_LABEL_LENGTH = 4
/** Lines looked at past an all-blank row for the numbers it may stand in front of. */
const BLANK_ROW_LOOKAHEAD = 8

/** Whether a line with numbers follows `from` before the next section or a paragraph of prose. */
function numbersFollow(lines: DocumentLines, from: number): boolean {
  for (let index = from; index < Math.min(lines.count, from + BLANK_ROW_LOOKAHEAD); index++) {
    if (lines.matches(index, NEXT_SECTION, NEXT_SECTION_HINT)) return false
    if (lines.tokens(index).numberCount > 0) return true
    if (lines.compactLongerThan(index, PROSE_LENGTH)) return false
  }
  return false
}

/**
 * A row of a transposed 表四 (a row per result) whose cells are all blank ("其他结果", "-", "-", "-"): its
 * blanks are the row's three values.
 */
function isBlankResultRow(tokens: LineTokens): boolean {
  return (
    tokens.numberCount === 0 &&
    tokens.blankCount === APPEAL_GROUPS.length &&
    tokens.label.length <= RESULT_LABEL_LENGTH &&
    resultNamed(tokens.label) !== undefined
  )
}

function collect(lines: DocumentLines, start: number): ValueToken[] {
  const values: ValueToken[] = []
  let numbers = 0
  for (let index = start; index < lines.count && numbers < CELLS; index++) {
    if (index > start && lines.matches(index, NEXT_SECTION, NEXT_SECTION_HINT)) break
    const tokens = lines.tokens(index)
    // A row of blank cells is the table's row only when no numbers follow: an empty spacer row, a row
    // Word kept after a tracked deletion or a markdown rule ("| - | - |") can stand before the real one.
    const blankRow =
      (tokens.label === '' &&
        tokens.blankCount >= CELLS - values.length &&
        (tokens.numberCount > 0 || !numbersFollow(lines, index + 1))) ||
      isBlankResultRow(tokens)
    if (tokens.numberCount === 0 && !blankRow) {
      if (lines.compactLongerThan(index, PROSE_LENGTH)) break
      continue
    }
    const fitted = fitValues(tokens.values, CELLS - values.length)
    values.push(...fitted)
    numbers += tokens.numberCount + (blankRow ? tokens.blankCount : 0)
  }
  return values
}

/** Whether fifteen numbers in the template's order are 表四's: each group's four results sum to its 总计. */
function holdsGroupSums(numbers: readonly number[]): boolean {
  return APPEAL_GROUPS.every((_, group) => {
    const run = numbers.slice(group * APPEAL_COLUMNS.length, (group + 1) * APPEAL_COLUMNS.length)
    const total = run.pop()
    return total !== undefined && run.reduce((sum, number) => sum + number, 0) === total
  })
}

/**
 * The line where a second set of 表四's numbers starts after the one read, before the next section: last
 * year's row or table printed beside this year's. R-D holds in both, so reading either would pass every
 * check; the notice names the cells so the user can check which was read. Taken only when the next fifteen
 * numbers are a 表四's (their groups' sums hold) and differ from those read: notes under the table (dates,
 * case numbers) are not one, and the same numbers printed again say nothing new.
 */
function secondSetLine(lines: DocumentLines, values: readonly ValueToken[]): number | undefined {
  const last = values[values.length - 1]?.line
  if (last === undefined) return undefined
  const numbers: number[] = []
  let start: number | undefined
  for (let index = last + 1; index < lines.count && numbers.length < CELLS; index++) {
    if (lines.matches(index, NEXT_SECTION, NEXT_SECTION_HINT)) break
    const tokens = lines.tokens(index)
    if (tokens.numberCount === 0) {
      if (lines.compactLongerThan(index, PROSE_LENGTH)) break
      continue
    }
    start ??= index
    for (const token of tokens.values) {
      const number = tokenNumber(token)
      if (number === undefined) return undefined
      numbers.push(number)
    }
  }
  if (numbers.length < CELLS) return undefined
  const second = numbers.slice(0, CELLS)
  const same = values.every((token, at) => tokenNumber(token) === second[at])
  return !same && holdsGroupSums(second) ? start : undefined
}

function unread(sink: CellSink, message: string, line: number | undefined): void {
  const notice = { code: 'cell-unread' as const, message, cellIds: [...APPEAL_CELL_IDS] }
  sink.notice(line === undefined ? notice : { ...notice, line })
}

function decodeRun(values: readonly ValueToken[], sink: CellSink): boolean {
  const numbers = values.filter((token) => !token.blank)
  const first = numbers[0]
  if (first === undefined || numbers.some((token) => !token.digitsOnly)) return false
  const text = numbers.map((token) => token.raw).join(' ')
  const candidates = splitAppeals(text)
  const only = candidates.length === 1 ? candidates[0] : undefined
  if (only !== undefined) {
    APPEAL_CELL_IDS.forEach((id, i) => sink.setDecoded(id, only[i] ?? 0, first))
    sink.notice({
      code: 'digits-split',
      message: `表四：数字连写“${quoted(text)}”，按各组合计关系拆分为 ${only.join('、')}`,
      cellIds: [...APPEAL_CELL_IDS],
      line: first.line,
    })
    return true
  }
  if (candidates.length > 1) {
    sink.notice({
      code: 'ambiguous',
      message: `表四：数字连写“${quoted(text)}”有 ${candidates.length} 种拆分都符合勾稽关系，未填入`,
      cellIds: [...APPEAL_CELL_IDS],
      line: first.line,
      candidates: appealCandidateCells(candidates),
    })
    return true
  }
  return false
}

/** Where a 表四 drawn with a row per group ends: the next section, or a paragraph of prose. */
function tableEnds(lines: DocumentLines, start: number): (index: number) => boolean {
  return (index) =>
    (index > start && lines.matches(index, NEXT_SECTION, NEXT_SECTION_HINT)) ||
    (lines.tokens(index).numberCount === 0 && lines.compactLongerThan(index, PROSE_LENGTH))
}

/**
 * 表四 as labelled rows of five, one of which names no group (readGroupRows): each group's row read by its
 * label, or all fifteen cells left unread when a group has no row or several. False for any other layout.
 */
function readByGroupRows(lines: DocumentLines, sink: CellSink, start: number): boolean {
  const reading = readGroupRows(lines, start, tableEnds(lines, start))
  if (reading.kind === 'other') return false
  const { values, line } = reading
  if (reading.kind === 'uncertain') {
    const found = quoted(values.map((token) => token.raw || '空').join(' '))
    sink.notice({
      code: 'ambiguous',
      message: `表四：表中每行一组，但各组未能按行标签一一对应（原文依次为 ${found}），未填入，请核对原文后补录`,
      cellIds: [...APPEAL_CELL_IDS],
      line,
    })
    return true
  }
  const columns = columnOrder(lines, start, line) ?? APPEAL_COLUMNS
  const ids = APPEAL_GROUPS.flatMap((group) => columns.map((column) => appealCellId(group, column)))
  ids.forEach((id, i) => {
    const token = values[i]
    if (token !== undefined) sink.set(id, token, '表四')
  })
  const skipped = reading.skipped.map((label) => `“${quoted(label)}”`).join('、')
  sink.notice({
    code: 'label-by-keyword',
    message: `表四：各组的数值按行标签读取；${skipped}行不是模板中的组（如合计、小计），未读取`,
    cellIds: ids,
    line,
  })
  return true
}

export function readAppealsTable(lines: DocumentLines, sink: CellSink, from: number): boolean {
  const start = lines.find(from, isAnchor, {
    hint: ANCHOR_HINT,
  })
  if (start === undefined) {
    sink.notice({
      code: 'table-missing',
      message: '未找到表四（行政复议、行政诉讼情况），其数值未读取',
      cellIds: [...APPEAL_CELL_IDS],
    })
    return false
  }
  if (readByGroupRows(lines, sink, start)) return true
  const first = collect(lines, start)
  if (first.length === CELLS) {
    const second = secondSetLine(lines, first)
    // Last year's numbers printed before this year's, each under a caption naming its year: the later's are
    // read, the notice still naming every cell (the choice rests on the captions alone).
    const firstLine = first[0]?.line ?? start
    const lastLine = first.at(-1)?.line ?? start
    const firstYear = second === undefined ? undefined : captionYear(lines, firstLine, start)
    const secondYear = second === undefined ? undefined : captionYear(lines, second, lastLine)
    const later =
      firstYear !== undefined && secondYear !== undefined && secondYear > firstYear
        ? collect(lines, lastLine + 1)
        : undefined
    const takeSecond = later?.length === CELLS
    const values = takeSecond ? later : first
    const header = takeSecond ? lastLine + 1 : start
    const { ids, description, uncertain } = appealsOrder(lines, header, values)
    const line = values[0]?.line ?? start
    if (uncertain !== undefined) {
      // Read in the template's order, some numbers would stand under a group they are not in, and R-D's
      // sums would still hold: a guess nothing flags. Left unread, they are named wherever a number shows.
      const found = quoted(values.map((token) => token.raw || '空').join(' '))
      sink.notice({
        code: 'ambiguous',
        message: `表四：${uncertain}（原文依次为 ${found}），未填入，请核对原文后补录`,
        cellIds: [...APPEAL_CELL_IDS],
        line,
      })
      return true
    }
    ids.forEach((id, i) => {
      const token = values[i]
      if (token !== undefined) sink.set(id, token, '表四')
    })
    if (second !== undefined) {
      const named = (at: number, year: number | undefined) =>
        `第 ${at + 1} 行起${year === undefined ? '' : `（${year}年）`}`
      sink.notice({
        code: 'table-repeated',
        message: `表四有两组数值：${named(firstLine, firstYear)}和${named(second, secondYear)}；${
          takeSecond ? '读取了第二组（年份较晚的）' : '读取了第一组'
        }，另一组未读取，请核对哪一组是本年度的`,
        cellIds: [...APPEAL_CELL_IDS],
        line: takeSecond ? firstLine : second,
      })
    }
    if (description !== undefined)
      sink.notice({
        code: 'columns-reordered',
        message: `表四：${description}，与模板不同，已按报告中的顺序对应各数值`,
        cellIds: [...ids],
        line,
      })
    return true
  }
  const values = first
  if (values.length < CELLS && decodeRun(values, sink)) return true
  const found = quoted(values.map((token) => token.raw || '空').join(' '))
  unread(
    sink,
    `表四：读到 ${values.length} 个数值（${found}），应为 ${CELLS} 个，未填入`,
    values[0]?.line ?? start,
  )
  return true
}
