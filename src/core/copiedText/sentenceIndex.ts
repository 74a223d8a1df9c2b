/**
 * The inverted index behind the copied-text check: each distinct sentence gets a number, and each number
 * lists the reports that write it. Pairs of reports sharing sentences are then counted from numbers, one
 * report at a time, so only reports that share something are ever paired (never all pairs).
 */
import type { ReportEntry } from '../checks/crossYear'
import { documentSentences } from './documentSentences'
import type { ReportSentence } from './reportSentences'

/** From this many agencies loaded, a sentence most of them write is the region's boilerplate. */
const MIN_AGENCIES_FOR_COMMON = 6
/** A sentence written by more than this share of the loaded agencies is boilerplate, not copying. */
const COMMON_SHARE = 1 / 3

export interface Candidate {
  entry: ReportEntry
  agencyKey: string
  /** The same number for every candidate of this agency and year (copies of one report), else another. */
  reportKey: number
  sentences: readonly ReportSentence[]
  /** The number of each of `sentences`, in their order. */
  ids: number[]
}

export interface SentenceIndex {
  candidates: Candidate[]
  /** holders[id]: the candidates writing sentence `id`, ascending. */
  holders: number[][]
  /** common[id]: written by more than COMMON_SHARE of the agencies (left out of every comparison). */
  common: boolean[]
  /** counted[i]: candidate i's sentences that are compared (not common). */
  counted: number[]
}

function candidatesOf(entries: readonly ReportEntry[], keyOf: (name: string) => string): Candidate[] {
  const ids = new Map<string, number>()
  const reportKeys = new Map<string, number>()
  return entries.map((entry) => {
    const agencyKey = keyOf(entry.report.agency)
    const agencyYear = `${agencyKey}|${entry.report.year}`
    let reportKey = reportKeys.get(agencyYear)
    if (reportKey === undefined) {
      reportKey = reportKeys.size
      reportKeys.set(agencyYear, reportKey)
    }
    const sentences = documentSentences(entry.report)
    const sentenceIds = sentences.map((sentence) => {
      let id = ids.get(sentence.text)
      if (id === undefined) {
        id = ids.size
        ids.set(sentence.text, id)
      }
      return id
    })
    return { entry, agencyKey, reportKey, sentences, ids: sentenceIds }
  })
}

function commonSentences(candidates: readonly Candidate[], holders: readonly number[][]): boolean[] {
  const common = new Array<boolean>(holders.length).fill(false)
  const agencies = new Set(candidates.map((candidate) => candidate.agencyKey)).size
  if (agencies < MIN_AGENCIES_FOR_COMMON) return common
  const limit = agencies * COMMON_SHARE
  holders.forEach((list, id) => {
    if (list.length <= limit) return
    // Counted by agency: an agency repeating its own sentence year after year does not make it common.
    const writers = new Set(list.map((at) => candidates[at]?.agencyKey))
    common[id] = writers.size > limit
  })
  return common
}

export function indexSentences(
  entries: readonly ReportEntry[],
  keyOf: (name: string) => string,
): SentenceIndex {
  const candidates = candidatesOf(entries, keyOf)
  const holders: number[][] = []
  candidates.forEach((candidate, at) => {
    for (const id of candidate.ids) (holders[id] ??= []).push(at)
  })
  const common = commonSentences(candidates, holders)
  const counted = candidates.map((candidate) => candidate.ids.filter((id) => common[id] !== true).length)
  return { candidates, holders, common, counted }
}

/**
 * Calls `visit(a, b, shared)` for every pair a < b of candidates sharing at least `minimum` compared
 * sentences. Per candidate a, a tally over the later candidates is filled from its sentences' holders and
 * cleared again, so the work is the number of (sentence, holder) pairs, not the number of report pairs.
 */
export function forEachSharingPair(
  index: SentenceIndex,
  minimum: number,
  visit: (a: number, b: number, shared: number) => void,
): void {
  const tally = new Int32Array(index.candidates.length)
  const touched: number[] = []
  index.candidates.forEach((candidate, a) => {
    for (const id of candidate.ids) {
      if (index.common[id] === true) continue
      const holders = index.holders[id] ?? []
      // Ascending: the later candidates are at the end.
      for (let at = holders.length - 1; at >= 0; at--) {
        const b = holders[at] ?? 0
        if (b <= a) break
        const before = tally[b] ?? 0
        tally[b] = before + 1
        if (before === 0) touched.push(b)
      }
    }
    for (const b of touched) {
      const shared = tally[b] ?? 0
      tally[b] = 0
      if (shared >= minimum) visit(a, b, shared)
    }
    touched.length = 0
  })
}
