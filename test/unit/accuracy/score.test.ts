import { describe, expect, it } from 'vitest'
import type { Cell, Notice, ParseOutcome, Report } from '../../../src/core/model/report'
import { isPerfect, scoreReport, totalScore } from '../../../scripts/accuracy/score'
import type { ExpectedReport } from '../../../scripts/fixtures/model'

const expected: ExpectedReport = {
  file: 'a.txt',
  agency: '某县城市管理局',
  year: 2023,
  template: '2021',
  scope: 'agency',
  tableVariants: {},
  cells: { 'x.a': 1, 'x.b': 2, 'x.c': 3, 'proactive.fees.amount': 5949.088667 },
  notes: '',
}

function cell(value: number): Cell {
  return { value, source: { line: 0, column: 0, raw: String(value) } }
}

function outcome(
  cells: Record<string, number>,
  notices: Notice[] = [],
  agency = '某县城市管理局',
): ParseOutcome {
  const report: Report = {
    agency,
    year: 2023,
    template: '2021',
    scope: 'agency',
    tableVariants: {},
    cells: Object.fromEntries(Object.entries(cells).map(([id, v]) => [id, cell(v)])),
    notices,
    checks: [],
    document: { name: 'a.txt', kind: 'text', lines: [] },
  }
  return { ok: true, report }
}

describe('scoreReport', () => {
  it('counts correct, wrong, missing and invented cells and identity fields', () => {
    const score = scoreReport(
      expected,
      'a.txt',
      outcome(
        { 'x.a': 1, 'x.b': 7, 'proactive.fees.amount': 5949.088667, 'x.extra': 0 },
        [],
        '某县 城市管理局',
      ),
    )
    expect(score).toMatchObject({ read: true, correct: 2, wrong: 1, missing: 1, invented: 1, agencyOk: true })
    expect(score.examples[0]).toContain('x.b')
  })

  it('counts a failed read as every cell missing', () => {
    const failed: ParseOutcome = { ok: false, error: { code: 'unsupported', message: '暂不支持' } }
    const score = scoreReport(expected, 'a.pdf', failed)
    expect(score).toMatchObject({ read: false, correct: 0, missing: 4, invented: 0 })
    expect(score.error).toContain('unsupported')
  })

  it('counts a missing cell named in an ambiguous notice as flagged', () => {
    const notice: Notice = {
      code: 'ambiguous',
      message: '',
      cellIds: ['x.c'],
      candidates: [{ 'x.c': 3 }, { 'x.c': 30 }],
    }
    const score = scoreReport(
      expected,
      'a.txt',
      outcome({ 'x.a': 1, 'x.b': 2, 'proactive.fees.amount': 5949.088667 }, [notice]),
    )
    expect(score).toMatchObject({ correct: 3, missing: 1, flagged: 1 })
  })

  it('scores undecidable cells: flagged is right, a silent value is invented even when it is the truth', () => {
    const undecidable = { ...expected, ambiguousCells: ['x.c'] }
    const flagged: Notice = {
      code: 'ambiguous',
      message: '',
      cellIds: ['x.c'],
      candidates: [{ 'x.c': 3 }, { 'x.c': 12 }],
    }
    const all = { 'x.a': 1, 'x.b': 2, 'proactive.fees.amount': 5949.088667 }
    expect(scoreReport(undecidable, 'f', outcome(all, [flagged])).correct).toBe(4)
    expect(scoreReport(undecidable, 'f', outcome({ ...all, 'x.c': 3 })).invented).toBe(1)
    const wrongCandidates: Notice = { ...flagged, candidates: [{ 'x.c': 12 }] }
    expect(scoreReport(undecidable, 'f', outcome(all, [wrongCandidates])).missing).toBe(1)
  })

  it('totals scores and is perfect only at 100 % with nothing invented', () => {
    const good = scoreReport(
      expected,
      'a',
      outcome({ 'x.a': 1, 'x.b': 2, 'x.c': 3, 'proactive.fees.amount': 5949.088667 }),
    )
    expect(isPerfect(totalScore([good]))).toBe(true)
    const extra = scoreReport(
      expected,
      'b',
      outcome({ 'x.a': 1, 'x.b': 2, 'x.c': 3, 'proactive.fees.amount': 5949.088667, y: 1 }),
    )
    const total = totalScore([good, extra])
    expect(total).toMatchObject({ files: 2, read: 2, correct: 8, expectedCells: 8, invented: 1 })
    expect(isPerfect(total)).toBe(false)
  })
})
