import { describe, expect, it } from 'vitest'
import {
  buildDecisionsSeries,
  buildFeesSeries,
  buildTrendSeries,
  TREND_METRICS,
  type ChartData,
} from '../../../src/core/compare/chartSeries'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isBlankZero } from '../../../src/core/compare/blankZeroCells'
import { applyCorrection } from '../../../src/core/corrections'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { FIXTURES } from '../../helpers/expectedReports'
import { parsedSeedEntries } from '../store/expectedReports'
import { SHIFANQU } from './trustFixtures'

const flagged = (data: ChartData) => data.rows.filter((row) => row.corrected).map((row) => row.label)
const correctedNote = (data: ChartData) => data.notes.find((note) => note.kind === 'corrected')

describe('charts flag bars drawn with a corrected value', () => {
  const entries = parsedSeedEntries()
  const target = entries.find((entry) => entry.report.agency === SHIFANQU)
  if (!target) throw new Error('示范区 seed missing')
  const outcome = applyCorrection(
    target.id,
    target.report,
    'proactive.penalty.decisions',
    7,
    '2025-01-01T00:00:00Z',
  )
  if (!outcome.ok) throw new Error(outcome.error.message)
  const reports = entries.map((entry) => (entry === target ? outcome.report : entry.report))

  it('marks exactly the rows drawn from the corrected cell, and names them in a note that exports carry', () => {
    const decisions = buildDecisionsSeries(reports)
    expect(flagged(decisions)).toEqual([SHIFANQU])
    expect(correctedNote(decisions)?.reports).toEqual([SHIFANQU])
    expect(correctedNote(decisions)?.message).toContain('不是报告原文')
    const untouched = buildDecisionsSeries(entries.map((entry) => entry.report))
    expect(flagged(untouched)).toEqual([])
    expect(correctedNote(untouched)).toBeUndefined()
  })

  it('does not mark a chart whose cells were not corrected', () => {
    const fees = buildFeesSeries(reports)
    expect(flagged(fees)).toEqual([])
    expect(correctedNote(fees)).toBeUndefined()
  })

  it('marks a trend row when any of its years was corrected', () => {
    const metric = TREND_METRICS.find((candidate) => candidate.cellId === 'proactive.penalty.decisions')
    if (!metric) throw new Error('no 行政处罚 trend metric')
    const older = { ...target.report, year: 2022 }
    const trend = buildTrendSeries([...reports, older], metric)
    expect(flagged(trend)).toEqual([SHIFANQU])
    // The row spans 2022 and 2023; only the 2023 value is the user's, and the note says which.
    expect(correctedNote(trend)?.reports).toEqual([`${SHIFANQU} ${target.report.year}`])
  })

  it('names the agency and year of a blank counted as 0 in the trend, not the whole agency', () => {
    const metric = TREND_METRICS.find((candidate) => candidate.cellId === 'proactive.penalty.decisions')
    if (!metric) throw new Error('no 行政处罚 trend metric')
    const path = 'handmade/2021_one_row_other_handling.txt'
    const outcome = readReport(textToDocument(path, readFileSync(join(FIXTURES, path), 'utf8')))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const blank = outcome.report
    expect(isBlankZero(blank, metric.cellId)).toBe(true)
    // The same agency's previous year, its 行政处罚 written out (no blank-as-zero notice).
    const written = { ...blank, year: blank.year - 1, notices: [] }
    const trend = buildTrendSeries([written, blank], metric)
    expect(trend.notes.find((note) => note.kind === 'blank')?.reports).toEqual([
      `${blank.agency} ${blank.year}`,
    ])
  })
})
