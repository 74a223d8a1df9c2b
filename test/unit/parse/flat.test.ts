/**
 * Page text whose table cells ran together (test/fixtures/generated/flat): every file against its ground
 * truth, and the gaps it exposed (breadcrumbs in the agency, digits after a closing quote, 表二 runs, the
 * （六）其他处理 variant when its label is unreadable).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../../src/core/model/report'
import { splitCells } from '../../../src/core/parse/runTogether'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'

const FLAT = join(__dirname, '../../fixtures/generated/flat')

interface Expected {
  agency: string
  year: number
  template: string
  cells: Record<string, number>
  ambiguousCells?: string[]
}

const files = readdirSync(FLAT)
  .filter((file) => file.endsWith('.txt'))
  .sort()

function read(name: string, text: string): Report {
  const outcome = readReport(textToDocument(name, text))
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code} ${outcome.error.message}`)
  return outcome.report
}

function expected(file: string): Expected {
  return JSON.parse(readFileSync(join(FLAT, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected
}

describe('flattened page text against its ground truth', () => {
  it('has the six flat fixtures', () => {
    expect(files).toHaveLength(6)
  })

  it.each(files)('%s: identity, every cell, nothing invented', (file) => {
    const report = read(file, readFileSync(join(FLAT, file), 'utf8'))
    const truth = expected(file)
    expect(report.agency).toBe(truth.agency)
    expect(report.year).toBe(truth.year)
    expect(report.template).toBe(truth.template)
    const undecidable = new Set(truth.ambiguousCells ?? [])
    for (const [id, value] of Object.entries(truth.cells)) {
      if (undecidable.has(id)) expect(report.cells[id], id).toBeUndefined()
      else expect(report.cells[id]?.value, id).toBe(value)
    }
    for (const id of Object.keys(report.cells)) expect(Object.keys(truth.cells), id).toContain(id)
    expect(report.checks.filter((check) => !check.ok)).toEqual([])
  })

  it('marks the undecidable 表二 run ambiguous with the true reading among its candidates', () => {
    const file = files.find((name) => name.startsWith('002_'))
    if (file === undefined) throw new Error('fixture 002 missing')
    const report = read(file, readFileSync(join(FLAT, file), 'utf8'))
    const truth = expected(file)
    const ambiguous = report.notices.find((n) => n.code === 'ambiguous')
    expect(ambiguous?.cellIds).toEqual(truth.ambiguousCells)
    const trueReading = Object.fromEntries((truth.ambiguousCells ?? []).map((id) => [id, truth.cells[id]]))
    expect(ambiguous?.candidates).toContainEqual(trueReading)
    expect(ambiguous?.candidates).toHaveLength(3)
  })
})

const T = '\t'
const zeros = (n: number) => Array.from({ length: n }, () => '0').join(T)

describe('the gaps of flattened text', () => {
  it('takes the agency from the title, not from a breadcrumb above a title broken over two lines', () => {
    const text = [
      '首页 > 政务公开 > 政府信息公开年报',
      '新乡县城市管理局',
      '2023年政府信息公开工作年度报告',
      '第二十条第（一）项',
      `规章${T}0${T}0${T}0`,
    ].join('\n')
    const report = read('t.txt', text)
    expect(report.agency).toBe('新乡县城市管理局')
    expect(report.year).toBe(2023)
  })

  it('reads digits that follow a closing quote as the row’s numbers, not as part of its label', () => {
    const file = files.find((name) => name === '900_designed_nonzero.flat.txt')
    if (file === undefined) throw new Error('fixture 900 missing')
    const report = read(file, readFileSync(join(FLAT, file), 'utf8'))
    expect(report.cells['applications.refused.safetyStability.total']?.value).toBe(0)
    expect(report.cells['applications.refused.thirdParty.total']?.value).toBe(4)
  })

  it('decodes a 表二 run only when one reading exists, and only in text without cell boundaries', () => {
    const head = ['示例局2023年政府信息公开工作年度报告', '第二十条第（一）项']
    const flat = read('t.txt', [...head, '规章000', '行政规范性文件0012'].join('\n'))
    expect(flat.cells['proactive.normativeDocs.inForce']?.value).toBe(12)
    expect(flat.cells['proactive.rules.repealed']?.value).toBe(0)
    expect(flat.notices.filter((n) => n.code === 'digits-split')).toHaveLength(2)
    // A tab-separated row with one cell holding "123" lost cells; it did not run together.
    const tabbed = read('t.txt', [...head, `规章${T}123`, `行政规范性文件${T}${zeros(3)}`].join('\n'))
    expect(tabbed.cells['proactive.rules.issued']).toBeUndefined()
    const unread = tabbed.notices.filter((n) => n.code === 'cell-unread')
    expect(unread.flatMap((n) => n.cellIds ?? [])).toContain('proactive.rules.issued')
  })

  it.each([
    ['000', [[0, 0, 0]]],
    ['0012', [[0, 0, 12]]],
    [
      '2715',
      [
        [2, 7, 15],
        [2, 71, 5],
        [27, 1, 5],
      ],
    ],
    ['00 0', [[0, 0, 0]]],
    ['12 3', [[1, 2, 3]]],
    ['00', []],
    ['1a2', []],
  ])('splitCells(%j, 3) is %j', (text, readings) => {
    expect(splitCells(text, 3)).toEqual(readings)
  })
})

const LABELS_BEFORE_SIX = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开 1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '（四）无法提供 1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '（五）不予处理 1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
]

function withSixRows(six: string[]): Report {
  const rows = [...LABELS_BEFORE_SIX, ...six, '（七）总计', '四、结转下年度继续办理']
  const text = [
    '示例局2023年政府信息公开工作年度报告',
    '第二十条第（一）项',
    `规章${T}0${T}0${T}0`,
    '三、收到和处理政府信息公开申请情况',
    ...rows.map((label) => `${label}${T}${zeros(7)}`),
    '四、政府信息公开行政复议、行政诉讼情况',
    zeros(15),
  ].join('\n')
  return read('t.txt', text)
}

describe('（六）其他处理 with an unreadable label', () => {
  it('one row between 不予处理 and 总计 is the one-row variant', () => {
    const report = withSixRows(['（六）@@@@'])
    expect(report.tableVariants['applications.otherHandling']).toBe('one-row')
    expect(report.cells['applications.otherHandling.all.total']?.value).toBe(0)
    expect(report.cells['applications.otherHandling.noCorrection.total']).toBeUndefined()
    const byOrder = report.notices.filter((n) => n.code === 'label-by-order')
    expect(byOrder.map((n) => n.cellIds?.[0])).toEqual(['applications.otherHandling.all.natural'])
    expect(report.checks.filter((check) => !check.ok)).toEqual([])
  })

  it('three rows there are the three-row variant', () => {
    const report = withSixRows(['@@@', '###', '$$$'])
    expect(report.tableVariants['applications.otherHandling']).toBe('three-rows')
    expect(report.cells['applications.otherHandling.other.total']?.value).toBe(0)
    expect(report.cells['applications.otherHandling.all.total']).toBeUndefined()
  })
})
