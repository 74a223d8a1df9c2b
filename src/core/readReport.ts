/**
 * The report reader: a SourceDocument (from any reader) in, a Report or a typed error out. It never throws:
 * whatever goes wrong inside becomes a ParseError, so one bad file cannot stop a batch or the page.
 */
import { checkWithinReport } from './checks/withinReport'
import { cellLayout, type OtherHandlingVariant, type ProactiveVariant } from './model/ids'
import type {
  Notice,
  ParseError,
  ParseOutcome,
  Report,
  SourceDocument,
  Template,
  TableVariants,
} from './model/report'
import { readApplicationsTable } from './parse/applicationsTable'
import { readAppealsTable } from './parse/appealsTable'
import { CellSink } from './parse/cellSink'
import { describeCells } from './model/describeCells'
import { DocumentLines } from './parse/documentLines'
import { readIdentity, titleAboutAReport, type Identity } from './parse/identity'
import { readProactiveTable } from './parse/proactiveTable'
import { readScope } from './parse/scope'
import { documentGeneration } from './parse/template'
import { isWhitespace } from './text/characters'
import { joinedFacts } from './text/joinedLines'
import { quoted } from './text/quote'
import { readingDocument } from './text/readingDocument'
import { hasBadCharacter, isBadCharacter } from './text/textFacts'

/** The first year of the 2019 format (国办公开办函〔2019〕60号); earlier reports are legacy. */
const FIRST_MODERN_YEAR = 2019
const BINARY_SAMPLE = 4000
const BINARY_SHARE = 0.05

function failure(code: ParseError['code'], message: string): ParseOutcome {
  return { ok: false, error: { code, message } }
}

/** 'no-tables', saying so when the file is a page explaining a report (解读, 图解) rather than the report. */
function noTables(lines: DocumentLines): ParseOutcome {
  const about = titleAboutAReport(lines)
  if (about === undefined) return failure('no-tables', '未找到报告表格')
  return failure(
    'no-tables',
    `未找到报告表格：这是年报的解读或图解（第 ${about + 1} 行“${quoted(lines.compact(about))}”），不是年报本身，请导入年报原文`,
  )
}

/** Only whitespace (what String.prototype.trim removes), without allocating a trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false
  return true
}

/** The share of bad characters in the first BINARY_SAMPLE characters of the lines' text, joined. */
function looksBinary(lines: DocumentLines): boolean {
  // The whole text's facts settle the usual case: no bad character at all.
  if (!joinedFacts(lines.document.lines).hasBadCharacter) return false
  let length = 0
  let bad = 0
  for (const line of lines.document.lines) {
    const text = line.text
    const take = Math.min(text.length, BINARY_SAMPLE - length)
    // Lines without a bad character (nearly all) are not counted character by character.
    if (hasBadCharacter(text)) for (let i = 0; i < take; i++) if (isBadCharacter(text.charCodeAt(i))) bad++
    length += take
    if (length >= BINARY_SAMPLE) break
  }
  return length > 0 && bad / length > BINARY_SHARE
}

function legacyReport(
  document: SourceDocument,
  identity: Identity,
  year: number,
  lines: DocumentLines,
): Report {
  return {
    agency: identity.agency,
    year,
    template: 'legacy',
    scope: readScope(lines),
    tableVariants: {},
    cells: {},
    notices: identity.notices,
    checks: [],
    document,
  }
}

/** One 'cell-unread' notice per table for expected cells that nothing else has explained. */
function unreadNotices(
  expected: readonly string[],
  sink: CellSink,
  explained: ReadonlySet<string>,
): Notice[] {
  if (sink.readsExactly(expected)) return []
  const missing = expected.filter((id) => !sink.has(id) && !explained.has(id))
  const tables: [string, string][] = [
    ['proactive.', '表二'],
    ['applications.', '表三'],
    ['appeals.', '表四'],
  ]
  return tables.flatMap(([prefix, table]) => {
    const ids = missing.filter((id) => id.startsWith(prefix))
    if (ids.length === 0) return []
    const notice: Notice = {
      code: 'cell-unread',
      message: `${table}有 ${ids.length} 个单元格未能读取，未填入数值：${describeCells(ids)}`,
      cellIds: ids,
    }
    return [notice]
  })
}

function mixedTemplateNotice(
  proactive: ProactiveVariant | undefined,
  other: OtherHandlingVariant | undefined,
) {
  if (proactive === undefined || other === undefined) return []
  const expectedOther: OtherHandlingVariant = proactive === '2021' ? 'three-rows' : 'one-row'
  if (other === expectedOther) return []
  const notice: Notice = {
    code: 'template-mixed',
    message: `表二为 ${proactive} 年格式，但表三“（六）其他处理”为${other === 'one-row' ? '单行（2019 年格式）' : '三行（2021 年格式）'}，按各表实际格式读取`,
  }
  return [notice]
}

function readModern(document: SourceDocument, lines: DocumentLines, identity: Identity): ParseOutcome {
  const sink = new CellSink()
  const proactive = readProactiveTable(lines, sink)
  const applications = readApplicationsTable(lines, sink, proactive.end)
  if (!applications.found)
    sink.notice({
      code: 'table-missing',
      message: '未找到表三（收到和处理政府信息公开申请情况），其数值未读取',
    })
  readAppealsTable(lines, sink, applications.found ? applications.end : proactive.end)
  if (sink.isEmpty) return noTables(lines)
  // The blank official template, or a copy of it nobody filled in: no figure, no title, no year anywhere.
  if (sink.allBlank && !identity.fromTitle && identity.year === undefined)
    return failure('empty', '表格中没有填写任何数字，标题中也没有机关名称和年度，可能是未填写的空白模板')

  const year = identity.year ?? 0
  const template: Template =
    proactive.variant ?? (identity.year !== undefined && identity.year < 2021 ? '2019' : '2021')
  const otherHandling = applications.variant ?? (template === '2019' ? 'one-row' : 'three-rows')
  const tableVariants: TableVariants = { 'applications.otherHandling': otherHandling }
  if (proactive.variant !== undefined) tableVariants.proactive = proactive.variant

  const explained = new Set(
    sink.notices
      .filter((n) => n.code === 'cell-unread' || n.code === 'ambiguous' || n.code === 'table-missing')
      .flatMap((n) => n.cellIds ?? []),
  )
  const expected = cellLayout(template === '2019' ? '2019' : '2021', otherHandling)
  const notices = [
    ...identity.notices,
    ...sink.allNotices(describeCells),
    ...mixedTemplateNotice(proactive.variant, applications.variant),
    ...unreadNotices(expected, sink, explained),
  ]
  const report: Report = {
    agency: identity.agency,
    year,
    template,
    scope: readScope(lines),
    tableVariants,
    cells: sink.cells,
    notices,
    checks: [],
    document,
  }
  report.checks = checkWithinReport(report, sink.readCells)
  return { ok: true, report }
}

/** A report in traditional characters says so: its agency is shown in simplified characters, as it is read. */
function withScriptNotice(identity: Identity): Identity {
  const shown = identity.fromTitle ? `，机关名称显示为“${identity.agency}”` : ''
  const notice: Notice = {
    code: 'traditional-script',
    message: `报告含繁体字，表格标签和机关名称按对应的简体字识别${shown}`,
  }
  return { ...identity, notices: [...identity.notices, notice] }
}

function readOrFail(document: SourceDocument): ParseOutcome {
  if (document.lines.every((line) => isBlank(line.text))) return failure('empty', '文件中没有文字内容')
  const reading = readingDocument(document)
  const lines = new DocumentLines(reading)
  if (looksBinary(lines)) return failure('binary', '文件内容不是文字，可能是二进制文件或编码无法识别')
  const generation = documentGeneration(lines)
  const read = readIdentity(lines, document.name)
  const identity = reading === document ? read : withScriptNotice(read)
  if (generation === 'modern') return readModern(document, lines, identity)
  if (generation === 'legacy-looking' && identity.fromTitle && identity.year !== undefined) {
    if (identity.year < FIRST_MODERN_YEAR)
      return { ok: true, report: legacyReport(document, identity, identity.year, lines) }
    return noTables(lines)
  }
  return failure('not-a-report', '不是政府信息公开工作年度报告')
}

export function readReport(doc: SourceDocument): ParseOutcome {
  try {
    return readOrFail(doc)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return failure('corrupt', `读取报告时出错：${detail}`)
  }
}
