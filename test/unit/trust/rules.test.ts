import { describe, expect, it } from 'vitest'
import { checkCompleteness } from '../../../src/core/checks/completeness'
import { checkProse } from '../../../src/core/checks/prose'
import { checkTemplate } from '../../../src/core/checks/template'
import type { Cell, CheckResult, Report } from '../../../src/core/model/report'
import { documentOf, readTextReport } from './readFixture'

const cell = (value: number): Cell => ({ value, source: { line: 0, column: 0, raw: String(value) } })

function cells(values: Record<string, number>): Record<string, Cell> {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, cell(value)]))
}

const TABLES = cells({
  'applications.received.total': 25,
  'applications.carriedOver.total': 5,
  'applications.granted.total': 8,
  'applications.partlyGranted.total': 2,
  'applications.total.total': 28,
  'applications.carriedForward.total': 2,
  'appeals.reconsideration.total': 1,
  'appeals.litigationDirect.total': 1,
  'appeals.litigationAfterReconsideration.total': 2,
  'proactive.licensing.decisions': 67,
  'proactive.penalty.decisions': 6,
  'proactive.enforcement.decisions': 1,
})

function prose(sentences: string[], page?: number): CheckResult[] {
  const document = documentOf(['一、总体情况', ...sentences, '二、主动公开政府信息情况'], page)
  return checkProse({ document, cells: TABLES, template: '2021' })
}

function only(checks: CheckResult[]): CheckResult {
  expect(checks).toHaveLength(1)
  const [check] = checks
  if (check === undefined) throw new Error('no check')
  return check
}

describe('R-I: prose figures against the tables', () => {
  it.each([
    ['全年共受理政府信息公开申请 30 件。', '受理 = 新收 + 上年结转'],
    ['全年新收政府信息公开申请 25 件。', '新收'],
    ['本年度共办理依申请公开件 28 件。', '办理 = 办理结果总计'],
    ['其中予以公开及部分公开 10 件，占 35.7%。', '予以公开 + 部分公开'],
    ['予以公开 8 件。', '予以公开'],
    ['发生行政诉讼 3 起。', '直接起诉 + 复议后起诉'],
    ['被申请行政复议 1 件。', '表四 行政复议总计'],
    ['结转下年度继续办理 2 件。', '结转下年度'],
  ])('passes: %s (%s)', (sentence) => {
    const check = only(prose([sentence]))
    expect(check).toMatchObject({ rule: 'R-I', severity: 'warning', ok: true })
    expect(check.line).toBe(1)
  })

  it.each([
    ['全年共收到政府信息公开申请 31 件。', 31, 25],
    ['予以公开 9 件。', 9, 8],
    ['其中予以公开和部分公开 11 件。', 11, 10],
    ['行政复议 2 件。', 2, 1],
    ['行政诉讼 1 件。', 1, 3],
  ])('fails as a warning: %s', (sentence, stated, table) => {
    const check = only(prose([sentence]))
    expect(check).toMatchObject({ rule: 'R-I', severity: 'warning', ok: false, lhs: stated, rhs: table })
    expect(check.message).toContain(String(stated))
    expect(check.message).toContain(String(table))
  })

  it('reads several figures in one sentence', () => {
    const checks = prose(['共收到申请 25 件，其中予以公开 8 件、部分公开 2 件，结转下年度 2 件。'])
    expect(checks.map((check) => [check.lhs, check.ok])).toEqual([
      [25, true],
      [8, true],
      [2, true],
      [2, true],
    ])
  })

  it('zero claims: 未收到 / 未发生 复议、诉讼', () => {
    const checks = prose([
      '本年度未收到政府信息公开申请，未发生因政府信息公开申请行政复议、提起行政诉讼情况。',
    ])
    expect(checks.map((check) => [check.cellIds[0], check.lhs, check.ok])).toEqual([
      ['applications.received.total', 0, false],
      ['appeals.reconsideration.total', 0, false],
      ['appeals.litigationDirect.total', 0, false],
    ])
  })

  it('ignores figures that are not about the tables', () => {
    expect(prose(['全年受理网络问政 182 件，发布信息 249 条，2023 年满意率 100%。'])).toEqual([])
  })

  it('checks 表二’s decisions the prose states, as the seeds write them', () => {
    const checks = prose(['主动公开行政许可 67 个，行政处罚 7 个，行政强制 1 个。'])
    expect(checks.map((check) => [check.cellIds, check.lhs, check.rhs, check.ok])).toEqual([
      [['proactive.licensing.decisions'], 67, 67, true],
      [['proactive.penalty.decisions'], 7, 6, false],
      [['proactive.enforcement.decisions'], 1, 1, true],
    ])
    expect(checks[1]?.message).toBe(
      'R-I 总体情况“行政处罚7个”为 7 件，而表二 行政处罚·处理决定数量为 6 件，两者不一致',
    )
  })

  it.each([
    '全年共受理行政许可申请 120 件。',
    '梳理行政许可事项 35 个。',
    '受理政府信息公开申请 30 件，其中涉及行政处罚 4 件。',
    '行政处罚较上年减少 4 个。',
  ])(
    'a licence or penalty figure 表二 does not count is neither its decisions nor an application: %s',
    (sentence) => {
      const checks = prose([sentence])
      expect(checks.filter((check) => check.cellIds.some((id) => id.startsWith('proactive.')))).toEqual([])
      expect(checks.filter((check) => check.lhs === 120 || check.lhs === 35 || check.lhs === 4)).toEqual([])
    },
  )

  it.each([
    '政府信息公开申请较上年增加 5 件。',
    '行政复议和行政诉讼共 3 件。',
    '依申请公开件 7 件。',
    '其中自然人申请 20 件。',
  ])('an unclear figure gives a notice, never a warning: %s', (sentence) => {
    const check = only(prose([sentence]))
    expect(check).toMatchObject({ rule: 'R-I', severity: 'notice', ok: false })
    expect(check.message).toContain('含义不明确')
  })

  it('joins PDF lines that break inside a figure', () => {
    const check = only(prose(['2023 年全区受理政府信息公开申请 2', '5 件，均在法定期限答复。'], 1))
    expect(check).toMatchObject({ ok: true, lhs: 25 })
  })

  it('does not evaluate a figure whose cells were not read', () => {
    const document = documentOf(['一、总体情况', '予以公开 8 件。', '二、主动公开政府信息情况'])
    expect(checkProse({ document, cells: {}, template: '2021' })).toEqual([])
  })

  it('skips legacy reports', () => {
    const document = documentOf(['一、总体情况', '予以公开 9 件。'])
    expect(checkProse({ document, cells: TABLES, template: 'legacy' })).toEqual([])
  })
})

const SECTIONS = [
  '一、总体情况',
  '2023 年，本单位持续深化政务公开。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '一是公开内容不够丰富，二是解读形式单一。下一步将加强培训。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
]

function completeness(lines: string[], extra: Record<string, number> = {}): CheckResult[] {
  return checkCompleteness({ document: documentOf(lines), cells: cells(extra), template: '2021' })
}

describe('R-J: completeness', () => {
  it('passes a complete report', () => {
    const checks = completeness(SECTIONS)
    expect(checks.every((check) => check.ok && check.rule === 'R-J' && check.severity === 'notice')).toBe(
      true,
    )
    expect(checks).toHaveLength(3)
  })

  it('names a missing section', () => {
    const failed = completeness(SECTIONS.filter((line) => !line.startsWith('四、'))).filter((c) => !c.ok)
    expect(failed.map((check) => check.message)).toEqual([
      'R-J 未找到第四部分“政府信息公开行政复议、行政诉讼情况”',
    ])
  })

  it('finds headings by text, with markdown and without numbers', () => {
    const lines = SECTIONS.map((line) =>
      line.includes('、') && line.length < 25 ? `## ${line.slice(2)}` : line,
    )
    expect(completeness(lines).filter((check) => !check.ok)).toEqual([])
  })

  it('an empty section 五 gives a notice', () => {
    const lines = SECTIONS.map((line) => (line.startsWith('一是') ? '无。' : line))
    const failed = completeness(lines).filter((check) => !check.ok)
    expect(failed).toHaveLength(1)
    expect(failed[0]?.message).toContain('没有内容')
    expect(failed[0]?.line).toBe(5)
  })

  it('a fee stated elsewhere must be reported in 六', () => {
    const lines = [...SECTIONS]
    lines[1] = '2023 年，共收取信息处理费 200 元。'
    lines[8] = '无其他需要报告的事项。'
    const failed = completeness(lines).filter((check) => !check.ok)
    expect(failed).toHaveLength(1)
    expect(failed[0]?.message).toContain('第六部分')
    lines[8] = '本年度收取信息处理费 200 元。'
    expect(completeness(lines).filter((check) => !check.ok)).toEqual([])
  })

  it('applications closed for an unpaid fee are evidence of a fee notice', () => {
    const lines = SECTIONS.map((line) => (line.includes('未收取') ? '无。' : line))
    const failed = completeness(lines, { 'applications.otherHandling.unpaidFee.total': 2 }).filter(
      (c) => !c.ok,
    )
    expect(failed.map((check) => check.message)).toEqual([
      'R-J 表三“申请人逾期未按收费通知要求缴纳费用”为 2 件，但第六部分“其他需要报告的事项”未说明信息处理费的收取情况',
    ])
  })

  it('a fee of 0 元 or 未收取 is not a fee', () => {
    const lines = [...SECTIONS]
    lines[1] = '全年收取政府信息公开信息处理费 0 元，未收取其他处理费 50 元。'
    lines[8] = '无。'
    expect(completeness(lines).filter((check) => !check.ok)).toEqual([])
  })
})

describe('R-T: outdated template', () => {
  const base: Pick<Report, 'year' | 'template' | 'tableVariants'> = {
    year: 2023,
    template: '2021',
    tableVariants: { proactive: '2021', 'applications.otherHandling': 'three-rows' },
  }

  it('passes a 2021-format report', () => {
    expect(checkTemplate(base)).toMatchObject([{ rule: 'R-T', ok: true }])
  })

  it('flags the one-row （六）其他处理 in 2021 or later', () => {
    const [check] = checkTemplate({
      ...base,
      tableVariants: { ...base.tableVariants, 'applications.otherHandling': 'one-row' },
    })
    expect(check).toMatchObject({ rule: 'R-T', severity: 'warning', ok: false })
    expect(check?.message).toContain('单行')
  })

  it('flags a 2019 表二 in 2021 or later', () => {
    const [check] = checkTemplate({ ...base, template: '2019', tableVariants: { proactive: '2019' } })
    expect(check?.ok).toBe(false)
    expect(check?.message).toContain('表二')
  })

  it('says nothing for 2019 and 2020 reports or legacy ones', () => {
    expect(
      checkTemplate({ ...base, year: 2020, template: '2019', tableVariants: { proactive: '2019' } }),
    ).toEqual([])
    expect(checkTemplate({ ...base, template: 'legacy' })).toEqual([])
  })

  it('the handmade 2019-template report (2019) passes, the handmade 2021 one-row report fails', () => {
    expect(checkTemplate(readTextReport('handmade/2019_template.txt'))).toEqual([])
    expect(checkTemplate(readTextReport('handmade/2021_one_row_other_handling.txt'))[0]?.ok).toBe(false)
  })
})
