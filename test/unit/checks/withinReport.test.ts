import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkWithinReport } from '../../../src/core/checks/withinReport'
import type { Cell, Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'

const SEED = join(__dirname, '../../fixtures/seeds/001_cad4fa3e014eb2f3.txt')

function seedReport(): Report {
  const outcome = readReport(textToDocument('001.txt', readFileSync(SEED, 'utf8')))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.report
}

function withValue(report: Report, id: string, value: number): Report {
  const cell = report.cells[id]
  if (cell === undefined) throw new Error(`no cell ${id}`)
  const changed: Cell = { ...cell, value }
  return { ...report, cells: { ...report.cells, [id]: changed } }
}

const failures = (report: Report) => checkWithinReport(report).filter((check) => !check.ok)

describe('checkWithinReport', () => {
  it('gives one passing result per column (R-A, R-C), row (R-B) and group (R-D) on a consistent seed', () => {
    const checks = checkWithinReport(seedReport())
    const count = (rule: string) => checks.filter((check) => check.rule === rule).length
    expect([count('R-A'), count('R-B'), count('R-C'), count('R-D'), count('R-E')]).toEqual([7, 25, 7, 3, 1])
    expect(checks.every((check) => check.ok)).toBe(true)
  })

  it('R-A and R-C fail for the 自然人 column when its 总计 changes, naming both sides', () => {
    const failed = failures(withValue(seedReport(), 'applications.total.natural', 50))
    const rules = failed.map((check) => check.rule)
    expect(rules).toContain('R-A')
    expect(rules).toContain('R-C')
    const carry = failed.find((check) => check.rule === 'R-A')
    expect(carry?.message).toBe(
      'R-A 自然人列：新收 51 件加上年结转 0 件，共 51 件，而办理结果总计 50 件加结转下年度 0 件，共 50 件，两者不一致',
    )
    expect(carry?.cellIds).toContain('applications.total.natural')
    expect([carry?.lhs, carry?.rhs]).toEqual([51, 50])
  })

  it('R-B fails for exactly the row whose 总计 no longer adds up', () => {
    const failed = failures(withValue(seedReport(), 'applications.notProcessed.duplicate.total', 9))
    const rowChecks = failed.filter((check) => check.rule === 'R-B')
    expect(rowChecks).toHaveLength(1)
    expect(rowChecks[0]?.message).toContain('不予处理·重复申请行')
    expect(rowChecks[0]?.message).toContain('而总计栏为 9 件')
  })

  it('R-D fails for the 行政诉讼（未经复议直接起诉） group only', () => {
    const failed = failures(withValue(seedReport(), 'appeals.litigationDirect.total', 0))
    expect(failed.map((check) => check.rule)).toEqual(['R-D'])
    expect(failed[0]?.message).toBe(
      'R-D 行政诉讼（未经复议直接起诉）：结果维持 0 件、结果纠正 1 件、其他结果 0 件、尚未审结 0 件，合计 1 件，而总计栏为 0 件，两者不一致',
    )
  })

  it('R-E fails for a negative count and a fractional count, not for a 2019 本年增/减', () => {
    const report = withValue(
      withValue(seedReport(), 'proactive.licensing.decisions', -1),
      'appeals.reconsideration.other',
      0.5,
    )
    const domain = failures(report).filter((check) => check.rule === 'R-E')
    expect(domain.map((check) => check.cellIds)).toEqual([
      ['proactive.licensing.decisions'],
      ['appeals.reconsideration.other'],
    ])
    const signed: Report = {
      ...seedReport(),
      cells: { 'proactive.licensing.change': { value: -3, source: { line: 0, column: 0, raw: '-3' } } },
    }
    expect(failures(signed)).toEqual([])
  })

  it('does not evaluate a rule with an unread cell, and never for a legacy report', () => {
    const report = seedReport()
    const cells = { ...report.cells }
    delete cells['applications.received.natural']
    const checks = checkWithinReport({ ...report, cells })
    expect(checks.filter((check) => check.rule === 'R-A')).toHaveLength(6)
    expect(checks.filter((check) => check.rule === 'R-B')).toHaveLength(24)
    expect(checkWithinReport({ ...report, template: 'legacy' })).toEqual([])
  })

  it('writes the same messages for all-zero equations (built once) as for any other', () => {
    const report = seedReport()
    const cells = Object.fromEntries(
      Object.entries(report.cells).map(([id, cell]) => [id, { ...cell, value: 0 }]),
    )
    const messages = checkWithinReport({ ...report, cells }).map((check) => check.message)
    expect(messages).toContain(
      'R-A 自然人列：新收 0 件加上年结转 0 件，共 0 件，办理结果总计 0 件加结转下年度 0 件，共 0 件，两者一致',
    )
    expect(messages).toContain(
      'R-B 新收行：自然人 0 件、商业企业 0 件、科研机构 0 件、社会公益组织 0 件、法律服务机构 0 件、其他 0 件，合计 0 件，总计栏为 0 件，两者一致',
    )
    expect(messages).toContain('R-C 自然人列：各项办理结果均为 0 件，办理结果总计为 0 件，两者一致')
    expect(messages).toContain(
      'R-D 行政复议：结果维持 0 件、结果纠正 0 件、其他结果 0 件、尚未审结 0 件，合计 0 件，总计栏为 0 件，两者一致',
    )
  })

  it('writes parts that cancel out in full, though their sum and total are 0', () => {
    const report = withValue(
      withValue(
        withValue(seedReport(), 'applications.received.natural', 2),
        'applications.received.legal',
        -2,
      ),
      'applications.received.total',
      0,
    )
    const row = checkWithinReport(report).find((check) => check.message.startsWith('R-B 新收行'))
    expect(row?.message).toBe(
      'R-B 新收行：自然人 2 件、商业企业 0 件、科研机构 0 件、社会公益组织 0 件、法律服务机构 -2 件、其他 0 件，合计 0 件，总计栏为 0 件，两者一致',
    )
  })
})
