/**
 * R-J: the report has all six sections of the template, section 五 says something, and a report that
 * collected 信息处理费 says so in 六 (KIROGOVCOMPARE's "存在收费但未在第六部分说明"). Evidence of a fee:
 * a sentence outside 六 that states a non-zero 信息处理费, or applications closed because the fee was
 * not paid (表三 其他处理·逾期未缴纳费用), which presupposes a fee notice.
 */
import type { CheckResult, Report } from '../model/report'
import { RULE_SEVERITY } from './ruleSeverity'
import { proseString, type CompactLines } from './proseText'
import { reportText, type ReportText } from './reportText'
import { SECTION_IDS, SECTION_TITLES, type ReportSections } from './sections'

/** Fewer meaningful characters than this is an empty section ("无。", a lone sub-heading). */
const MIN_SECTION_TEXT = 10

const FEE_COLLECTED =
  /(?<!未|没有|无|不|未曾)(收取|收缴|收到)[^。;]{0,20}?处理费[^。;]{0,12}?(\d+(?:\.\d+)?)(元|万元)/u
const FEE_MENTIONED = /处理费|收费|费用/u

function notice(ok: boolean, message: string, line?: number): CheckResult {
  const check: CheckResult = { rule: 'R-J', severity: RULE_SEVERITY['R-J'], ok, message, cellIds: [] }
  if (line !== undefined) check.line = line
  return check
}

function sectionChecks(sections: ReportSections): CheckResult[] {
  const missing = SECTION_IDS.filter((id) => sections[id] === undefined)
  if (missing.length === 0) return [notice(true, 'R-J 报告六个部分齐全')]
  return missing.map((id) =>
    notice(false, `R-J 未找到第${SECTION_TITLES[id].slice(0, 1)}部分“${SECTION_TITLES[id].slice(2)}”`),
  )
}

/**
 * Each match is one code point that counts as saying something: not a space, punctuation, a digit or
 * the numbering 一…十.
 */
const MEANINGFUL = /[^\s\p{P}\d一二三四五六七八九十]/gu

/**
 * At least MIN_SECTION_TEXT meaningful UTF-16 units, not all of them 无: what removing every other
 * character and testing the rest gives, without building the rest.
 */
function saysSomething(text: string): boolean {
  let length = 0
  let onlyNothing = true
  MEANINGFUL.lastIndex = 0
  for (let match = MEANINGFUL.exec(text); match !== null; match = MEANINGFUL.exec(text)) {
    length += match[0].length
    if (match[0] !== '无') onlyNothing = false
    if (length >= MIN_SECTION_TEXT && !onlyNothing) return true
  }
  return false
}

function problemsCheck(lines: CompactLines, sections: ReportSections): CheckResult[] {
  const span = sections.problems
  if (span === undefined) return []
  const empty = !saysSomething(proseString(lines, span.start, span.end))
  return [
    notice(
      !empty,
      empty
        ? 'R-J 第五部分“存在的主要问题及改进情况”没有内容'
        : 'R-J 第五部分“存在的主要问题及改进情况”有内容',
      span.heading,
    ),
  ]
}

/**
 * Whether FEE_COLLECTED can match the span's text at all. Its 处理费 lies within one compacted line (lines
 * are joined by a newline) and no character but 费 becomes 费 under NFKC (completeness.test.ts), so only
 * lines holding 费 need compacting to find out; most reports never state a fee. PDF lines are joined
 * without a break, so a word may straddle two of them: a span with PDF lines is always searched.
 */
function mayStateFee(lines: CompactLines, start: number, end: number): boolean {
  const sourceLines = lines.document.lines
  for (let index = start; index < end && index < sourceLines.length; index++) {
    const line = sourceLines[index]
    if (line === undefined) continue
    if (line.page !== undefined) return true
    if (line.text.includes('费') && lines.at(index).includes('处理费')) return true
  }
  return false
}

function feeEvidence(report: Pick<Report, 'document' | 'cells'>, text: ReportText) {
  const { sections, lines } = text
  const unpaid = report.cells['applications.otherHandling.unpaidFee.total']?.value ?? 0
  if (unpaid > 0) return `表三“申请人逾期未按收费通知要求缴纳费用”为 ${unpaid} 件`
  const other = sections.other
  const spans =
    other === undefined
      ? [[0, report.document.lines.length]]
      : [
          [0, other.heading],
          [other.end, report.document.lines.length],
        ]
  for (const [start = 0, end = 0] of spans) {
    if (!mayStateFee(lines, start, end)) continue
    const match = FEE_COLLECTED.exec(proseString(lines, start, end))
    if (match !== null && Number(match[2]) > 0) return `报告写明“${match[0]}”`
  }
  return undefined
}

function feeCheck(report: Pick<Report, 'document' | 'cells'>, text: ReportText): CheckResult[] {
  const evidence = feeEvidence(report, text)
  if (evidence === undefined) return [notice(true, 'R-J 未见收取信息处理费的记载')]
  const other = text.sections.other
  const said = other !== undefined && FEE_MENTIONED.test(proseString(text.lines, other.start, other.end))
  return [
    notice(
      said,
      said
        ? `R-J ${evidence}，第六部分已说明收费情况`
        : `R-J ${evidence}，但第六部分“其他需要报告的事项”未说明信息处理费的收取情况`,
      other?.heading,
    ),
  ]
}

/** `text`: the report's sections and lines when the caller already has them (runChecks). */
export function checkCompleteness(
  report: Pick<Report, 'document' | 'cells' | 'template'>,
  text?: ReportText,
): CheckResult[] {
  if (report.template === 'legacy') return []
  const shared = text ?? reportText(report.document)
  return [
    ...sectionChecks(shared.sections),
    ...problemsCheck(shared.lines, shared.sections),
    ...feeCheck(report, shared),
  ]
}
