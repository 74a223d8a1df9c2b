import { describe, expect, it } from 'vitest'
import { compareReports } from '../../../src/core/compare/comparisonGrid'
import { figureOf, NOT_APPLICABLE } from '../../../src/core/compare/figure'
import type { Report } from '../../../src/core/model/report'
import { expectedSeeds } from './expectedSeeds'

const seeds = expectedSeeds()
const [xinxiang, chengxiang] = seeds.map((s) => s.report)

function grids(reports: Report[]) {
  const [proactive, applications, appeals] = compareReports(reports)
  if (!proactive || !applications || !appeals) throw new Error('three grids expected')
  return { proactive, applications, appeals }
}

describe('compareReports', () => {
  if (!xinxiang || !chengxiang) throw new Error('seeds missing')

  it('表三 has 25 rows × 7 columns per report, 表四 3 × 5, 表二 the 10 cells of the 2021 template', () => {
    const { proactive, applications, appeals } = grids([xinxiang, chengxiang])
    expect(applications.rows).toHaveLength(25)
    expect(applications.columns.map((c) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ])
    expect(applications.rows.every((row) => row.cells.length === 2 && row.cells[0]?.length === 7)).toBe(true)
    expect(appeals.rows.map((r) => r.label)).toEqual([
      '行政复议',
      '行政诉讼 · 未经复议直接起诉',
      '行政诉讼 · 复议后起诉',
    ])
    expect(appeals.columns).toHaveLength(5)
    expect(proactive.rows).toHaveLength(10)
  })

  it('marks differing cells in every report block, and equal cells in none', () => {
    const { proactive, applications } = grids([xinxiang, chengxiang])
    const licensing = proactive.rows.find((r) => r.key === 'proactive.licensing.decisions')
    expect(licensing?.cells.map((block) => block[0])).toEqual([
      { cellId: 'proactive.licensing.decisions', figure: figureOf(67), differs: true },
      { cellId: 'proactive.licensing.decisions', figure: figureOf(0), differs: true },
    ])
    const rules = proactive.rows.find((r) => r.key === 'proactive.rules.issued')
    expect(rules?.cells.every((block) => block[0]?.differs === false)).toBe(true)
    const received = applications.rows.find((r) => r.key === 'received')
    expect(received?.label).toBe('一、本年新收政府信息公开申请数量')
    expect(received?.cells[1]?.[6]).toEqual({
      cellId: 'applications.received.total',
      figure: figureOf(51),
      differs: true,
    })
  })

  it('with the five seeds, marks only the report that differs from the majority, and the row as differing', () => {
    const id = 'proactive.normativeDocs.issued'
    const values = seeds.map((seed) => seed.cells[id])
    const majority = values.filter((value) => value === 0).length
    // Ground truth: 中牟县 issued 2 normative documents, the other four seeds none.
    expect(majority).toBe(4)
    const { proactive } = grids(seeds.map((seed) => seed.report))
    const row = proactive.rows.find((r) => r.key === id)
    expect(row?.differs).toBe(true)
    expect(row?.differences).toEqual([{ kind: 'majority', value: 0, count: majority, voters: seeds.length }])
    expect(row?.cells.map((block) => block[0]?.differs)).toEqual(values.map((value) => value !== 0))
    const rules = proactive.rows.find((r) => r.key === 'proactive.rules.issued')
    expect(rules?.differs).toBe(false)
  })

  it('adds the single （六）其他处理 row for a one-row report; the other report shows it as not applicable', () => {
    const cells = { ...chengxiang.cells }
    for (const id of Object.keys(cells)) if (id.startsWith('applications.otherHandling.')) delete cells[id]
    cells['applications.otherHandling.all.total'] = { value: 0, source: { line: 0, column: 0, raw: '0' } }
    const oneRow: Report = {
      ...chengxiang,
      cells,
      tableVariants: { 'applications.otherHandling': 'one-row' },
    }
    const { applications } = grids([xinxiang, oneRow])
    expect(applications.rows).toHaveLength(26)
    const all = applications.rows.find((r) => r.key === 'otherHandling.all')
    expect(all?.cells[0]?.[6]?.figure).toEqual(NOT_APPLICABLE)
    expect(all?.cells[1]?.[6]?.figure).toEqual(figureOf(0))
    const split = applications.rows.find((r) => r.key === 'otherHandling.other')
    expect(split?.cells[1]?.[6]?.figure).toEqual(NOT_APPLICABLE)
  })

  it('shows 2019 表二 rows next to 2021 ones; only the shared decisions compare', () => {
    const old: Report = {
      ...chengxiang,
      template: '2019',
      tableVariants: { proactive: '2019' },
      cells: {
        ...chengxiang.cells,
        'proactive.fees.lastYearItems': { value: 3, source: { line: 0, column: 0, raw: '3' } },
      },
    }
    const { proactive } = grids([xinxiang, old])
    const feeItems = proactive.rows.find((r) => r.key === 'proactive.fees.lastYearItems')
    expect(feeItems?.cells[0]?.[0]?.figure).toEqual(NOT_APPLICABLE)
    expect(feeItems?.cells[1]?.[0]?.figure).toEqual(figureOf(3))
    const feeAmount = proactive.rows.find((r) => r.key === 'proactive.fees.amount')
    expect(feeAmount?.cells[1]?.[0]?.figure).toEqual(NOT_APPLICABLE)
    expect(feeAmount?.cells[0]?.[0]?.differs).toBe(false)
  })
})
