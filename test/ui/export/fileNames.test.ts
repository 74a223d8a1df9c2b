import { describe, expect, it } from 'vitest'
import { exportFileName, filterPart, yearsPart } from '../../../src/features/export/fileNames'

describe('export file names', () => {
  it('name the active year filter', () => {
    expect(exportFileName('行政许可处罚强制_按机关', yearsPart([2023], [2023]), 'png')).toBe(
      '行政许可处罚强制_按机关_2023.png',
    )
    expect(yearsPart([2023, 2021], [2021, 2023])).toBe('2021_2023')
  })

  it('say 全部年份 when no year filter is active and several years are shown', () => {
    expect(exportFileName('收费_按机关', yearsPart([], [2021, 2023, 2024]), 'svg')).toBe(
      '收费_按机关_全部年份.svg',
    )
  })

  it('name the only year shown when no filter is active', () => {
    expect(yearsPart([], [2023])).toBe('2023')
  })

  it('say 未识别 for a year the reader did not find, never 0', () => {
    expect(yearsPart([], [0])).toBe('未识别')
    expect(yearsPart([0, 2023], [0, 2023])).toBe('未识别_2023')
  })

  it('replace characters file systems refuse', () => {
    expect(exportFileName('a/b:c', '2023', 'csv')).toBe('a_b_c_2023.csv')
  })

  it('name the agency filter: the agency when one is chosen, a count for several, nothing without', () => {
    expect(exportFileName('年报总览', filterPart([2023], [2023], ['新乡县城市管理局'], false), 'csv')).toBe(
      '年报总览_2023_新乡县城市管理局.csv',
    )
    expect(
      filterPart([], [2021, 2023], ['新乡县城市管理局', '卫辉市城市管理局', '文峰区城市管理局'], false),
    ).toBe('全部年份_3个机关')
    expect(filterPart([2023], [2023], [], false)).toBe('2023')
  })

  it('keep an agency name valid on Windows, and count a name too long to be useful', () => {
    expect(exportFileName('年报总览', filterPart([], [2023], ['某局/某处 "试点"'], false), 'csv')).toBe(
      '年报总览_2023_某局_某处_试点_.csv',
    )
    expect(filterPart([], [2023], ['某'.repeat(31)], false)).toBe('2023_1个机关')
  })

  it('mark an export made under 只看有问题的报告 after the years and agencies, so it is not taken for a full one', () => {
    expect(exportFileName('年报总览', filterPart([2023], [2023], [], true), 'csv')).toBe(
      '年报总览_2023_仅有问题.csv',
    )
    expect(filterPart([], [2021, 2023], ['新乡县城市管理局'], true)).toBe(
      '全部年份_新乡县城市管理局_仅有问题',
    )
    expect(filterPart([], [2021, 2023], [], false)).toBe('全部年份')
  })
})
