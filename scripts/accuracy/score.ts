/**
 * How well one parsed report matches its ground truth. Pure: the accuracy command and its tests share it.
 *
 * - correct: an expected cell present with the expected value; for a cell the fixture lists as
 *   undecidable (`ambiguousCells`), being flagged ambiguous (with the true value among the candidates,
 *   when candidates are given) is the correct reading.
 * - wrong: present with another value. missing: absent (flagged: absent but named in an 'ambiguous' notice).
 * - invented: present although the expected report has no such cell, or an undecidable cell given a value
 *   with no 'ambiguous' notice (silently resolved, even when the guess happens to be right).
 */
import type { Notice, ParseOutcome } from '../../src/core/model/report'
import type { ExpectedReport } from '../fixtures/model'

export interface ReportScore {
  file: string
  /** The ingest outcome was ok. */
  read: boolean
  error?: string
  expectedCells: number
  correct: number
  wrong: number
  missing: number
  /** Among missing: cells the reader flagged ambiguous. */
  flagged: number
  invented: number
  agencyOk: boolean
  yearOk: boolean
  templateOk: boolean
  /** A few offending cell ids, for the reader of the table. */
  examples: string[]
}

/** Money keeps up to six decimals; parsing them through floats must not count as a different number. */
function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

function ambiguityNotices(notices: readonly Notice[]): Map<string, number[] | undefined> {
  const flagged = new Map<string, number[] | undefined>()
  for (const notice of notices) {
    if (notice.code !== 'ambiguous') continue
    for (const id of notice.cellIds ?? []) {
      const values = notice.candidates?.flatMap((candidate) =>
        id in candidate ? [candidate[id] ?? NaN] : [],
      )
      flagged.set(id, values !== undefined && values.length > 0 ? values : undefined)
    }
  }
  return flagged
}

const EXAMPLE_LIMIT = 4

export function scoreReport(
  expected: ExpectedReport,
  file: string,
  outcome: ParseOutcome | undefined,
): ReportScore {
  const expectedIds = Object.keys(expected.cells)
  const base: ReportScore = {
    file,
    read: false,
    expectedCells: expectedIds.length,
    correct: 0,
    wrong: 0,
    missing: 0,
    flagged: 0,
    invented: 0,
    agencyOk: false,
    yearOk: false,
    templateOk: false,
    examples: [],
  }
  if (outcome === undefined) return { ...base, missing: expectedIds.length, error: '没有对应的读取结果' }
  if (!outcome.ok)
    return { ...base, missing: expectedIds.length, error: `${outcome.error.code}: ${outcome.error.message}` }

  const report = outcome.report
  const flagged = ambiguityNotices(report.notices)
  const undecidable = new Set(expected.ambiguousCells ?? [])
  const score: ReportScore = {
    ...base,
    read: true,
    agencyOk: report.agency.replace(/\s/g, '') === expected.agency.replace(/\s/g, ''),
    yearOk: report.year === expected.year,
    templateOk: report.template === expected.template,
  }
  // Wrong and invented cells are worse than missing ones: they are listed first.
  const serious: string[] = []
  const minor: string[] = []
  const note = (id: string, what: string, isSerious = true): void => {
    ;(isSerious ? serious : minor).push(`${what} ${id}`)
  }
  if (!score.agencyOk) serious.push(`机关读作「${report.agency}」`)
  if (!score.yearOk) serious.push(`年度读作 ${report.year}`)
  if (!score.templateOk) serious.push(`模板读作 ${report.template}`)

  for (const id of expectedIds) {
    const truth = expected.cells[id] ?? NaN
    const cell = report.cells[id]
    const candidates = flagged.get(id)
    const isFlagged = flagged.has(id)
    if (undecidable.has(id)) {
      if (isFlagged && (candidates === undefined || candidates.some((v) => sameValue(v, truth))))
        score.correct++
      else if (cell !== undefined && !isFlagged) {
        score.invented++
        note(id, '擅自取值')
      } else {
        score.missing++
        note(id, '缺', false)
      }
      continue
    }
    if (cell === undefined) {
      score.missing++
      if (isFlagged) score.flagged++
      note(id, isFlagged ? '存疑' : '缺', false)
    } else if (sameValue(cell.value, truth)) score.correct++
    else {
      score.wrong++
      note(id, `错(${cell.value}≠${truth})`)
    }
  }
  for (const id of Object.keys(report.cells)) {
    if (!(id in expected.cells)) {
      score.invented++
      note(id, '多')
    }
  }
  score.examples = [...serious, ...minor].slice(0, EXAMPLE_LIMIT)
  return score
}

export interface TotalScore {
  files: number
  read: number
  expectedCells: number
  correct: number
  wrong: number
  missing: number
  flagged: number
  invented: number
  agencyOk: number
  yearOk: number
  templateOk: number
}

export function totalScore(scores: readonly ReportScore[]): TotalScore {
  const sum = (pick: (score: ReportScore) => number): number =>
    scores.reduce((total, s) => total + pick(s), 0)
  return {
    files: scores.length,
    read: sum((s) => (s.read ? 1 : 0)),
    expectedCells: sum((s) => s.expectedCells),
    correct: sum((s) => s.correct),
    wrong: sum((s) => s.wrong),
    missing: sum((s) => s.missing),
    flagged: sum((s) => s.flagged),
    invented: sum((s) => s.invented),
    agencyOk: sum((s) => (s.agencyOk ? 1 : 0)),
    yearOk: sum((s) => (s.yearOk ? 1 : 0)),
    templateOk: sum((s) => (s.templateOk ? 1 : 0)),
  }
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole
}

/** --strict passes only at 100 % of cells, no invented cell and every identity field right. */
export function isPerfect(total: TotalScore): boolean {
  return (
    total.correct === total.expectedCells &&
    total.invented === 0 &&
    total.agencyOk === total.files &&
    total.yearOk === total.files &&
    total.templateOk === total.files
  )
}
