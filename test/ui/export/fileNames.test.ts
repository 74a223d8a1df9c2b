import { describe, expect, it } from 'vitest'
import { exportFileName, yearsPart } from '../../../src/features/export/fileNames'

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
})
