/**
 * A 2021 表二 with one block drawn in the 2019 way (行政许可 under 上一年项目数量, 本年增/减, 处理决定数量): the
 * generated fixtures of test/fixtures/generated/mixed-proactive, read as the batch command reads them. The
 * 2019 header must not turn the whole 表二 into the 2019 template, whose 规章 and 规范性文件 columns mean
 * other things (本年废止件数 is no 本年新公开数量).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellValues } from '../../../src/core/model/report'
import { fixtureReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'mixed-proactive')
const SEED = join(FIXTURES, 'seeds', '002_3971b268707d3ce1.txt')
const LICENSING = 'proactive.licensing.decisions'

const read = fixtureReport

describe('a 2021 表二 with its 行政许可 block drawn in the 2019 way', () => {
  it.each(['002_3971b268707d3ce1.licensing-2019.txt', '002_3971b268707d3ce1.licensing-2019.markdown.md'])(
    '%s: read as the 2021 表二 its 规范性文件 header names, the 2019 block left unread with a notice',
    async (file) => {
      const report = await read(join(DIR, file))
      expect(report.tableVariants.proactive).toBe('2021')
      const { [LICENSING]: truthOfLicensing, ...others } = expectedOf(SEED).cells
      expect(truthOfLicensing).toBe(66)
      const { [LICENSING]: licensing, ...readCells } = cellValues(report)
      expect(licensing).toBeUndefined()
      expect(readCells).toEqual(others)
      const unread = report.notices.filter(
        (notice) => notice.code === 'cell-unread' && notice.cellIds?.includes(LICENSING) === true,
      )
      expect(unread.map((notice) => notice.message)).toEqual([
        '表二“行政许可”行：读到 3 个数值（60 6 66），应为 1 个，未填入',
      ])
    },
  )
})
