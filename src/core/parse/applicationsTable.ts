/**
 * 表三 收到和处理政府信息公开申请情况: finds the first row, reads the rows by label, decides the （六）其他处理
 * variant from the rows found, and decodes rows whose digits ran together with the consistency rules.
 */
import { quoted } from '../text/quote'
import {
  APPLICANT_COLUMNS,
  type ApplicantColumn,
  type ApplicationRow,
  type OtherHandlingVariant,
} from '../model/ids'
import { resolveApplicationRows, type RowReading } from './runTogether'
import { followApplicantOrder, HEADER_LINES } from './applicantOrder'
import {
  leaveSixUnread,
  noteAbsentColumn,
  sixColumnOrder,
  sixNumbersARow,
  specsWithColumns,
} from './absentApplicantColumn'
import { captionAbove, captionYear } from './captionYear'
import { applicantColumnsNamed } from './applicantHeaderText'
import { APPLICATION_ROW_SPECS } from './applicationRows'
import type { CellSink } from './cellSink'
import type { DocumentLines } from './documentLines'
import { isEmptyLine } from './numbersBeforeLabels'
import { readRowTable, recordRow, type RowHit } from './rowTable'
import { stripLabel, type RowSpec } from './rowSpec'
import { compactWordsHint } from '../text/fastNormalize'

const FIRST_ROW = /新收/
const FIRST_ROW_HINT = compactWordsHint('新收')
const TABLE_FOUR = /行政复议|行政诉讼/
const TABLE_FOUR_HINT = compactWordsHint('行政复议', '行政诉讼')
const PROSE_LENGTH = 80
const LABEL_LENGTH = 60
const VALUES_PER_ROW = 7

export interface ApplicationsResult {
  found: boolean
  variant: OtherHandlingVariant | undefined
  end: number
}

/** Lines a 本年新收 label may wrap onto before its numbers (a WPS copy breaks the label where it wrapped). */
const FIRST_ROW_LINES = 4

/**
 * Whether the row's numbers go on, one line each, after `index`: text copied with each table cell on a line
 * of its own (a browser's copy of cells holding paragraphs, Firefox's, a PDF viewer's text layer), blank
 * lines between them or not. Stops at the first line with text, so a label line ends the count.
 */
function numbersOneALine(lines: DocumentLines, index: number, numbers: number): boolean {
  if (lines.tokens(index).numberCount === 0) return false
  for (let i = index; i < lines.count && numbers < VALUES_PER_ROW; i++) {
    const tokens = lines.tokens(i)
    if (tokens.label !== '' || tokens.trailing !== '') return false
    numbers += tokens.numberCount
  }
  return numbers >= VALUES_PER_ROW
}

/** A 本年新收 line that heads a table row: short, with a row of numbers on it or just after it. */
function isFirstRow(lines: DocumentLines, index: number): boolean {
  let numbers = 0
  let seen = 0
  for (let i = index; i < lines.count && seen < FIRST_ROW_LINES; i++) {
    const tokens = lines.tokens(i)
    // Empty lines (or a tab alone: a browser's copy of cells holding paragraphs) are between cells, no row.
    if (i > index && isEmptyLine(tokens)) continue
    seen++
    // A table row whose cells are all blank (HTML "&nbsp;") is still a row of seven cells; so is the line of
    // cells under a label that wrapped onto it, some of them blank.
    const cells = tokens.numberCount + tokens.blankCount
    if ((i === index || (tokens.structured && tokens.numberCount > 0)) && cells >= VALUES_PER_ROW) return true
    numbers += tokens.numberCount
    if (tokens.values.some((token) => token.digitsOnly && token.raw.length >= VALUES_PER_ROW)) return true
    if (i > index && numbersOneALine(lines, i, numbers - tokens.numberCount)) return true
  }
  return numbers >= VALUES_PER_ROW
}

/** The three-row variant's last row numbered as such: "3.其他", "3、其他". */
const THIRD_ITEM = /(?<!\d)3[.、]/

/**
 * （六）其他处理 written short: the rows found between 不予处理 and （七）总计 decide the variant. Rows placed by
 * position go to the three-row variant first, and a bare "其他" names its third row. When exactly one row
 * stands there and it was placed by position, or named "其他" without the third row's number ("（六）其他",
 * as OCR and hand-made tables shorten it), it is the one-row variant's single row, matched by keyword.
 */
function settleOtherHandling(hits: RowHit[], specs: readonly RowSpec[]): void {
  const totalAt = hits.findIndex((hit) => hit.spec.key === 'total')
  const oneRow = specs.find((spec) => spec.key === 'otherHandling.all')
  if (totalAt < 0 || oneRow === undefined) return
  let firstAt = totalAt
  while (firstAt > 0 && hits[firstAt - 1]?.spec.key.startsWith('otherHandling.') === true) firstAt--
  const only = hits[firstAt]
  const before = hits[firstAt - 1]
  if (totalAt - firstAt !== 1 || only === undefined) return
  if (before !== undefined && !before.spec.key.startsWith('notProcessed.')) return
  const shortLabel = only.spec.key === 'otherHandling.other' && !THIRD_ITEM.test(only.matchedLabel)
  if (only.how !== 'order' && !shortLabel) return
  only.spec = oneRow
  if (only.how !== 'order') only.how = 'keyword'
}

function variantOf(hits: readonly RowHit[]): OtherHandlingVariant | undefined {
  if (hits.some((hit) => hit.spec.key === 'otherHandling.all')) return 'one-row'
  if (hits.some((hit) => hit.spec.key.startsWith('otherHandling.'))) return 'three-rows'
  return undefined
}

function decodeRuns(
  hits: readonly RowHit[],
  readings: RowReading[],
  variant: OtherHandlingVariant,
  sink: CellSink,
) {
  const resolution = resolveApplicationRows(readings, variant)
  resolution.rows.forEach((resolved, i) => {
    const reading = readings[i]
    const hit = hits.find((h) => h.spec.key === resolved.row)
    if (reading === undefined || !('text' in reading) || hit?.values?.kind !== 'run') return
    const { token, text } = hit.values
    const ids = hit.spec.cellIds
    if (resolved.kind === 'unique') {
      resolved.values.forEach((value, column) => {
        const id = ids[column]
        if (id !== undefined) sink.setDecoded(id, value, token)
      })
      sink.notice({
        code: 'digits-split',
        message: `表三“${hit.spec.name}”行：数字连写“${quoted(text)}”，按行内合计关系拆分为 ${resolved.values.join('、')}`,
        cellIds: [...ids],
        line: hit.line,
      })
    } else if (resolved.kind === 'ambiguous') {
      sink.notice({
        code: 'ambiguous',
        message: `表三“${hit.spec.name}”行：数字连写“${quoted(text)}”有 ${resolved.candidates.length} 种拆分都符合勾稽关系，未填入`,
        cellIds: [...ids],
        line: hit.line,
        candidates: resolved.candidates.map((values) =>
          Object.fromEntries(values.map((value, column) => [ids[column] ?? String(column), value])),
        ),
      })
    } else {
      sink.notice({
        code: 'cell-unread',
        message: `表三“${hit.spec.name}”行：数字连写“${quoted(text)}”无法按勾稽关系拆分，未填入`,
        cellIds: [...ids],
        line: hit.line,
      })
    }
  })
}

/** How far after a table's last row another may start: a caption and a header. */
const NEXT_TABLE_LINES = 12
const OWN_CAPTION = /本机关|本级|本部门|本单位/
const AGGREGATE_CAPTION = /汇总|全系统|全(?:县|区|市|省|旗|州)/

/** What the short lines above a table's first row (from `after` on) say it covers, and the line saying it. */
function captionOf(
  lines: DocumentLines,
  start: number,
  after: number,
): { kind: 'own' | 'aggregate'; text: string } | undefined {
  return captionAbove(lines, start, after, (text) => {
    if (AGGREGATE_CAPTION.test(text)) return { kind: 'aggregate' as const, text }
    if (OWN_CAPTION.test(text)) return { kind: 'own' as const, text }
    return undefined
  })
}

function findStart(lines: DocumentLines, from: number, to: number | undefined): number | undefined {
  const isStart = (compact: string, index: number) =>
    compact.length <= LABEL_LENGTH && FIRST_ROW.test(compact) && isFirstRow(lines, index)
  return lines.find(from, isStart, { to, hint: FIRST_ROW_HINT })
}

/** Whether a line in [from, to) has the first row's word: a plain loop, cheaper than a search. */
function mentionsFirstRow(lines: DocumentLines, from: number, to: number): boolean {
  for (let index = from; index < Math.min(to, lines.count); index++)
    if (lines.matches(index, FIRST_ROW, FIRST_ROW_HINT)) return true
  return false
}

/** The groups of 表三 whose rows come only itemised; （六）其他处理 has a one-row variant of its own. */
const ITEMISED_GROUP = /不予公开|无法提供|不予处理/

/** A label that is a group's name and numbering and nothing else ("三、本年度办理结果（三）不予公开"). */
function isGroupTitle(label: string): boolean {
  return label !== '' && ITEMISED_GROUP.test(label) && stripLabel(label) === ''
}

function readRows(lines: DocumentLines, start: number, sink: CellSink, specs: readonly RowSpec[]) {
  return readRowTable(lines, start, specs, sink, {
    table: '表三',
    stopAt: (tokens) =>
      lines.matches(tokens.line, TABLE_FOUR, TABLE_FOUR_HINT) ||
      (tokens.numberCount === 0 && lines.compactLongerThan(tokens.line, PROSE_LENGTH)),
    lastKey: 'carriedForward',
    allowRuns: 'always',
    settle: (hits) => settleOtherHandling(hits, specs),
    isGroupTitle,
  })
}

/**
 * 表三's rows. Some files carry two tables right after each other: the whole system's (汇总) and the
 * agency's own (本机关), or last year's. The agency's own is read when the captions say which is which;
 * otherwise the first, and a notice says the other was left.
 */
function readChosenRows(
  lines: DocumentLines,
  first: number,
  from: number,
  sink: CellSink,
  specs: readonly RowSpec[] = APPLICATION_ROW_SPECS,
) {
  // The row notices of a table not chosen are taken back.
  const mark = sink.noticeMark
  const firstRows = readRows(lines, first, sink, specs)
  const after = Math.max(firstRows.end, first + 1)
  const second = mentionsFirstRow(lines, after, after + NEXT_TABLE_LINES)
    ? findStart(lines, after, after + NEXT_TABLE_LINES)
    : undefined
  if (second === undefined) return { start: first, ...firstRows }
  const firstCaption = captionOf(lines, first, from)
  const secondCaption = captionOf(lines, second, after)
  const ownSecond = firstCaption?.kind === 'aggregate' && secondCaption?.kind === 'own'
  // Last year's table printed before this year's: a report never prints a later year's than its own.
  const firstYear = captionYear(lines, first, from)
  const secondYear = captionYear(lines, second, after)
  const laterSecond =
    firstCaption === undefined &&
    secondCaption === undefined &&
    firstYear !== undefined &&
    secondYear !== undefined &&
    secondYear > firstYear
  const takeSecond = ownSecond || laterSecond
  const named = (at: number, caption: { text: string } | undefined, year: number | undefined) =>
    `第 ${at + 1} 行起${caption === undefined ? (year === undefined ? '' : `（${year}年）`) : `“${caption.text}”`}`
  const message = `文件中有两个表三：${named(first, firstCaption, firstYear)}和${named(second, secondCaption, secondYear)}；读取了${
    ownSecond ? '第二个（本机关的表三）' : laterSecond ? '第二个（年份较晚的表三）' : '第一个'
  }，另一个未读取`
  if (takeSecond) sink.takeBackNotices(mark)
  const chosen = takeSecond
    ? { start: second, ...readRows(lines, second, sink, specs) }
    : { start: first, ...firstRows }
  // On the cells read, so each says which of the two tables it came from.
  const cellIds = chosen.hits.flatMap((hit) => hit.spec.cellIds)
  sink.notice({ code: 'table-repeated', message, cellIds, line: takeSecond ? first : second })
  return chosen
}

/** A row whose digits ran together, left unread: `why` the column sums cannot split it. */
function noteRunUnread(hit: RowHit, why: string, sink: CellSink): void {
  if (hit.values?.kind !== 'run') return
  sink.notice({
    code: 'cell-unread',
    message: `表三“${hit.spec.name}”行：数字连写“${quoted(hit.values.text)}”，${why}，无法拆分，未填入`,
    cellIds: [...hit.spec.cellIds],
    line: hit.line,
  })
}

/**
 * 表三 with six numbers a row (see absentApplicantColumn.ts), read again from `first` under the six columns
 * its header names (`order`, sixColumnOrder), or left unread without them. The notices of the seven-column
 * reading (since `mark`) are taken back.
 */
function readSixColumns(
  lines: DocumentLines,
  first: number,
  from: number,
  read: { start: number; hits: readonly RowHit[]; end: number },
  order: readonly ApplicantColumn[] | undefined,
  mark: number,
  sink: CellSink,
): ApplicationsResult {
  if (order === undefined) {
    leaveSixUnread(read.hits, read.start, mark, sink)
    return { found: true, variant: variantOf(read.hits), end: read.end }
  }
  sink.takeBackNotices(mark)
  const six = readChosenRows(lines, first, from, sink, specsWithColumns(APPLICATION_ROW_SPECS, order))
  for (const hit of six.hits) {
    if (hit.values?.kind === 'run') noteRunUnread(hit, '表中只有六列，不能按模板各列的合计关系拆分', sink)
    else recordRow(hit, sink)
  }
  noteAbsentColumn(order, six.hits, six.start, sink)
  return { found: true, variant: variantOf(six.hits), end: six.end }
}

export function readApplicationsTable(
  lines: DocumentLines,
  sink: CellSink,
  from: number,
): ApplicationsResult {
  const first = findStart(lines, from, undefined)
  if (first === undefined) return { found: false, variant: undefined, end: from }
  const mark = sink.noticeMark
  const read = readChosenRows(lines, first, from, sink)
  if (sixNumbersARow(read.hits)) {
    const header = Math.max(from, read.start - HEADER_LINES)
    const named = applicantColumnsNamed(lines, header, read.start)
    // A header naming all seven columns has seven, whatever the numbers: one left blank in every row.
    if (named.size < APPLICANT_COLUMNS.length) {
      const order = sixColumnOrder(lines, header, read.start, named)
      return readSixColumns(lines, first, from, read, order, mark, sink)
    }
  }
  const { start, hits, end } = read
  const variant = variantOf(hits)
  const ordered = followApplicantOrder(lines, start, from, hits, sink)
  const readings: RowReading[] = []
  hits.forEach((hit, at) => {
    const row = hit.spec.key as ApplicationRow
    const read = ordered[at] ?? hit
    // Left unread: the header's order could not be told (followApplicantOrder said so).
    if (read.values === undefined) return
    if (hit.values?.kind === 'run' && ordered !== hits) {
      // Digits run together are split by the template's column sums, which a reordered header breaks.
      noteRunUnread(hit, '表头各列的顺序与模板不同', sink)
      return
    }
    if (hit.values?.kind === 'run') {
      readings.push({ row, text: hit.values.text })
      return
    }
    const values = recordRow(read, sink)
    if (values === undefined) return
    // Readings are in the template's column order, as the rules over them are written.
    const ids = read.spec.cellIds
    readings.push({
      row,
      values: read === hit ? values : hit.spec.cellIds.map((id) => values[ids.indexOf(id)] ?? 0),
    })
  })
  if (readings.some((reading) => 'text' in reading)) decodeRuns(hits, readings, variant ?? 'three-rows', sink)
  return { found: true, variant, end }
}
