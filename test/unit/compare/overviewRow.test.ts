import { describe, expect, it } from 'vitest'
import { figureOf, NOT_APPLICABLE, NOT_COMPARABLE, UNREAD } from '../../../src/core/compare/figure'
import { toOverviewRow } from '../../../src/core/compare/overviewRow'
import type { Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectedSeeds, withoutCells } from './expectedSeeds'

const seeds = expectedSeeds()

function seed(agency: string): { report: Report; cells: Record<string, number> } {
  const found = seeds.find((s) => s.report.agency === agency)
  if (!found) throw new Error(`seed ${agency} missing`)
  return found
}

function sumTotals(cells: Record<string, number>, prefix: string): number {
  return Object.entries(cells)
    .filter(([id]) => id.startsWith(prefix) && id.endsWith('.total'))
    .reduce((sum, [, value]) => sum + value, 0)
}

describe('toOverviewRow on the five seeds (ground truth)', () => {
  it.each(seeds.map((s) => [s.report.agency, s] as const))(
    '%s: every column from its cells',
    (_, { report, cells }) => {
      const row = toOverviewRow(report)
      const value = (id: string) => figureOf(cells[id] ?? Number.NaN)
      expect(row.figures.licensing).toEqual(value('proactive.licensing.decisions'))
      expect(row.figures.penalty).toEqual(value('proactive.penalty.decisions'))
      expect(row.figures.enforcement).toEqual(value('proactive.enforcement.decisions'))
      expect(row.figures.fees).toEqual(value('proactive.fees.amount'))
      expect(row.figures.received).toEqual(value('applications.received.total'))
      expect(row.figures.granted).toEqual(value('applications.granted.total'))
      expect(row.figures.partlyGranted).toEqual(value('applications.partlyGranted.total'))
      expect(row.figures.refused).toEqual(figureOf(sumTotals(cells, 'applications.refused.')))
      expect(row.figures.unavailable).toEqual(figureOf(sumTotals(cells, 'applications.unavailable.')))
      expect(row.figures.notProcessed).toEqual(figureOf(sumTotals(cells, 'applications.notProcessed.')))
      expect(row.figures.otherHandling).toEqual(figureOf(sumTotals(cells, 'applications.otherHandling.')))
      expect(row.figures.reconsideration).toEqual(value('appeals.reconsideration.total'))
    },
  )

  it('新乡县城市管理局 2023 keeps its decisions and its fee with all decimals', () => {
    const row = toOverviewRow(seed('新乡县城市管理局').report)
    expect(row.year).toBe(2023)
    expect(row.figures.licensing).toEqual(figureOf(67))
    expect(row.figures.penalty).toEqual(figureOf(6))
    expect(row.figures.enforcement).toEqual(figureOf(1))
    expect(row.figures.fees).toEqual(figureOf(2221.9632))
  })

  it('城乡一体化示范区党政办公室 2023: 51 applications, rate 8/51, litigation 1', () => {
    const row = toOverviewRow(seed('城乡一体化示范区党政办公室').report)
    expect(row.figures.received).toEqual(figureOf(51))
    expect(row.figures.disclosureRate).toEqual(figureOf(8 / 51))
    expect(row.disclosureRateSmallSample).toBe(false)
    expect(row.figures.litigation).toEqual(figureOf(1))
  })

  it('no rate when nothing was concluded (0/0 is not a finding)', () => {
    expect(toOverviewRow(seed('新乡县城市管理局').report).figures.disclosureRate).toEqual(NOT_APPLICABLE)
  })
})

describe('toOverviewRow on the seeds as the parser reads them', () => {
  it.each(seeds.map((s) => [s.report.document.name, s.report] as const))(
    '%s gives the same row as its ground truth',
    (fileName, expected) => {
      const text = readFileSync(join(import.meta.dirname, '../../fixtures/seeds', fileName), 'utf-8')
      const outcome = readReport(textToDocument(fileName, text))
      if (!outcome.ok) throw new Error(`${fileName}: ${outcome.error.code} ${outcome.error.message}`)
      const parsed = toOverviewRow(outcome.report)
      expect(parsed.figures).toEqual(toOverviewRow(expected).figures)
      expect([parsed.agency, parsed.year]).toEqual([expected.agency, expected.year])
    },
  )
})

describe('toOverviewRow edge cases', () => {
  const base = seed('城乡一体化示范区党政办公室').report

  it('a missing cell is unread, never 0, and poisons the sums it is part of', () => {
    const row = toOverviewRow(
      withoutCells(base, ['proactive.licensing.decisions', 'applications.refused.thirdParty.total']),
    )
    expect(row.figures.licensing).toEqual(UNREAD)
    expect(row.figures.refused).toEqual(UNREAD)
    expect(row.figures.granted).toEqual(figureOf(8))
  })

  it('flags a rate whose denominator is under 30 as small-sample', () => {
    const cells = { ...base.cells }
    cells['applications.total.total'] = { value: 10, source: { line: 0, column: 0, raw: '10' } }
    const row = toOverviewRow({ ...base, cells })
    expect(row.figures.disclosureRate).toEqual(figureOf(0.8))
    expect(row.disclosureRateSmallSample).toBe(true)
  })

  it('a 2019 report has no money fee column (its fee row counts items)', () => {
    const report: Report = { ...base, template: '2019', tableVariants: { proactive: '2019' } }
    expect(toOverviewRow(report).figures.fees).toEqual(NOT_APPLICABLE)
  })

  it('the one-row （六）其他处理 variant is summed from its single row', () => {
    const cells = { ...base.cells }
    for (const id of Object.keys(cells)) if (id.startsWith('applications.otherHandling.')) delete cells[id]
    cells['applications.otherHandling.all.total'] = { value: 4, source: { line: 0, column: 0, raw: '4' } }
    const report: Report = { ...base, cells, tableVariants: { 'applications.otherHandling': 'one-row' } }
    expect(toOverviewRow(report).figures.otherHandling).toEqual(figureOf(4))
  })

  it('a legacy report shows 格式不可比 in every number column', () => {
    const row = toOverviewRow({ ...base, template: 'legacy', cells: {} })
    expect(Object.values(row.figures).every((figure) => figure === NOT_COMPARABLE)).toBe(true)
  })

  it('counts failed checks by severity', () => {
    const report: Report = {
      ...base,
      checks: [
        { rule: 'R-A', severity: 'error', ok: false, message: '', cellIds: [] },
        { rule: 'R-B', severity: 'error', ok: true, message: '', cellIds: [] },
        { rule: 'R-F', severity: 'warning', ok: false, message: '', cellIds: [] },
        { rule: 'R-J', severity: 'notice', ok: false, message: '', cellIds: [] },
        { rule: 'R-G', severity: 'notice', ok: true, message: '', cellIds: [] },
      ],
    }
    expect(toOverviewRow(report).checks).toEqual({
      errors: 1,
      warnings: 1,
      notices: 1,
      unreadCells: 0,
      identityGuessed: false,
      tablesLeft: [],
    })
  })

  it('counts the cells a notice says are unread and still empty, and a guessed identity', () => {
    const cells = { ...base.cells }
    delete cells['applications.received.natural']
    const report: Report = {
      ...base,
      cells,
      notices: [
        {
          code: 'cell-unread',
          message: '',
          // One still missing; one entered since (it has a value again).
          cellIds: ['applications.received.natural', 'applications.received.total'],
        },
        { code: 'identity-guessed', message: '' },
      ],
    }
    const { unreadCells, identityGuessed } = toOverviewRow(report).checks
    expect({ unreadCells, identityGuessed }).toEqual({ unreadCells: 1, identityGuessed: true })
    expect(toOverviewRow({ ...base, year: 0 }).checks.identityGuessed).toBe(true)
  })
})
