import { describe, expect, it } from 'vitest'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { stripLabel } from '../../../src/core/parse/rowSpec'
import { APPLICATION_ROW_SPECS } from '../../../src/core/parse/applicationRows'

function rowFor(label: string): string | undefined {
  return APPLICATION_ROW_SPECS.find((spec) => spec.keywords.test(label) && spec.exclude?.test(label) !== true)
    ?.key
}

describe('表三 row labels', () => {
  it.each([
    ['三、本年度办理结果(一)予以公开', '予以公开'],
    ['(三)不予公开1.属于国家秘密', '属于国家秘密'],
    ['2、其他法律行政法规禁止公开', '其他法律行政法规禁止公开'],
    ['3.危及“三安全一稳定”', '危及三安全一稳定'],
    ['(三)不予公开1属于国家秘密', '属于国家秘密'],
    ['2其他法律行政法规禁止公开', '其他法律行政法规禁止公开'],
    ['(四)无法提供(1)本机关不掌握相关政府信息', '本机关不掌握相关政府信息'],
    ['[3]其他', '其他'],
    ['(六)其他处理', ''],
    ['(七)总计', '总计'],
  ])('stripLabel(%j) is %j', (label, stripped) => {
    expect(stripLabel(label)).toBe(stripped)
  })

  it.each([
    ['一、本年新收政府信息公开申请数量', 'received'],
    ['2.其他法律行政止公开', 'refused.prohibitedByLaw'],
    ['2.其他法律法规禁止公开', 'refused.prohibitedByLaw'],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', 'partlyGranted'],
    ['5.要求行政机关确认或重新出具已获取信息', 'notProcessed.confirmation'],
    ['(六)其他处理', 'otherHandling.all'],
    [
      '(六)其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      'otherHandling.noCorrection',
    ],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling.unpaidFee'],
    ['3.其他', 'otherHandling.other'],
    ['(七)总计', 'total'],
    ['四、结转下年度继续办理', 'carriedForward'],
  ])('the first row whose keywords match %j is %s', (label, row) => {
    expect(rowFor(label)).toBe(row)
  })
})

const T = '\t'
const zeros = (n: number) => Array.from({ length: n }, () => '0').join(T)

/** A minimal 2021 report whose 表三 is given as lines, to exercise label matching end to end. */
function report(tableThree: string[]): string {
  return [
    '示例局2023年政府信息公开工作年度报告',
    '第二十条第（一）项',
    `规章${T}0${T}0${T}0`,
    `行政规范性文件${T}0${T}0${T}0`,
    `行政许可${T}1`,
    `行政处罚${T}2`,
    `行政强制${T}3`,
    `行政事业性收费${T}0`,
    '三、收到和处理政府信息公开申请情况',
    ...tableThree,
    '四、政府信息公开行政复议、行政诉讼情况',
    zeros(15),
  ].join('\n')
}

const LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果（一）予以公开',
  '（二）部分公开',
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
  '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
]

describe('表三 rows end to end', () => {
  it('reads a row by its position when its label is unreadable, and says so', () => {
    const lines = LABELS.map((label, i) => `${i === 9 ? '@@@' : label}${T}${zeros(7)}`)
    const outcome = readReport(textToDocument('t.txt', report(lines)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.report.cells['applications.refused.processInfo.total']?.value).toBe(0)
    const byOrder = outcome.report.notices.filter((n) => n.code === 'label-by-order')
    expect(byOrder.map((n) => n.cellIds?.[0])).toEqual(['applications.refused.processInfo.natural'])
  })

  it('reads labels split from their numbers and rows split off by blank lines', () => {
    const lines = LABELS.flatMap((label, i) =>
      i % 3 === 0 ? [label, '', `${T}${zeros(7)}`] : [`${label}${T}${zeros(7)}`],
    )
    const outcome = readReport(textToDocument('t.txt', report(lines)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(Object.keys(outcome.report.cells).filter((id) => id.startsWith('applications.'))).toHaveLength(175)
    expect(outcome.report.notices.filter((n) => n.code === 'cell-unread')).toEqual([])
  })

  it('leaves a row with the wrong number of values unread instead of guessing', () => {
    const lines = LABELS.map((label, i) => `${label}${T}${i === 4 ? '1\t2\t3' : zeros(7)}`)
    const outcome = readReport(textToDocument('t.txt', report(lines)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.report.cells['applications.refused.stateSecret.natural']).toBeUndefined()
    const unread = outcome.report.notices.filter((n) => n.code === 'cell-unread')
    expect(unread.flatMap((n) => n.cellIds ?? [])).toContain('applications.refused.stateSecret.total')
  })

  /*
   * Rows printed blank, their labels wrapped six characters a line and no cell left for them (a PDF reader
   * that did not find them as rows): their lines are carried into the next row's label, which the numbers
   * then follow under whichever item's keywords the glued label names first.
   */
  it('leaves a row unread whose label was glued from lines of several items', () => {
    const glued = [
      '5.要求行政',
      '机关确认或重',
      '新出具已获取',
      '信息',
      '(六)其他处理1.申请人无',
      '正当理由逾期',
      '2.申请人逾',
      '期未按收费通',
    ]
    const lines = LABELS.flatMap((label, i) => {
      if (i === 19 || i === 20) return []
      if (i === 21)
        return [
          ...glued,
          `知要求缴纳费用、行政机关不再处理其政府信息公开申请${T}1${T}0${T}0${T}0${T}0${T}0${T}1`,
        ]
      return [`${label}${T}${zeros(7)}`]
    })
    const outcome = readReport(textToDocument('t.txt', report(lines)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const { cells, notices } = outcome.report
    const rows = ['notProcessed.confirmation', 'otherHandling.noCorrection', 'otherHandling.unpaidFee']
    expect(rows.map((row) => cells[`applications.${row}.natural`])).toEqual([undefined, undefined, undefined])
    const unread = notices.filter(
      (n) => n.code === 'cell-unread' && n.message.includes('由几个编号项的文字拼成'),
    )
    expect(unread).toHaveLength(1)
    expect(rows.map((row) => `applications.${row}.total`)).toContain(unread[0]?.cellIds?.[6])
  })

  it('reads a row whose own label names it under another row’s numbered line carried to it', () => {
    // 8.'s line has a stray number before its label, so it is no row and is carried to the next line.
    const lines = LABELS.map((label, i) =>
      i === 11
        ? `12${T}${T}${label}${T}${zeros(7)}`
        : i === 12
          ? `${label} 34 0 0 0 0 0 34`
          : `${label}${T}${zeros(7)}`,
    )
    const outcome = readReport(textToDocument('t.txt', report(lines)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.report.cells['applications.unavailable.notHeld.natural']?.value).toBe(34)
    expect(outcome.report.cells['applications.unavailable.notHeld.total']?.value).toBe(34)
    expect(outcome.report.notices.filter((n) => n.message.includes('编号项'))).toEqual([])
  })

  it('reads a row whose own label is exact under a blank row’s label carried to it', () => {
    const lines = LABELS.flatMap((label, i) =>
      i === 5 ? [label] : [`${label}${T}${i === 6 ? `3${T}0${T}0${T}0${T}0${T}0${T}3` : zeros(7)}`],
    )
    const outcome = readReport(textToDocument('t.txt', report(lines)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.report.cells['applications.refused.safetyStability.total']?.value).toBe(3)
    expect(outcome.report.notices.filter((n) => n.message.includes('编号项'))).toEqual([])
  })

  it('decodes a row whose digits ran together with R-B', () => {
    const lines = LABELS.map((label, i) => (i === 0 ? `${label}312000033` : `${label}${T}${zeros(7)}`))
    const outcome = readReport(textToDocument('t.txt', report(lines)))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const received = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total'].map(
      (column) => outcome.report.cells[`applications.received.${column}`]?.value,
    )
    expect(received).toEqual([31, 2, 0, 0, 0, 0, 33])
    expect(outcome.report.notices.map((n) => n.code)).toContain('digits-split')
  })
})

describe('tables whose cells are all blank', () => {
  it('reads an all-blank 表三 and 表四 as zeros with one blank-as-zero notice, never as missing', () => {
    const blanks = (n: number) => Array.from({ length: n }, () => '').join(T)
    const lines = LABELS.map((label) => `${label}${T}${blanks(7)}`)
    const text = report(lines).replace(zeros(15), blanks(15))
    const outcome = readReport(textToDocument('t.txt', text))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const cells = Object.keys(outcome.report.cells)
    expect(cells.filter((id) => id.startsWith('applications.'))).toHaveLength(175)
    expect(cells.filter((id) => id.startsWith('appeals.'))).toHaveLength(15)
    const blank = outcome.report.notices.filter((n) => n.code === 'blank-as-zero')
    expect(blank).toHaveLength(1)
    expect(blank[0]?.cellIds).toHaveLength(190)
  })
})
