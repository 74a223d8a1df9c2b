/**
 * 2019's 采购总金额 given in 万元 by a header, a row label or a note other than "采购总金额（万元）": the
 * generated fixtures of test/fixtures/generated/amount-units (scripts/fixtures/amountUnits.ts), read as the
 * batch command reads them. Read as 元, 25.1 万元 was 25.1 without a notice; a file naming two units leaves
 * the amount unread with a notice.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellValues } from '../../../src/core/model/report'
import { fixtureReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES, readingOf, truthOf } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'amount-units')
const HANDMADE = join(FIXTURES, 'handmade', '2019_template.txt')
const AMOUNT = 'proactive.procurement.amountYuan'

describe('2019 采购总金额 in 万元', () => {
  it.each([
    ['2019_template.wan-short.md', '表头或行标签注明采购总金额单位为“万”'],
    ['2019_template.wan-slash.pdf', '表头或行标签注明采购总金额单位为“万元”'],
    ['2019_template.wan-wrapped.md', '表头或行标签注明采购总金额单位为“万元”'],
    ['2019_template.wan-row-label.txt', '表头或行标签注明采购总金额单位为“万元”'],
    ['2019_template.wan-note.txt', '表下注释注明采购总金额单位为“万元”'],
  ])('%s: the amount is converted to 元 with a notice', async (file, said) => {
    const path = join(DIR, file)
    const report = await fixtureReport(path)
    expect(readingOf(report)).toEqual(truthOf(expectedOf(path)))
    expect(cellValues(report)[AMOUNT]).toBe(251000)
    const converted = report.notices.filter(
      (notice) => notice.code === 'unit-converted' && notice.cellIds?.includes(AMOUNT) === true,
    )
    expect(converted.map((notice) => notice.message)).toEqual([
      `表二“政府集中采购”：${said}，与模板的“元”不同，已换算为元`,
    ])
  })

  it('2019_template.units-conflicting.txt: a header in 元 over a row labelled in 万元 leaves the amount unread', async () => {
    const report = await fixtureReport(join(DIR, '2019_template.units-conflicting.txt'))
    const { [AMOUNT]: amount, ...others } = expectedOf(HANDMADE).cells
    expect(amount).toBe(251000)
    const { [AMOUNT]: read, ...readCells } = cellValues(report)
    expect(read).toBeUndefined()
    expect(readCells).toEqual(others)
    const unread = report.notices.filter(
      (notice) => notice.code === 'cell-unread' && notice.cellIds?.includes(AMOUNT) === true,
    )
    expect(unread.map((notice) => notice.message)).toEqual([
      '表二“政府集中采购”：表头、行标签或表下注释给出的采购总金额单位不一致，未填入数值',
    ])
  })
})
