/**
 * 内容雷同 (named as a fault by 国办公开办函〔2021〕30号): a report whose prose is largely the same, sentence
 * for sentence, as its agency's report of the year before, or as another agency's report of the same year.
 * An accusation of copying is serious, so only identical sentences count (after normalisation); short
 * sentences, table lines, the blank template's wording and sentences common to many agencies are left out,
 * and a report is named only when the sentences it shares are both many and most of its own.
 */
import type { ReportEntry } from '../checks/crossYear'
import { agencyIsFileName } from '../identity/agencyFromFileName'
import { agencyKeyer, type AgencyAliases } from '../identity/agencyName'
import { forEachSharingPair, indexSentences, type Candidate, type SentenceIndex } from './sentenceIndex'

/** Fewer shared sentences than this is a phrase or two in common, whatever the share. */
export const MIN_SHARED_SENTENCES = 8
/** The share of a report's compared sentences found in the other report from which it is named. */
const MIN_SHARED_SHARE = 0.5
/** Reports named per report, most similar first; the rest are only counted (see CopiedTextFindings). */
export const MAX_LISTED = 3
/** Shared sentences kept as evidence per finding. */
const MAX_EXAMPLES = 5

export type CopiedTextKind = 'previous-year' | 'other-agency'

const COPIED_TEXT_TITLES: Record<CopiedTextKind, string> = {
  'previous-year': '与上年报告文字雷同',
  'other-agency': '与其他机关报告文字雷同',
}

export interface SharedSentence {
  text: string
  /** 0-based line of the sentence in the report the finding is listed under. */
  line: number
  /** 0-based line of the sentence in the other report. */
  otherLine: number
}

export interface CopiedTextFinding {
  kind: CopiedTextKind
  /** The report the finding is listed under: the later one of two years, either one of one year. */
  reportId: string
  otherReportId: string
  otherAgency: string
  otherYear: number
  /** Sentences of this report found verbatim in the other. */
  shared: number
  /** This report's sentences that were compared (long enough, not template, not common). */
  sentences: number
  /** The first shared sentences, in this report's order. */
  examples: SharedSentence[]
  /** Chinese, for the user and the checking report's CSV. */
  message: string
}

export interface CopiedTextFindings {
  /** At most MAX_LISTED, the largest share first; at most one per other agency and year. */
  findings: CopiedTextFinding[]
  /** Further reports (one per agency and year) this one shares most of its text with, not listed. */
  unlisted: number
}

/** Of two reports sharing as much, last year's is named first. */
const KIND_ORDER: Record<CopiedTextKind, number> = { 'previous-year': 0, 'other-agency': 1 }

interface Match {
  kind: CopiedTextKind
  self: number
  other: number
  shared: number
}

function percent(shared: number, sentences: number): number {
  // Rounded down: the share shown is never more than the share found.
  return Math.floor((shared / sentences) * 100)
}

function messageOf(kind: CopiedTextKind, other: Candidate, shared: number, sentences: number): string {
  const { agency, year } = other.entry.report
  const whose = kind === 'previous-year' ? `本机关 ${year} 年报告` : `${agency} ${year} 年报告`
  return `${COPIED_TEXT_TITLES[kind]}：与${whose}有 ${shared} 句相同，占本报告计入比对的 ${sentences} 句的 ${percent(shared, sentences)}%`
}

/**
 * A report's problem counts with each listed copied-text finding added as a warning: how every view counts
 * them (the same object when there is none).
 */
export function withCopiedWarnings<Counts extends { warnings: number }>(
  counts: Counts,
  copied: CopiedTextFindings | undefined,
): Counts {
  const found = copied?.findings.length ?? 0
  return found === 0 ? counts : { ...counts, warnings: counts.warnings + found }
}

/** Said of the reports a report shares most of its text with beyond those listed (MAX_LISTED). */
export function unlistedMessage(unlisted: number): string {
  return `另有 ${unlisted} 份报告与本报告的大部分文字相同，未逐一列出`
}

function findingOf(match: Match, index: SentenceIndex): CopiedTextFinding | undefined {
  const self = index.candidates[match.self]
  const other = index.candidates[match.other]
  if (self === undefined || other === undefined) return undefined
  const otherLines = new Map<number, number>()
  other.ids.forEach((id, at) => otherLines.set(id, other.sentences[at]?.line ?? 0))
  const examples: SharedSentence[] = []
  self.ids.forEach((id, at) => {
    const otherLine = index.common[id] === true ? undefined : otherLines.get(id)
    const sentence = self.sentences[at]
    if (otherLine === undefined || sentence === undefined || examples.length >= MAX_EXAMPLES) return
    examples.push({ text: sentence.text, line: sentence.line, otherLine })
  })
  const sentences = index.counted[match.self] ?? 0
  return {
    kind: match.kind,
    reportId: self.entry.id,
    otherReportId: other.entry.id,
    otherAgency: other.entry.report.agency,
    otherYear: other.entry.report.year,
    shared: match.shared,
    sentences,
    examples,
    message: messageOf(match.kind, other, match.shared, sentences),
  }
}

/** The kind of copying a pair could show, or undefined for a pair never compared. */
function relation(a: Candidate, b: Candidate): CopiedTextKind | undefined {
  const yearGap = Math.abs(a.entry.report.year - b.entry.report.year)
  // Same agency and year: copies of one report (the dashboard's duplicates), not copying.
  if (a.agencyKey === b.agencyKey) return yearGap === 1 ? 'previous-year' : undefined
  return yearGap === 0 ? 'other-agency' : undefined
}

/**
 * Which side of a related pair is named: copying from last year is the later report's fault; between
 * agencies of one year either may have copied, so each one most of whose text is shared.
 */
function sidesOf(kind: CopiedTextKind, a: number, b: number, index: SentenceIndex): [number, number][] {
  if (kind === 'other-agency')
    return [
      [a, b],
      [b, a],
    ]
  const yearOf = (at: number) => index.candidates[at]?.entry.report.year ?? 0
  return yearOf(a) > yearOf(b) ? [[a, b]] : [[b, a]]
}

/**
 * One match per other agency and year: the copies of one report (its text and its PDF, the dashboard's
 * duplicates) are one report to have copied from, so a copy would otherwise be named, and counted as a
 * warning, once per file. The copy sharing the most is kept; of equal ones, the first loaded.
 */
function onePerOtherReport(list: readonly Match[], index: SentenceIndex): Match[] {
  const kept = new Map<number, Match>()
  for (const match of list) {
    const key = index.candidates[match.other]?.reportKey
    if (key === undefined) continue
    const best = kept.get(key)
    const better =
      best === undefined ||
      match.shared > best.shared ||
      (match.shared === best.shared && match.other < best.other)
    if (better) kept.set(key, match)
  }
  return [...kept.values()]
}

function isSubstantial(shared: number, compared: number): boolean {
  return shared >= MIN_SHARED_SENTENCES && compared > 0 && shared / compared >= MIN_SHARED_SHARE
}

/**
 * The copied-text findings of the loaded reports, by the id of the report each is listed under. A report
 * without a year, or whose agency is only its file's name (agencyIsFileName), is never compared: whose
 * text it is, is unknown.
 */
export function findCopiedText(
  entries: readonly ReportEntry[],
  aliases: AgencyAliases = {},
): Map<string, CopiedTextFindings> {
  const keyOf = agencyKeyer(aliases)
  const comparable = entries.filter((entry) => entry.report.year > 0 && !agencyIsFileName(entry.report))
  const index = indexSentences(comparable, keyOf)
  const matches = new Map<number, Match[]>()
  forEachSharingPair(index, MIN_SHARED_SENTENCES, (a, b, shared) => {
    const first = index.candidates[a]
    const second = index.candidates[b]
    const kind = first && second ? relation(first, second) : undefined
    if (kind === undefined) return
    for (const [self, other] of sidesOf(kind, a, b, index)) {
      if (!isSubstantial(shared, index.counted[self] ?? 0)) continue
      const list = matches.get(self)
      const match = { kind, self, other, shared }
      if (list) list.push(match)
      else matches.set(self, [match])
    }
  })
  const findings = new Map<string, CopiedTextFindings>()
  for (const [self, list] of matches) {
    const reports = onePerOtherReport(list, index)
    const listed = reports
      .sort((x, y) => y.shared - x.shared || KIND_ORDER[x.kind] - KIND_ORDER[y.kind])
      .slice(0, MAX_LISTED)
      .flatMap((match) => findingOf(match, index) ?? [])
    const id = index.candidates[self]?.entry.id
    if (id !== undefined) findings.set(id, { findings: listed, unlisted: reports.length - listed.length })
  }
  return findings
}
