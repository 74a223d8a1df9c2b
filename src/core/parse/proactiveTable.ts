/** 表二 主动公开政府信息情况: finds the table, decides its variant (2019 or 2021 columns) and reads its rows. */
import { PROACTIVE_2019_IDS, PROACTIVE_2021_IDS, type ProactiveVariant } from '../model/ids'
import type { CellSink } from './cellSink'
import type { DocumentLines } from './documentLines'
import {
  PROACTIVE_2019_HEADERS,
  PROACTIVE_2019_HEADER_WORDS,
  PROACTIVE_2019_MARKERS,
  PROACTIVE_2021_HEADERS,
  proactiveRowSpecs,
} from './proactiveRows'
import { followHeaderOrder } from './proactiveColumns'
import { decodeProactiveRun } from './proactiveRuns'
import { readRowTable, recordRow, type RowHit } from './rowTable'
import { namedAmountUnit } from './amountUnit'
import { compactWordsHint } from '../text/fastNormalize'

const BLOCK_ONE = /第二十条第\(一\)项/
const HEADING = /主动公开政府信息情况/
/** A character each pattern (or each alternative) needs, so a search skips prose lines without it. */
const BLOCK_ONE_HINT = compactWordsHint('第二十条第')
const HEADING_HINT = compactWordsHint('主动公开政府信息情况')
const PROACTIVE_2019_HINT = compactWordsHint(...PROACTIVE_2019_HEADER_WORDS, '第二十条第', '集中采购')
const TABLE_THREE_HINT = compactWordsHint('收到和处理政府信息公开申请', '申请人情况', '勾稽关系', '本年新收')
/** Where 表三 begins: the table cannot run past it. */
export const TABLE_THREE_START = /收到和处理政府信息公开申请|申请人情况|勾稽关系|本年新收/
const PROSE_LENGTH = 80
/** How far a 表二 may reach when 表三 is not found after it. */
const MAX_TABLE_LINES = 80

/** Line tests for DocumentLines.find, made once (a closure per call costs, in Node, a name per closure). */
const isBlockOne = (compact: string) => BLOCK_ONE.test(compact)
const isHeading = (compact: string) => compact.length <= 30 && HEADING.test(compact)
const startsTableThree = (compact: string) => TABLE_THREE_START.test(compact)
const hasMarkerOf2019 = (compact: string) => PROACTIVE_2019_MARKERS.test(compact)
const hasHeaderOf2019 = (compact: string) => PROACTIVE_2019_HEADERS.test(compact)
const hasHeaderOf2021 = (compact: string) => PROACTIVE_2021_HEADERS.test(compact)
const PROACTIVE_2019_HEADER_HINT = compactWordsHint(...PROACTIVE_2019_HEADER_WORDS)
const PROACTIVE_2021_HEADER_HINT = compactWordsHint('本年制发', '本年废止', '现行有效', '本年收费金额')

export interface ProactiveResult {
  variant: ProactiveVariant | undefined
  /** First line after the table, or where the search for 表三 should start. */
  end: number
}

function findStart(lines: DocumentLines): number | undefined {
  return (
    lines.find(0, isBlockOne, { hint: BLOCK_ONE_HINT }) ?? lines.find(0, isHeading, { hint: HEADING_HINT })
  )
}

/** The fee column headed in 元 (the template: 万元). */
const FEES_IN_YUAN = /收费金额\((?:单位:)?元\)/
/** A unit of the cell's own ("251000元", "25.1万"): it says what the number is, whatever the header says. */
const OWN_UNIT = /[元万]/

/**
 * A money cell whose column header (or row label) gives another unit than the template's: its value is
 * converted to the template's unit, so reports compare, and a notice says so. The header reaches the row as
 * part of its carried label.
 */
function convertHeaderUnit(hit: RowHit, notes: () => string, sink: CellSink): void {
  if (hit.spec.key === 'fees' && FEES_IN_YUAN.test(hit.label))
    sink.rescale(
      'proactive.fees.amount',
      -4,
      '表二“行政事业性收费”：表头单位为“元”，与模板的“万元”不同，已按表头换算为万元',
      hit.line,
    )
  if (hit.spec.key === 'procurement') convertAmountUnit(hit, notes, sink)
}

const AMOUNT_ID = 'proactive.procurement.amountYuan'

/** A note under 表二 ("注：…", "说明：…", "单位：…"): it may name the amount's unit. */
const NOTE = /^(?:注|说明|备注|单位)/
/** How many lines after the procurement row may hold such a note. */
const NOTE_LINES = 3

/** The notes right under the procurement row, before `limit` (表三), as one compact text. */
function notesAfter(lines: DocumentLines, hit: RowHit, limit: number): string {
  let notes = ''
  for (let at = hit.line + 1; at < Math.min(limit, hit.line + 1 + NOTE_LINES); at++) {
    const compact = lines.compact(at)
    if (NOTE.test(compact)) notes += compact
  }
  return notes
}

/**
 * 2019's 采购总金额 in the unit its header, its row label or a note under it names (amountUnit.ts),
 * converted to 元.
 */
function convertAmountUnit(hit: RowHit, notesUnder: () => string, sink: CellSink): void {
  const notes = notesUnder()
  const unit = namedAmountUnit(hit.label + notes)
  if (unit === undefined) return
  // A cell with its own unit says what it is; the header does not override it. (Digits run together have none.)
  const at = hit.spec.cellIds.indexOf(AMOUNT_ID)
  const amount = hit.values?.kind === 'cells' && at >= 0 ? hit.values.tokens[at]?.raw : undefined
  if (amount !== undefined && OWN_UNIT.test(amount)) return
  if (unit === 'conflicting')
    sink.unread(
      AMOUNT_ID,
      '表二“政府集中采购”：表头、行标签或表下注释给出的采购总金额单位不一致，未填入数值',
      hit.line,
    )
  else if (unit.exponent !== 0)
    sink.rescale(
      AMOUNT_ID,
      unit.exponent,
      `表二“政府集中采购”：${namedAmountUnit(notes) === undefined ? '表头或行标签' : '表下注释'}注明采购总金额单位为“${unit.name}”，与模板的“元”不同，已换算为元`,
      hit.line,
    )
}

/** The header of 第二十条第（一）项 (规章, 规范性文件) in either template: its columns differ in meaning. */
const BLOCK_ONE_2021 = /本年制发|本年废止|现行有效/
const BLOCK_ONE_2019 = /本年新制作|本年新公开|对外公开总数/
const hasBlockOneHeader = (compact: string) => BLOCK_ONE_2021.test(compact) || BLOCK_ONE_2019.test(compact)
const BLOCK_ONE_HEADER_HINT = compactWordsHint(
  '本年制发',
  '本年废止',
  '现行有效',
  '本年新制作',
  '本年新公开',
  '对外公开总数',
)

/** The template 第二十条第（一）项's header line names, when it names one template's columns only. */
function blockOneVariant(lines: DocumentLines, start: number, limit: number): ProactiveVariant | undefined {
  const at = lines.find(start, hasBlockOneHeader, { to: limit, hint: BLOCK_ONE_HEADER_HINT })
  if (at === undefined) return undefined
  const header = lines.compact(at)
  const of2021 = BLOCK_ONE_2021.test(header)
  return of2021 === BLOCK_ONE_2019.test(header) ? undefined : of2021 ? '2021' : '2019'
}

/**
 * The variant 第二十条第（一）项's header names, as its rows' three numbers mean different things in the two
 * templates (本年废止件数 is no 本年新公开数量): a 2021 表二 with one block drawn in the 2019 way (行政许可 under
 * 上一年项目数量, 本年增/减, 处理决定数量) read its 规章 and 规范性文件 as the 2019 columns without a word; the
 * block drawn otherwise has another number of columns and is left unread with a notice. Without such a
 * header: 2019 when the table has a mark only the 2019 表二 has, unless it has the 2021 column headers and
 * no 2019 one: then the mark is a procurement block or a note about procurement under a 2021 table.
 */
function variantOf(lines: DocumentLines, start: number, limit: number): ProactiveVariant {
  const byBlockOne = blockOneVariant(lines, start, limit)
  if (byBlockOne !== undefined) return byBlockOne
  // Option literals of one shape: DocumentLines.find is hot, and a spread object made its reads slower.
  if (lines.find(start, hasMarkerOf2019, { to: limit, hint: PROACTIVE_2019_HINT }) === undefined)
    return '2021'
  if (lines.find(start, hasHeaderOf2021, { to: limit, hint: PROACTIVE_2021_HEADER_HINT }) === undefined)
    return '2019'
  return lines.find(start, hasHeaderOf2019, { to: limit, hint: PROACTIVE_2019_HEADER_HINT }) === undefined
    ? '2021'
    : '2019'
}

export function readProactiveTable(lines: DocumentLines, sink: CellSink): ProactiveResult {
  const start = findStart(lines)
  if (start === undefined) {
    sink.notice({
      code: 'table-missing',
      message: '未找到表二（主动公开政府信息情况），其数值未读取',
      cellIds: [...PROACTIVE_2021_IDS],
    })
    return { variant: undefined, end: 0 }
  }
  const limit = lines.find(start + 1, startsTableThree, { hint: TABLE_THREE_HINT }) ?? start + MAX_TABLE_LINES
  const variant = variantOf(lines, start, limit)
  const { hits, end } = readRowTable(lines, start, proactiveRowSpecs(variant), sink, {
    table: '表二',
    stopAt: (tokens) =>
      tokens.line >= limit ||
      (tokens.numberCount === 0 && lines.compactLongerThan(tokens.line, PROSE_LENGTH)),
    lastKey: variant === '2021' ? 'fees' : 'procurement',
    allowRuns: 'unstructured',
  })
  for (const hit of followHeaderOrder(lines, hits, sink)) {
    if (hit.values?.kind === 'run') decodeProactiveRun(hit, sink)
    else recordRow(hit, sink)
    convertHeaderUnit(hit, () => notesAfter(lines, hit, limit), sink)
  }
  return { variant, end: Math.min(end, limit) }
}

export function proactiveIds(variant: ProactiveVariant): readonly string[] {
  return variant === '2021' ? PROACTIVE_2021_IDS : PROACTIVE_2019_IDS
}
