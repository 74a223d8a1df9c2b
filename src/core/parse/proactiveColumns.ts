/**
 * 表二's column order, read from its header. Some agencies draw their own 表二 and put 现行有效件数 before
 * 本年废止件数; the values then stand in the header's order, and reading them in the template's would swap
 * two numbers without a word (表二 has no sum rule to catch it).
 */
import { PROACTIVE_COLUMN_NAMES } from '../model/labels'
import { lineCells } from '../model/lineCells'
import type { SourceLine } from '../model/report'
import type { CellSink } from './cellSink'
import type { DocumentLines } from './documentLines'
import type { RowHit } from './rowTable'

/**
 * What names each column in a header line as written (full-width slash included), by the last part of the
 * cell id. Words, not patterns: a search per row of every report, and indexOf is several times cheaper
 * than a regex there.
 */
const COLUMN_WORDS: Record<string, readonly string[]> = {
  issued: ['制发'],
  // "本年度止件数" is a typo many reports copied from one another.
  repealed: ['废止', '度止'],
  // Also written short (有效, 有效件数).
  inForce: ['有效'],
  made: ['新制作'],
  published: ['新公开'],
  total: ['公开总数', '公开总件'],
  // Also 上年项目数, 上年度项目数量, 上年数量, 原有项目数; not 上年 alone, which "比上年增减" holds.
  lastYearItems: ['上一年', '上年项目', '上年度项目', '上年数', '原有'],
  // Any word of increase, decrease or change (本年增/减, 增（减）, 增加/减少, 减少/增加, 增减变化, 变动): no other
  // column of the 2019 表二 has one, and a header naming it elsewhere than second is reordered.
  change: ['增', '减', '变动', '变化'],
  decisions: ['处理决定'],
  items: ['采购项目'],
  amountYuan: ['采购总金额'],
}

/** Where the first of `words` stands in `label`; -1 when none does. */
function firstIndexOf(label: string, words: readonly string[] | undefined): number {
  let first = -1
  for (const word of words ?? []) {
    const at = label.indexOf(word)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

function columnOf(id: string): string {
  return id.slice(id.lastIndexOf('.') + 1)
}

/** A spec's columns: their names joined (to tell whether a header holds for a row) and their header words. */
interface Columns {
  key: string
  words: readonly (readonly string[] | undefined)[]
}

const COLUMNS = new WeakMap<readonly string[], Columns>()

function columnsOf(ids: readonly string[]): Columns {
  let columns = COLUMNS.get(ids)
  if (columns === undefined) {
    const names = ids.map(columnOf)
    columns = { key: names.join(), words: names.map((name) => COLUMN_WORDS[name]) }
    COLUMNS.set(ids, columns)
  }
  return columns
}

const TEMPLATE_ORDER = 'template'
/** The line names only some of the columns, and those in another order than the template's. */
const CONTRADICTED = 'contradicted'

/**
 * Where each of the spec's columns stands in the header within `label` (one line): 'template' when in the
 * template's order, else the template indexes in header order; 'none' when the line names none of them,
 * 'contradicted' when it names only some but those against the template's order (现行有效件数 before
 * 本年制发件数, the third column's name not known), undefined when it names only some in the template's order,
 * or two at one place, so their order is unknown.
 */
function headerOrder(line: SourceLine, columns: Columns): HeaderReading {
  const label = line.text
  const positions: number[] = []
  let found = 0
  let increasing = true
  for (const word of columns.words) {
    const at = firstIndexOf(label, word)
    if (at >= 0) found++
    if (positions.length > 0 && at <= (positions[positions.length - 1] ?? -1)) increasing = false
    positions.push(at)
  }
  if (found === 0) return 'none'
  if (found < positions.length) {
    const named = positions.filter((at) => at >= 0)
    if (new Set(named).size < named.length) return undefined
    if (!named.every((at, index) => index === 0 || at > (named[index - 1] ?? 0))) return CONTRADICTED
    return standsOffPlace(line, columns) ? CONTRADICTED : undefined
  }
  if (new Set(positions).size < positions.length) return undefined
  if (increasing) return TEMPLATE_ORDER
  return positions.map((_, index) => index).sort((a, b) => (positions[a] ?? 0) - (positions[b] ?? 0))
}

/**
 * Whether a header line with a cell per column after its first (信息内容) names a column in another column's
 * cell: "信息内容 | 件数 | 本年制发件数 | 本年废止件数" names the two it knows in the template's order, but a
 * place further right than theirs. Only a line whose cells are as many as that can tell.
 */
function standsOffPlace(line: SourceLine, columns: Columns): boolean {
  const cells = lineCells(line).filter((cell) => cell.trim() !== '')
  if (cells.length !== columns.words.length + 1) return false
  if (columns.words.some((words) => firstIndexOf(cells[0] ?? '', words) >= 0)) return false
  return columns.words.some((words, column) => {
    const at = cells.findIndex((cell) => firstIndexOf(cell, words) >= 0)
    return at >= 0 && at !== column + 1
  })
}

/** How far above a block's first row its header may start. */
const HEADER_LINES = 6

type HeaderReading = number[] | typeof TEMPLATE_ORDER | typeof CONTRADICTED | 'none' | undefined

/**
 * What the lines from `from` to `to` (the row's own line) say of the order of `columns`: the last line that
 * names every column gives it. Each line on its own: a header cell wrapped over several lines, with its
 * neighbours between the pieces (a PDF's vertically centred header), puts the words of the lines joined in
 * another order than the columns'.
 */
function linesOrder(lines: DocumentLines, from: number, to: number, columns: Columns): HeaderReading {
  let reading: HeaderReading = 'none'
  for (let index = Math.max(0, from); index <= to; index++) {
    // The raw text, not the compact form: compacting every header line costs more than a header written with
    // spaces inside its words (read in the template's order, as before) is worth.
    const line = lines.document.lines[index]
    if (line === undefined) continue
    const found = headerOrder(line, columns)
    if (found === 'none') continue
    if (found !== undefined || reading === 'none') reading = found
  }
  return reading
}

/**
 * The hits with the cell ids of rows under a reordered header in the header's order, so the row's values
 * fill the columns they stand in, each with a notice. A header holds for the rows after it that have the same
 * columns, until the next header. The hits themselves when no header is reordered (nearly every report).
 */
export function followHeaderOrder(
  lines: DocumentLines,
  hits: readonly RowHit[],
  sink: CellSink,
): readonly RowHit[] {
  let header: { columns: string; order: readonly number[] | typeof CONTRADICTED } | undefined
  let followed: RowHit[] | undefined
  let previousLine: number | undefined
  for (let at = 0; at < hits.length; at++) {
    const hit = hits[at]
    if (hit === undefined) continue
    const from = previousLine === undefined ? hit.line - HEADER_LINES : previousLine + 1
    previousLine = hit.line
    const ids = hit.spec.cellIds
    if (ids.length < 2) continue
    const columns = columnsOf(ids)
    const found = linesOrder(lines, from, hit.line, columns)
    if (found !== 'none')
      header =
        found === undefined || found === TEMPLATE_ORDER ? undefined : { columns: columns.key, order: found }
    if (header === undefined || header.columns !== columns.key) continue
    followed ??= [...hits]
    if (header.order === CONTRADICTED) {
      // Read in the template's order, the numbers might stand under columns they are not in, with no sum
      // rule over 表二 to tell: left unread.
      sink.notice({
        code: 'ambiguous',
        message: `表二“${hit.spec.name}”行：表头列名只认出一部分，且其顺序与模板不同，无法确定各数值属于哪一列，未填入，请核对原文后补录`,
        cellIds: [...ids],
        line: hit.line,
      })
      followed[at] = { ...hit, values: undefined }
      continue
    }
    const ordered = header.order.map((index) => ids[index] ?? '')
    const names = ordered.map((id) => PROACTIVE_COLUMN_NAMES[columnOf(id)] ?? id)
    sink.notice({
      code: 'columns-reordered',
      message: `表二“${hit.spec.name}”行：表头各列的顺序（${names.join('、')}）与模板不同，已按表头对应各列数值`,
      cellIds: [...ids],
      line: hit.line,
    })
    followed[at] = { ...hit, spec: { ...hit.spec, cellIds: ordered } }
  }
  return followed ?? hits
}
