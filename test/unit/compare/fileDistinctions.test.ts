import { describe, expect, it } from 'vitest'
import { fileDistinctions } from '../../../src/core/compare/fileDistinctions'
import { expectedSeeds } from './expectedSeeds'

const [xinxiang, chengxiang] = expectedSeeds().map((seed) => seed.report)
if (!xinxiang || !chengxiang) throw new Error('the seeds hold two reports')

describe('fileDistinctions', () => {
  it('names no file where every report is headed by its own agency, year and scope', () => {
    expect(
      fileDistinctions([
        { report: xinxiang, fileName: 'a.txt' },
        { report: chengxiang, fileName: 'b.txt' },
        { report: { ...xinxiang, year: xinxiang.year - 1 }, fileName: 'c.txt' },
        { report: { ...xinxiang, scope: 'aggregate' }, fileName: 'd.txt' },
      ]),
    ).toEqual([undefined, undefined, undefined, undefined])
  })

  it('names the file of every report headed like another: two copies of one report', () => {
    expect(
      fileDistinctions([
        { report: xinxiang, fileName: '000.txt' },
        { report: chengxiang, fileName: '001.txt' },
        { report: xinxiang, fileName: '000.html' },
      ]),
    ).toEqual(['000.txt', undefined, '000.html'])
  })

  it('names the files of a report the user corrected to another’s agency and year, and of that other', () => {
    const corrected = {
      ...chengxiang,
      agency: xinxiang.agency,
      year: xinxiang.year,
      identityCorrected: { agency: chengxiang.agency, at: '2026-01-01T00:00:00Z' },
    }
    expect(
      fileDistinctions([
        { report: xinxiang, fileName: 'a.txt' },
        { report: corrected, fileName: 'b.txt' },
      ]),
    ).toEqual(['a.txt', 'b.txt'])
  })

  it('numbers the reports whose files share a name too, so no two read alike', () => {
    const names = fileDistinctions([
      { report: xinxiang, fileName: '报告.txt' },
      { report: xinxiang, fileName: '报告.txt' },
      { report: xinxiang, fileName: '其他.txt' },
    ])
    expect(names).toEqual(['报告.txt 第 1 份', '报告.txt 第 2 份', '其他.txt'])
  })
})
