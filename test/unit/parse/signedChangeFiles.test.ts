/**
 * 2019's 本年增/减 with its minus written apart from its digits: the generated fixtures of
 * test/fixtures/generated/signed-changes (scripts/fixtures/signedChanges.ts), read as the batch command reads
 * them. Dropped as a blank cell, the sign left −2 read as 2 without a notice; a dash that is no minus sign
 * ("— 2", "―" printed before "1") leaves the cell unread with a notice instead.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellValues } from '../../../src/core/model/report'
import { fixtureReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES, readingOf, truthOf } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'signed-changes')
const HANDMADE = join(FIXTURES, 'handmade', '2019_template.txt')
const SIGNED = ['proactive.licensing.change', 'proactive.fees.change']

describe('2019 本年增/减 with its minus apart from its digits', () => {
  it.each([
    '2019_template.minus-apart.pdf',
    '2019_template.en-dash-spaced.md',
    '2019_template.en-dash-blank-beside.md',
    '2019_template.symbol-minus.docx',
  ])(
    '%s: a minus, full-width minus, en dash or Symbol-font minus before the digits is their sign',
    async (file) => {
      const path = join(DIR, file)
      const report = await fixtureReport(path)
      expect(readingOf(report)).toEqual(truthOf(expectedOf(path)))
      expect(cellValues(report)['proactive.licensing.change']).toBe(-2)
    },
  )

  it.each<[string, string[]]>([
    [
      '2019_template.dash-apart.pdf',
      [
        '行政许可行：单元格“— 2”无法读取（不是数字），未填入数值',
        '行政事业性收费行：单元格“― 1”无法读取（不是数字），未填入数值',
      ],
    ],
    [
      '2019_template.em-dash-spaced.txt',
      [
        '行政许可行：单元格“— 2”无法读取（不是数字），未填入数值',
        '行政事业性收费行：单元格“― 1”无法读取（不是数字），未填入数值',
      ],
    ],
  ])(
    '%s: an em dash or a horizontal bar before the digits leaves the cell unread',
    async (file, messages) => {
      const report = await fixtureReport(join(DIR, file))
      const truth = expectedOf(HANDMADE).cells
      const others = Object.fromEntries(Object.entries(truth).filter(([id]) => !SIGNED.includes(id)))
      const read = cellValues(report)
      for (const id of SIGNED) expect(read[id], id).toBeUndefined()
      expect(read).toEqual(others)
      const unread = report.notices.filter(
        (notice) =>
          notice.code === 'cell-unread' && SIGNED.some((id) => notice.cellIds?.includes(id) === true),
      )
      expect(unread.map((notice) => notice.message)).toEqual(messages)
    },
  )

  it('2019_template.em-dash-blank-beside.txt: "— 2" beside a blank cell is one unreadable value, not a blank and a number', async () => {
    const report = await fixtureReport(join(DIR, '2019_template.em-dash-blank-beside.txt'))
    const truth: Record<string, number> = {
      ...expectedOf(HANDMADE).cells,
      'proactive.licensing.decisions': 0,
    }
    const { ['proactive.licensing.change']: change, ...others } = truth
    expect(change).toBe(-2)
    const { ['proactive.licensing.change']: read, ...readCells } = cellValues(report)
    expect(read).toBeUndefined()
    expect(readCells).toEqual(others)
    const unread = report.notices.filter(
      (notice) =>
        notice.code === 'cell-unread' && notice.cellIds?.includes('proactive.licensing.change') === true,
    )
    expect(unread.map((notice) => notice.message)).toEqual([
      '行政许可行：单元格“— 2”无法读取（不是数字），未填入数值',
    ])
  })

  it('2019_template.minus-apart-blank-beside.pdf: a minus printed apart beside a blank cell leaves the row unread', async () => {
    const report = await fixtureReport(join(DIR, '2019_template.minus-apart-blank-beside.pdf'))
    const ids = [
      'proactive.licensing.lastYearItems',
      'proactive.licensing.change',
      'proactive.licensing.decisions',
    ]
    const truth = expectedOf(HANDMADE).cells
    const others = Object.fromEntries(Object.entries(truth).filter(([id]) => !ids.includes(id)))
    const read = cellValues(report)
    for (const id of ids) expect(read[id], id).toBeUndefined()
    expect(read).toEqual(others)
    const unread = report.notices.filter(
      (notice) =>
        notice.code === 'cell-unread' && notice.cellIds?.includes('proactive.licensing.change') === true,
    )
    expect(unread.map((notice) => notice.message)).toEqual([
      '表二“行政许可”行：数值（48 − 2 空）中的短横与其后的数字分开排印，可能是负号，也可能是空白单元格，各数属于哪一列无法确定，未填入',
    ])
  })

  it('2019_template.direction-notes.txt: "2（减少）" is left unread; notes agreeing with the sign are dropped', async () => {
    const report = await fixtureReport(join(DIR, '2019_template.direction-notes.txt'))
    const { ['proactive.licensing.change']: change, ...others } = expectedOf(HANDMADE).cells
    expect(change).toBe(-2)
    const { ['proactive.licensing.change']: read, ...readCells } = cellValues(report)
    expect(read).toBeUndefined()
    expect(readCells).toEqual(others)
    const unread = report.notices.filter(
      (notice) =>
        notice.code === 'cell-unread' && notice.cellIds?.includes('proactive.licensing.change') === true,
    )
    expect(unread.map((notice) => notice.message)).toEqual([
      '行政许可行：单元格“2（减少）”的注释“(减少)”所说的增减与数值的正负不符或不明，未填入数值',
    ])
  })

  it.each(['2019_template.change-column-first.md', '2019_template.change-column-first-other-names.txt'])(
    '%s: a header naming 本年增/减 first (较上年增（减）, 增减情况; 上年项目数, 上年度项目数量) is followed',
    async (file) => {
      const path = join(DIR, file)
      const report = await fixtureReport(path)
      expect(readingOf(report)).toEqual(truthOf(expectedOf(path)))
      const reordered = report.notices.filter((notice) => notice.code === 'columns-reordered')
      expect(reordered.flatMap((notice) => notice.cellIds ?? [])).toContain('proactive.licensing.change')
    },
  )

  it('2019_template.change-column-first-unnamed.txt: a header naming the change first in words of its own leaves the rows unread', async () => {
    const report = await fixtureReport(join(DIR, '2019_template.change-column-first-unnamed.txt'))
    const rows = ['licensing', 'otherServices', 'penalty', 'enforcement']
    const ids = rows.flatMap((row) =>
      ['lastYearItems', 'change', 'decisions'].map((column) => `proactive.${row}.${column}`),
    )
    const truth = expectedOf(HANDMADE).cells
    const others = Object.fromEntries(Object.entries(truth).filter(([id]) => !ids.includes(id)))
    const read = cellValues(report)
    for (const id of ids) expect(read[id], id).toBeUndefined()
    expect(read).toEqual(others)
    const ambiguous = report.notices.filter((notice) => notice.code === 'ambiguous')
    expect(ambiguous.flatMap((notice) => notice.cellIds ?? []).sort()).toEqual([...ids].sort())
  })
})
