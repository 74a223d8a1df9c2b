/**
 * The six sections of a report (国办公开办函〔2021〕30号), found by heading text rather than number:
 * agencies renumber them (Shanghai puts extra sections first) and wrap them in markdown or bold.
 */
import type { SourceDocument, SourceLine } from '../model/report'
import { compactFast } from '../text/fastNormalize'
import { joinedLines, lineAtOffset } from '../text/joinedLines'

export const SECTION_IDS = ['overview', 'proactive', 'applications', 'appeals', 'problems', 'other'] as const
export type SectionId = (typeof SECTION_IDS)[number]

export const SECTION_TITLES: Record<SectionId, string> = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
}

/** Headings are short lines; a paragraph that opens with "（一）主动公开情况。…" is not one. */
const MAX_HEADING_LENGTH = 40

/** Optional markdown marks and a top-level Chinese numeral ("一、", "五."); sub-numbering "（一）" is not allowed. */
const HEADING_PREFIX = /^[#*]*[一二三四五六七八九十]{0,2}[、.,]?/u

/**
 * Each section's heading, matched against the compact line without its numbering (HEADING_PREFIX), and
 * what a title the pattern matches must have: its last character among `endsIn`, or the word `contains`
 * when the pattern is open at the end. That need is tested first (most lines looked at are table rows
 * ending in a number), so it must stay true to the pattern: written next to it, and checked against every
 * line of every fixture in sections.test.ts.
 */
type HeadingRule = { pattern: RegExp } & ({ endsIn: string } | { contains: string })

export const HEADING_RULES: Record<SectionId, HeadingRule> = {
  overview: { pattern: /^(总体情况|总体概况|概述|基本情况)$/u, endsIn: '况述' },
  proactive: { pattern: /^主动公开(政府信息)?(工作)?的?情况$/u, endsIn: '况' },
  applications: {
    pattern: /^(收到和处理政府信息公开申请的?情况|依申请公开(政府信息)?(工作)?的?情况)$/u,
    endsIn: '况',
  },
  appeals: { pattern: /^(因|政府信息公开)?.*行政法?复议.*诉讼.*情况$/u, endsIn: '况' },
  problems: { pattern: /^.*存在的?主要问题.*$/u, contains: '主要问题' },
  other: { pattern: /^其他需要报告的事项$/u, endsIn: '项' },
}

/** Whether `compact` has what the rule's pattern needs (HeadingRule), without running the pattern. */
export function mayMatchHeading(rule: HeadingRule, compact: string): boolean {
  if ('contains' in rule) return compact.includes(rule.contains)
  return compact.length > 0 && rule.endsIn.includes(compact.charAt(compact.length - 1))
}

export interface SectionSpan {
  /** 0-based line of the heading. */
  heading: number
  /** First line after the heading. */
  start: number
  /** Line after the section's last line. */
  end: number
}

export type ReportSections = Partial<Record<SectionId, SectionSpan>>

/**
 * Every heading rule needs one of 况 (情况), 述 (概述), 问 (问题) or 项 (事项), and only U+FA71 and
 * U+2F81B become one of them under NFKC (both checked in sections.test.ts). Every line of every report is
 * looked at, most are table rows, and this search spares them the normalisation.
 */
export const HEADING_CHARACTERS = /[况述问项\ufa71\u{2f81b}]/u
const HEADING_CHARACTER_SEARCH = new RegExp(HEADING_CHARACTERS.source, 'gu')
/**
 * More CJK ideographs than a heading can have. NFKC leaves U+4E00..U+9FFF alone and compaction keeps
 * them, so such a line (a paragraph mentioning 情况) is no heading, and needs no normalising to tell.
 */
const TOO_MANY_IDEOGRAPHS = new RegExp(
  `^(?:[^\\u4e00-\\u9fff]*[\\u4e00-\\u9fff]){${MAX_HEADING_LENGTH + 1}}`,
  'u',
)
const TRAILING_MARKS = /[*#]+$/u

function endsWithMark(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0x2a || last === 0x23
}

/** The section a line holding a HEADING_CHARACTERS character is the heading of, if any. */
function headingOf(text: string): SectionId | undefined {
  if (text.length > MAX_HEADING_LENGTH && TOO_MANY_IDEOGRAPHS.test(text)) return undefined
  let compact = compactFast(text)
  if (endsWithMark(compact)) compact = compact.replace(TRAILING_MARKS, '')
  if (compact.length === 0 || compact.length > MAX_HEADING_LENGTH) return undefined
  let title: string | undefined
  return SECTION_IDS.find((id) => {
    const rule = HEADING_RULES[id]
    if (!mayMatchHeading(rule, compact)) return false
    title ??= compact.replace(HEADING_PREFIX, '')
    return rule.pattern.test(title)
  })
}

/**
 * The lines holding a HEADING_CHARACTERS character, by one search over the joined text instead of one
 * regex call per line (a newline is not one of the characters, so a match never spans two lines).
 */
function candidateLines(lines: readonly Pick<SourceLine, 'text'>[]): number[] {
  const joined = joinedLines(lines)
  const candidates: number[] = []
  let line = 0
  HEADING_CHARACTER_SEARCH.lastIndex = 0
  for (
    let match = HEADING_CHARACTER_SEARCH.exec(joined.text);
    match !== null;
    match = HEADING_CHARACTER_SEARCH.exec(joined.text)
  ) {
    line = lineAtOffset(joined, match.index, line)
    candidates.push(line)
    // On from the next line: one hit is enough to make a line a candidate.
    HEADING_CHARACTER_SEARCH.lastIndex = joined.starts[line + 1] ?? joined.text.length
  }
  return candidates
}

/** The first heading of each section; a section runs to the next heading found, or to the end. */
export function findSections(document: Pick<SourceDocument, 'lines'>): ReportSections {
  const headings: { id: SectionId; line: number }[] = []
  for (const index of candidateLines(document.lines)) {
    const id = headingOf(document.lines[index]?.text ?? '')
    if (id !== undefined && !headings.some((found) => found.id === id)) headings.push({ id, line: index })
  }
  const sections: ReportSections = {}
  for (const { id, line } of headings) {
    const later = headings.filter((other) => other.line > line).map((other) => other.line)
    const end = later.length > 0 ? Math.min(...later) : document.lines.length
    sections[id] = { heading: line, start: line + 1, end }
  }
  return sections
}
