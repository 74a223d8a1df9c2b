import { describe, expect, it } from 'vitest'
import { chartTitle } from '../../../src/features/charts/chartTitle'
import { yearsPart } from '../../../src/features/export/fileNames'

const SUBJECT = '收费（本年收费金额，万元）'

describe('chartTitle', () => {
  it('names the filtered years, or the one year drawn, after what the chart shows', () => {
    expect(chartTitle(SUBJECT, [2023], [2023], false)).toBe(`${SUBJECT} · 2023 年`)
    expect(chartTitle(SUBJECT, [], [2023], false)).toBe(`${SUBJECT} · 2023 年`)
    expect(chartTitle(SUBJECT, [2023, 2021], [2021, 2023], false)).toBe(`${SUBJECT} · 2021、2023 年`)
  })

  it('adds nothing when several years are drawn unfiltered: the bars or the legend carry them', () => {
    expect(chartTitle(SUBJECT, [], [2021, 2023], false)).toBe(SUBJECT)
  })

  it('names the same years the export file name does', () => {
    for (const [active, shown] of [
      [[2023], [2023]],
      [[], [2024]],
      [
        [2021, 2023],
        [2021, 2023],
      ],
    ] as const)
      expect(chartTitle(SUBJECT, active, shown, false)).toContain(
        yearsPart(active, shown).split('_').join('、'),
      )
  })

  it('says 年度未识别 for reports without a year, never 0', () => {
    expect(chartTitle(SUBJECT, [], [0], false)).toBe(`${SUBJECT} · 年度未识别`)
    expect(chartTitle(SUBJECT, [0, 2023], [0, 2023], false)).toBe(`${SUBJECT} · 2023 年、年度未识别`)
  })

  it('says when only the reports with problems are drawn', () => {
    expect(chartTitle(SUBJECT, [2023], [2023], true)).toBe(`${SUBJECT} · 2023 年 · 仅含有问题的报告`)
    expect(chartTitle(SUBJECT, [], [2021, 2023], true)).toBe(`${SUBJECT} · 仅含有问题的报告`)
  })
})
