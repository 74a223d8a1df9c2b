/**
 * Damage found in real reports' cells that once gave a wrong number without a word: footnote marks, a sign
 * set apart from its digits, numbers too long to keep. Each is made on a real seed, and the number must
 * come out right, or the cell must be left unread with a notice saying so.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readingGaps } from '../../../src/core/compare/readingGaps'
import { cellValues, type Report } from '../../../src/core/model/report'
import { APPEAL_CELL_IDS } from '../../../src/core/model/ids'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

/** A report's text read as a fixture named `path` would be; the test fails if it is not a report. */
function readText(path: string, text: string): Report {
  const outcome = readReport(textToDocument(path, text))
  if (!outcome.ok) throw new Error(outcome.error.message)
  return outcome.report
}

/** A fixture's text with lines (each exactly one line of it) replaced, read. */
function readChangedLines(path: string, changes: Record<string, string>): Report {
  const lines = readFileSync(join(FIXTURES, path), 'utf8').split('\n')
  for (const line of Object.keys(changes))
    expect(lines.filter((candidate) => candidate === line)).toHaveLength(1)
  return readText(path, lines.map((line) => changes[line] ?? line).join('\n'))
}

function readChanged(path: string, line: string, replacement: string): Report {
  return readChangedLines(path, { [line]: replacement })
}

function seedLines(path: string): string[] {
  return readFileSync(join(FIXTURES, path), 'utf8').split('\n')
}

function noticesOn(report: Report, id: string): string[] {
  return report.notices.filter((notice) => notice.cellIds?.includes(id) === true).map((notice) => notice.code)
}

const LICENSING = 'proactive.licensing.decisions'
const SEED = 'seeds/000_7bba39e252e1dfbf.txt'

describe('cells that must not give a silent wrong number', () => {
  it.each(['67①', '67¹', '67⑴'])('a footnote mark after the number (%s) is a dropped note', (cell) => {
    const report = readChanged(SEED, '行政许可\t67\t\t', `行政许可\t${cell}\t\t`)
    expect(report.cells[LICENSING]?.value).toBe(67)
    expect(noticesOn(report, LICENSING)).toEqual(['annotation-dropped'])
  })

  it('a number with a left-to-right mark inside (copied from a form) reads as shown; a right-to-left mark, which shows its digits swapped, leaves it unread', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const row = '一、本年新收政府信息公开申请数量\t\t51\t0\t0\t0\t0\t0\t51\t'
    const received = 'applications.received.natural'
    const marked = readChanged(path, row, row.replace('\t51\t0', '\t5\u200e1\t\u200e0'))
    expect(cellValues(marked)).toEqual(expectedOf(join(FIXTURES, path)).cells)
    const swapped = readChanged(path, row, row.replace('\t51\t0', '\t5\u200f1\t0'))
    expect(swapped.cells[received]).toBeUndefined()
    expect(noticesOn(swapped, received)).toEqual(['cell-unread'])
  })

  it.each(['2221. 9632', '2221 .9632', '2221.  9632'])(
    'a number spaced apart in its cell (%s, a decimal wrapped in a saved page) is left unread, not read as its last piece',
    (cell) => {
      const path = 'seeds/000_7bba39e252e1dfbf.txt'
      const fees = 'proactive.fees.amount'
      const report = readChanged(path, '行政事业性收费\t2221.9632', `行政事业性收费\t${cell}`)
      expect(report.cells[fees]).toBeUndefined()
      expect(noticesOn(report, fees)).toContain('cell-unread')
    },
  )

  it('a count spaced apart in a cell of 表三 ("1. 0") is left unread, not read as 0', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const row = '一、本年新收政府信息公开申请数量\t\t51\t0\t0\t0\t0\t0\t51\t'
    const received = 'applications.received.commercial'
    const report = readChanged(path, row, row.replace('\t51\t0\t', '\t51\t1. 0\t'))
    expect(report.cells[received]).toBeUndefined()
    expect(noticesOn(report, received)).toEqual(['cell-unread'])
  })

  it.each(['不详', '若干', '未统计'])(
    'a word for an unknown number (%s) is left unread with a notice, not read as a blank 0',
    (word) => {
      const path = 'seeds/001_cad4fa3e014eb2f3.txt'
      const report = readChanged(path, '行政许可\t0\t\t', `行政许可\t${word}\t\t`)
      expect(report.cells[LICENSING]).toBeUndefined()
      expect(noticesOn(report, LICENSING)).toEqual(['cell-unread'])
    },
  )

  it('a word for an unknown number in a 表三 row leaves that cell unread and the others in their columns', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const line = '一、本年新收政府信息公开申请数量\t\t51\t0\t0\t0\t0\t0\t51\t'
    const report = readChanged(path, line, line.replace('\t51\t0', '\t不详\t0'))
    const expected = expectedOf(join(FIXTURES, path)).cells
    expect(report.cells['applications.received.natural']).toBeUndefined()
    expect(noticesOn(report, 'applications.received.natural')).toEqual(['cell-unread'])
    for (const column of ['commercial', 'research', 'nonprofit', 'legal', 'other', 'total'])
      expect(report.cells[`applications.received.${column}`]?.value).toBe(
        expected[`applications.received.${column}`],
      )
  })

  it.each([
    [
      'a remark after the whole row, which the row keeps',
      '51\t0\t0\t0\t0\t0\t51\t不详',
      [51, 0, 0, 0, 0, 0, 51],
    ],
    [
      'the word in the total column, the others in theirs',
      '51\t0\t0\t0\t0\t0\t（不详）\t',
      [51, 0, 0, 0, 0, 0, undefined],
    ],
  ])('a word for an unknown number in a 表三 row: %s', (_, values, expected) => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const line = '(七) 总计\t\t51\t0\t0\t0\t0\t0\t51\t'
    expect(readFileSync(join(FIXTURES, path), 'utf8').split('\n')).toContain(line)
    const report = readChanged(path, line, `(七) 总计\t\t${values}`)
    const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total']
    expect(columns.map((column) => report.cells[`applications.total.${column}`]?.value)).toEqual(expected)
  })

  it('a word for an unknown number on a line of values under its label leaves that cell unread', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const line = '(七) 总计\t\t51\t0\t0\t0\t0\t0\t51\t'
    const report = readChanged(path, line, '(七) 总计\n\t\t不详\t0\t0\t0\t0\t0\t51\t')
    expect(report.cells['applications.total.natural']).toBeUndefined()
    expect(noticesOn(report, 'applications.total.natural')).toEqual(['cell-unread'])
    expect(report.cells['applications.total.total']?.value).toBe(51)
  })

  it('a number of more than 15 digits is left unread with a notice, not rounded', () => {
    const report = readChanged(SEED, '行政许可\t67\t\t', `行政许可\t${'6'.repeat(40)}\t\t`)
    expect(report.cells[LICENSING]).toBeUndefined()
    expect(noticesOn(report, LICENSING)).toContain('cell-unread')
  })

  it('digits kept apart by commas (a PDF number printed a digit a line) are left unread, and the notice says why', () => {
    const row = '三、本年度办理结果\t(一) 予以公开\t8\t0\t0\t0\t0\t0\t8\t'
    const report = readChanged('seeds/001_cad4fa3e014eb2f3.txt', row, row.replace('\t8\t0\t', '\t3,3,3\t0\t'))
    const id = 'applications.granted.natural'
    expect(report.cells[id]).toBeUndefined()
    const messages = report.notices.filter((notice) => notice.cellIds?.includes(id) === true)
    expect(messages.map((notice) => notice.message)).toEqual([
      '予以公开行：单元格“3,3,3”无法读取（数字逐位分行排列，无法确定是一个数还是几个数），未填入数值',
    ])
  })

  it('a sign set apart from its digits ("- 2") keeps its sign in a signed 2019 cell', () => {
    const report = readChanged(
      'handmade/2019_template.txt',
      '行政许可\t48\t-2\t1,312',
      '行政许可\t48\t- 2\t1,312',
    )
    expect(report.cells['proactive.licensing.change']?.value).toBe(-2)
    expect(report.cells['proactive.licensing.decisions']?.value).toBe(1312)
    expect(noticesOn(report, 'proactive.licensing.change')).toEqual([])
  })

  describe('in text without cell boundaries (copied from a page)', () => {
    const flat = (path: string, line: string, replacement: string): Report => {
      const text = readFileSync(join(FIXTURES, path), 'utf8')
      expect(text.split(line)).toHaveLength(2)
      return readText(path, text.replace(line, replacement).replaceAll('\t', ' '))
    }

    it('a minus set apart from its digits ("48 - 2 1,312") is still their sign', () => {
      const report = flat('handmade/2019_template.txt', '行政许可\t48\t-2\t1,312', '行政许可\t48\t- 2\t1,312')
      expect(report.cells['proactive.licensing.change']?.value).toBe(-2)
      expect(report.cells['proactive.licensing.lastYearItems']?.value).toBe(48)
      expect(report.cells['proactive.licensing.decisions']?.value).toBe(1312)
    })

    it('a row whose numbers wrap onto the next line reads in order when its 总计 sums the rest', () => {
      const row = '\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t0\t0\t0\t0\t0\t0\t0\t'
      const wrapped = '\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)\t9\t2\t1\t1\n1\t2\t16'
      const report = flat('seeds/001_cad4fa3e014eb2f3.txt', row, wrapped)
      const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other', 'total']
      const read = columns.map((column) => report.cells[`applications.partlyGranted.${column}`]?.value)
      expect(read).toEqual([9, 2, 1, 1, 1, 2, 16])
    })

    it('a minus set apart in a count leaves the count unread, not positive', () => {
      const row = '三、本年度办理结果\t(一) 予以公开\t8\t0\t0\t0\t0\t0\t8\t'
      const report = flat('seeds/001_cad4fa3e014eb2f3.txt', row, row.replace('\t8\t0\t', '\t8\t- 2\t'))
      expect(report.cells['applications.granted.commercial']).toBeUndefined()
      expect(noticesOn(report, 'applications.granted.commercial')).toContain('cell-unread')
      expect(report.cells['applications.granted.natural']?.value).toBe(8)
    })
  })

  it('a spaced minus in a count cell ("- 7") leaves the cell unread instead of reading 7', () => {
    const row = '三、本年度办理结果\t(一) 予以公开\t8\t0\t0\t0\t0\t0\t8\t'
    const report = readChanged(
      'seeds/001_cad4fa3e014eb2f3.txt',
      row,
      row.replace('\t0\t0\t0\t0\t0\t8', '\t- 7\t0\t0\t0\t0\t8'),
    )
    expect(report.cells['applications.granted.commercial']).toBeUndefined()
    expect(noticesOn(report, 'applications.granted.commercial')).toContain('cell-unread')
    expect(report.cells['applications.granted.natural']?.value).toBe(8)
  })

  it.each(['l2', '1O', '6,7', '?', '??', '\ufffd', '■'])(
    'a value damaged by OCR or encoding (%s) is left unread with a notice, not read as blank 0',
    (cell) => {
      const report = readChanged(SEED, '行政许可\t67\t\t', `行政许可\t${cell}\t\t`)
      expect(report.cells[LICENSING]).toBeUndefined()
      expect(noticesOn(report, LICENSING)).toEqual(['cell-unread'])
    },
  )

  it.each([
    ['67.', '\t'],
    ['(6)', '\t'],
    ['6、', '\t'],
    ['0.5万', '\t'],
    ['3千', '\t'],
    ['67.', ' '],
    ['0.5万', ' '],
  ])(
    'a cell shaped as numbering or with a multiplier after the label (%s) is left unread, not read as blank 0',
    (cell, between) => {
      const report = readChanged(SEED, '行政许可\t67\t\t', `行政许可${between}${cell}\t\t`)
      expect(report.cells[LICENSING]).toBeUndefined()
      expect(noticesOn(report, LICENSING)).toEqual(['cell-unread'])
      expect(report.notices.find((notice) => notice.code === 'cell-unread')?.message).toContain(`“${cell}”`)
    },
  )

  it('a numbering-shaped first value of a 表三 row is left unread and the others stay in their columns', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const line = '(七) 总计\t\t51\t0\t0\t0\t0\t0\t51\t'
    const report = readChanged(path, line, line.replace('\t51\t0', '\t51.\t0'))
    expect(report.cells['applications.total.natural']).toBeUndefined()
    expect(noticesOn(report, 'applications.total.natural')).toEqual(['cell-unread'])
    expect(report.cells['applications.total.commercial']?.value).toBe(0)
    expect(report.cells['applications.total.total']?.value).toBe(51)
  })

  it('a footnote mark after a label does not take a column when a blank sits among the row’s numbers', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const line = '一、本年新收政府信息公开申请数量\t\t51\t0\t0\t0\t0\t0\t51\t'
    const report = readChanged(path, line, '一、本年新收政府信息公开申请数量 (1)\t\t51\t\t0\t0\t0\t0\t51\t')
    expect(report.cells['applications.received.natural']?.value).toBe(51)
    expect(report.cells['applications.received.commercial']?.value).toBe(0)
    expect(noticesOn(report, 'applications.received.commercial')).toContain('blank-as-zero')
    expect(report.cells['applications.received.total']?.value).toBe(51)
  })

  it('numbering at the end of a label line whose numbers follow on the next line stays the next row’s', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const report = readChangedLines(path, {
      '\t\t5. 属于三类内部事务信息\t1\t0\t0\t0\t0\t0\t1':
        '\t\t5. 属于三类内部事务信息 6.\n\t\t\t1\t0\t0\t0\t0\t0\t1',
      '\t\t6. 属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0': '\t\t属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0',
    })
    expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
  })

  it.each(['具体情况见下表 1.', '具体情况见下表 (1)', '\t备注 1.'])(
    'a line of text ending in numbering (%s) above 表四’s numbers leaves them read',
    (note) => {
      const path = 'seeds/001_cad4fa3e014eb2f3.txt'
      const heading = '四、政府信息公开行政复议、行政诉讼情况'
      const report = readChanged(path, heading, `${heading}\n${note}`)
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
    },
  )

  it('numbering after a label with the row’s one value after it is read once, as that value', () => {
    const path = 'handmade/2019_template.txt'
    const report = readChanged(path, '行政事业性收费\t4\t-1', '行政事业性收费 4.\t-1')
    expect(noticesOn(report, 'proactive.fees.lastYearItems')).toEqual(['cell-unread'])
    expect(report.cells['proactive.fees.change']?.value).toBe(-1)
    expect(report.notices.filter((notice) => notice.code === 'cell-unread')).toHaveLength(1)
  })

  it.each([
    ['numbering in a cell of its own before the label it numbers', '1.\t属于国家秘密'],
    ['a label cell whose characters were all lost', '??????'],
  ])('%s (%s) stays label text', (_, label) => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const report = readChanged(
      path,
      '\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
      `\t(三) 不予公开\t${label}\t0\t0\t0\t0\t0\t0\t0`,
    )
    expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
    expect(report.notices.filter((notice) => notice.code === 'cell-unread')).toEqual([])
  })

  it('a notice quotes at most the start of a line of thousands of values or a page-long label', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const lines = seedLines(path)
    const at = lines.findIndex((line) => line.startsWith('二、上年结转政府信息公开申请数量'))
    const values = Array.from({ length: 50_000 }, (_, i) => String(i % 10)).join('\t')
    const longRow = [
      ...lines.slice(0, at),
      `二、上年结转政府信息公开申请数量\t\t${values}`,
      ...lines.slice(at + 1),
    ]
    const longLabel = lines.map((line, i) =>
      i === at ? line.replace('二、上年结转', `二、上年结转${'很长'.repeat(50_000)}`) : line,
    )
    for (const changed of [longRow, longLabel]) {
      const report = readText(path, changed.join('\n'))
      expect(report.notices.length).toBeGreaterThan(0)
      for (const notice of report.notices) expect(notice.message.length).toBeLessThan(400)
    }
  })

  describe('a line with numbers that is no row of the template', () => {
    const APPLICATIONS = 'seeds/001_cad4fa3e014eb2f3.txt'
    const lineWith = (lines: readonly string[], text: string): number => {
      const found = lines.filter((line) => line.includes(text))
      expect(found).toHaveLength(1)
      return lines.findIndex((line) => line.includes(text))
    }
    const codes = (report: Report): string[] => report.notices.map((notice) => notice.code)
    const strays = (report: Report) =>
      report.notices.filter((notice) => notice.message.includes('不属于任何一行'))

    it('digits split off the row above ("行政许可6" / "7") leave that row unread, and no later row moves', () => {
      const report = readChanged(SEED, '行政许可\t67\t\t', '行政许可6\n7\t\t')
      const expected = expectedOf(join(FIXTURES, SEED)).cells
      expect(report.cells[LICENSING]).toBeUndefined()
      const unread = report.notices.find((notice) => notice.cellIds?.includes(LICENSING) === true)
      expect(unread?.code).toBe('cell-unread')
      expect(unread?.message).toContain('“7”')
      const { [LICENSING]: licensing, ...others } = expected
      expect(licensing).toBe(67)
      expect(cellValues(report)).toEqual(others)
      expect(codes(report)).not.toContain('label-by-order')
    })

    it('a lone number under a row ending in 0 is not taken for the rest of its digits (a page number)', () => {
      const report = readChanged(SEED, '规章\t0\t0\t0', '规章\t0\t0\t0\n5')
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, SEED)).cells)
      expect(strays(report)).toHaveLength(1)
    })

    it.each([
      ['(三) 不予公开', '1. 属于国家秘密', 8, 'refused.'],
      ['（三）不予公开', '1. 属于国家秘密', 8, 'refused.'],
      ['(四) 无法提供', '1. 本机关不掌握相关政府信息', 3, 'unavailable.'],
    ])(
      'a group given only as its sums (“%s”) is no row: its items are left unread, not the first item by position',
      (title, firstItem, items, prefix) => {
        const lines = seedLines(APPLICATIONS)
        const at = lineWith(lines, firstItem)
        const sums = [0, 1, 2, 3, 4, 5, 6].map((column) =>
          lines
            .slice(at, at + items)
            .reduce((sum, line) => sum + Number(line.split('\t').slice(-7)[column]), 0),
        )
        const collapsed = [
          ...lines.slice(0, at),
          `\t${title}\t${sums.join('\t')}`,
          ...lines.slice(at + items),
        ]
        const report = readText(APPLICATIONS, collapsed.join('\n'))
        const expected = expectedOf(join(FIXTURES, APPLICATIONS)).cells
        const itemIds = Object.keys(expected).filter((id) => id.startsWith(`applications.${prefix}`))
        expect(itemIds).toHaveLength(items * 7)
        const others = Object.fromEntries(Object.entries(expected).filter(([id]) => !itemIds.includes(id)))
        expect(cellValues(report)).toEqual(others)
        expect(codes(report)).not.toContain('label-by-order')
        expect(strays(report)[0]?.message).toContain(sums.join(' '))
        const unread = report.notices.find((notice) => notice.cellIds?.includes(itemIds[0] ?? '') === true)
        expect(unread?.code).toBe('cell-unread')
      },
    )

    it('a row given twice is read once; the copy is named and no later row moves', () => {
      const lines = seedLines(APPLICATIONS)
      const at = lineWith(lines, '5. 属于三类内部事务信息')
      const report = readText(APPLICATIONS, [...lines.slice(0, at + 1), ...lines.slice(at)].join('\n'))
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, APPLICATIONS)).cells)
      expect(strays(report)).toHaveLength(1)
      expect(strays(report)[0]?.line).toBe(at + 1)
      expect(codes(report)).not.toContain('label-by-order')
      expect(codes(report)).not.toContain('row-out-of-place')
    })

    it('a subtotal row above a group ("（四）无法提供合计") is not taken for 总计 or a row of the group', () => {
      const lines = seedLines(APPLICATIONS)
      const at = lineWith(lines, '(四) 无法提供')
      const subtotal = (lines[at] ?? '').replace(
        '(四) 无法提供\t1. 本机关不掌握相关政府信息',
        '(四) 无法提供合计',
      )
      const report = readText(APPLICATIONS, [...lines.slice(0, at), subtotal, ...lines.slice(at)].join('\n'))
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, APPLICATIONS)).cells)
      expect(strays(report).map((notice) => notice.line)).toEqual([at])
      expect(strays(report)[0]?.cellIds).toBeUndefined()
    })

    describe('（六）其他处理 above its three rows', () => {
      const lines = seedLines(APPLICATIONS)
      const first = lineWith(lines, '(六) 其他处理')
      const third = lineWith(lines, '3. 其他')
      const other = '\t3. 其他\t2\t0\t0\t0\t0\t0\t2\t'
      const withRows = (rows: string[]): Report =>
        readText(APPLICATIONS, [...lines.slice(0, first), ...rows, ...lines.slice(third + 1)].join('\n'))
      const sixth = (report: Report) =>
        Object.fromEntries(
          Object.entries(cellValues(report)).filter(([id]) => id.startsWith('applications.otherHandling.')),
        )

      it('as a subtotal row is not the one-row variant: the three rows are read, the subtotal named', () => {
        const report = withRows([
          '(六) 其他处理\t\t2\t0\t0\t0\t0\t0\t2\t',
          ...lines.slice(first, third),
          other,
        ])
        expect(report.tableVariants['applications.otherHandling']).toBe('three-rows')
        expect(sixth(report)['applications.otherHandling.other.natural']).toBe(2)
        expect(sixth(report)['applications.otherHandling.noCorrection.natural']).toBe(0)
        expect(report.cells['applications.otherHandling.all.natural']).toBeUndefined()
        expect(strays(report).map((notice) => notice.line)).toEqual([first])
      })

      it.each(['(六) 其他处理小计', '(六) 其他处理'])(
        'as a subtotal row (%s) after the three rows leaves them as they are',
        (subtotal) => {
          const report = withRows([
            ...lines.slice(first, third),
            other,
            `${subtotal}\t\t2\t0\t0\t0\t0\t0\t2\t`,
          ])
          expect(report.tableVariants['applications.otherHandling']).toBe('three-rows')
          expect(sixth(report)['applications.otherHandling.other.natural']).toBe(2)
          expect(sixth(report)['applications.otherHandling.noCorrection.natural']).toBe(0)
          expect(strays(report).map((notice) => notice.line)).toEqual([third + 1])
        },
      )

      it('as a subtotal row, with the row before it missing, is not taken for that row', () => {
        const fifth = lineWith(lines, '5. 要求行政机关确认')
        const rows = [
          ...lines.slice(fifth + 1, first),
          '(六) 其他处理\t\t2\t0\t0\t0\t0\t0\t2\t',
          ...lines.slice(first, third),
          other,
        ]
        const report = readText(
          APPLICATIONS,
          [...lines.slice(0, fifth), ...rows, ...lines.slice(third + 1)].join('\n'),
        )
        expect(report.cells['applications.notProcessed.confirmation.natural']).toBeUndefined()
        expect(sixth(report)['applications.otherHandling.other.natural']).toBe(2)
        expect(strays(report).map((notice) => notice.line)).toEqual([fifth])
      })

      it('as a title line of blank cells over the three rows is no row of its own', () => {
        const report = withRows(['(六) 其他处理\t\t\t\t\t\t\t\t\t', ...lines.slice(first, third), other])
        expect(report.tableVariants['applications.otherHandling']).toBe('three-rows')
        expect(report.cells['applications.otherHandling.all.natural']).toBeUndefined()
        expect(sixth(report)['applications.otherHandling.other.natural']).toBe(2)
        expect(codes(report)).not.toContain('template-mixed')
      })

      it('as a label line over numbered rows without labels, gives the rows in order, with notices', () => {
        const report = withRows([
          '(六) 其他处理\t1.\t3\t0\t0\t0\t0\t0\t3\t',
          '\t2.\t0\t0\t0\t0\t0\t0\t0\t',
          other,
        ])
        expect(report.tableVariants['applications.otherHandling']).toBe('three-rows')
        expect(sixth(report)['applications.otherHandling.noCorrection.natural']).toBe(3)
        expect(sixth(report)['applications.otherHandling.unpaidFee.total']).toBe(0)
        expect(sixth(report)['applications.otherHandling.other.natural']).toBe(2)
        expect(codes(report).filter((code) => code === 'label-by-order')).toHaveLength(2)
      })
    })

    it('a subtotal row in the one-row （六） format is not taken for the three-row variant', () => {
      const path = 'handmade/2021_one_row_other_handling.txt'
      const lines = seedLines(path)
      const sixthRow = lineWith(lines, '（六）其他处理')
      const subtotal = '（五）不予处理合计\t1\t0\t0\t0\t0\t0\t1'
      const report = readText(
        path,
        [...lines.slice(0, sixthRow), subtotal, ...lines.slice(sixthRow)].join('\n'),
      )
      expect(report.tableVariants['applications.otherHandling']).toBe('one-row')
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
      expect(strays(report).map((notice) => notice.line)).toEqual([sixthRow])
    })

    it('looks for a row given later only within its own table, not in a second 表三 after it', () => {
      const lines = seedLines(APPLICATIONS)
      const heading = lineWith(lines, '三、收到和处理政府信息公开申请情况')
      const last = lines.findIndex((line) => line.startsWith('四、结转下年度'))
      const block = lines.slice(heading + 1, last + 1)
      const query = block.findIndex((line) => line.includes('8. 属于行政查询事项'))
      // The first table also writes a row short, so its keyword match meets the second table's exact wording.
      const first = block
        .filter((_, at) => at !== query)
        .map((line) => line.replace('本机关不掌握相关政府信息', '本机关不掌握'))
      const text = [...lines.slice(0, heading + 1), ...first, ...block, ...lines.slice(last + 1)].join('\n')
      const report = readText(APPLICATIONS, text)
      const expected = expectedOf(join(FIXTURES, APPLICATIONS)).cells
      expect(report.cells['applications.refused.queryMatters.natural']).toBeUndefined()
      expect(report.cells['applications.unavailable.notHeld.natural']?.value).toBe(
        expected['applications.unavailable.notHeld.natural'],
      )
      expect(codes(report)).not.toContain('label-by-order')
    })

    /** The seed with its 予以公开 row given `copies` more times right under it. */
    const withCopiesOfGranted = (copies: number): Report => {
      const lines = seedLines(APPLICATIONS)
      const at = lineWith(lines, '(一) 予以公开')
      const copied = Array.from({ length: copies }, () => lines[at] ?? '')
      return readText(APPLICATIONS, [...lines.slice(0, at + 1), ...copied, ...lines.slice(at + 1)].join('\n'))
    }

    it('names each of many copies of a row, and reads the rows after them', () => {
      const report = withCopiesOfGranted(20)
      expect(strays(report)).toHaveLength(20)
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, APPLICATIONS)).cells)
    })

    it('ends a table after 40 lines in a row that are no row', () => {
      const report = withCopiesOfGranted(50)
      expect(strays(report)).toHaveLength(40)
      expect(report.cells['applications.granted.natural']?.value).toBe(8)
      expect(report.cells['applications.total.natural']).toBeUndefined()
    })

    it('reads rows the template does not have as strays, and the fee after five of them', () => {
      const fees = '行政事业性收费\t2221.9632'
      const extra = ['行政检查', '行政确认', '行政奖励', '行政裁决', '行政给付'].map(
        (name, at) => `${name}\t${at + 3}`,
      )
      const report = readChanged(SEED, fees, [...extra, fees].join('\n'))
      expect(strays(report)).toHaveLength(5)
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, SEED)).cells)
    })

    it('a lone number right after the table’s last row leaves that row unread too', () => {
      const report = readChanged(SEED, '行政事业性收费\t2221.9632', '行政事业性收费\t2221\n9632')
      expect(report.cells['proactive.fees.amount']).toBeUndefined()
      expect(noticesOn(report, 'proactive.fees.amount')).toEqual(['cell-unread'])
    })

    it('ends the table at a line giving its first row again, later in the table (a second 表三 begins)', () => {
      const lines = seedLines(APPLICATIONS)
      const heading = lineWith(lines, '三、收到和处理政府信息公开申请情况')
      const last = lines.findIndex((line) => line.startsWith('四、结转下年度'))
      const block = lines.slice(heading + 1, last + 1)
      const withoutLast = block.slice(0, -1)
      const second = block.map((line) => line.replace(/\t0\t0\t0\t0\t0\t0\t0\t?$/, '\t9\t0\t0\t0\t0\t0\t9'))
      const text = [...lines.slice(0, heading + 1), ...withoutLast, ...second, ...lines.slice(last + 1)].join(
        '\n',
      )
      const report = readText(APPLICATIONS, text)
      expect(report.cells['applications.carriedForward.natural']).toBeUndefined()
      expect(report.cells['applications.total.natural']?.value).toBe(51)
    })

    it('a row named in its exact wording out of place is that row, not a row its note names by keyword', () => {
      const lines = seedLines(APPLICATIONS)
      const partly = lineWith(lines, '(二) 部分公开')
      const secret = lineWith(lines, '1. 属于国家秘密')
      const moved = (lines[partly] ?? '').replace(/\t0\t0\t0\t0\t0\t0\t0\t$/, '\t2\t0\t0\t0\t0\t0\t2\t')
      const order = [...lines.slice(0, partly), lines[secret] ?? '', moved, ...lines.slice(secret + 1)]
      const report = readText(APPLICATIONS, order.join('\n'))
      expect(report.cells['applications.partlyGranted.natural']?.value).toBe(2)
      expect(report.cells['applications.otherHandling.other.natural']?.value).toBe(0)
      expect(codes(report)).toContain('row-out-of-place')
      expect(codes(report)).not.toContain('label-by-keyword')
    })
  })

  describe('zero written as a Chinese numeral (〇, 零)', () => {
    const row = '三、本年度办理结果\t(一) 予以公开\t8\t0\t0\t0\t0\t0\t8\t'

    it.each(['〇', '零'])('is the number 0 in its own column (%s), not label text', (zero) => {
      const report = readChanged(
        'seeds/001_cad4fa3e014eb2f3.txt',
        row,
        row.replace('\t8\t0\t', `\t8\t${zero}\t`),
      )
      const expected = expectedOf(join(FIXTURES, 'seeds/001_cad4fa3e014eb2f3.txt'))
      expect(cellValues(report)).toEqual(expected.cells)
      expect(report.cells['applications.granted.commercial']?.source.raw).toBe(zero)
      expect(noticesOn(report, 'applications.granted.commercial')).toEqual(['zero-as-numeral'])
    })

    it('is text in a line without cells, where it may be a digit of a spaced-out year', () => {
      const path = 'seeds/001_cad4fa3e014eb2f3.txt'
      const lines = seedLines(path)
      const values = lines.findIndex((line) => /^0\t0\t0\t0\t0\t0\t1/.test(line))
      expect(values).toBeGreaterThan(0)
      const header = '二 〇 二 三 年 政 府 信 息 公 开 工 作 年 度 报 告'
      const report = readText(path, [...lines.slice(0, values), header, ...lines.slice(values)].join('\n'))
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
    })

    it('names every such cell in one notice', () => {
      const report = readChanged(SEED, '规章\t0\t0\t0', '规章\t〇\t〇\t〇')
      const numerals = report.notices.filter((notice) => notice.code === 'zero-as-numeral')
      expect(numerals).toHaveLength(1)
      expect(numerals[0]?.cellIds).toEqual([
        'proactive.rules.issued',
        'proactive.rules.repealed',
        'proactive.rules.inForce',
      ])
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, SEED)).cells)
    })
  })

  it("a damaged value among a 表三 row's values is unread in its own column, the others read in theirs", () => {
    const row = '三、本年度办理结果\t(一) 予以公开\t8\t0\t0\t0\t0\t0\t8\t'
    const report = readChanged('seeds/001_cad4fa3e014eb2f3.txt', row, row.replace('\t8\t0\t', '\t8\tO\t'))
    expect(report.cells['applications.granted.commercial']).toBeUndefined()
    expect(noticesOn(report, 'applications.granted.commercial')).toContain('cell-unread')
    expect(report.cells['applications.granted.natural']?.value).toBe(8)
    expect(report.cells['applications.granted.total']?.value).toBe(8)
  })

  it('a note about procurement under a 2021 表二 does not turn it into the 2019 table', () => {
    const fees = '行政事业性收费\t2221.9632'
    const report = readChanged(SEED, fees, `${fees}\n注：本年度未开展政府集中采购。`)
    const expected = expectedOf(join(FIXTURES, SEED))
    expect(report.template).toBe('2021')
    expect(report.tableVariants.proactive).toBe('2021')
    expect(cellValues(report)).toEqual(expected.cells)
  })

  it('a fee column headed in 元 is converted to the template’s 万元, with a notice', () => {
    const text = readFileSync(join(FIXTURES, SEED), 'utf8')
    const header = text.split('\n').find((line) => line.includes('收费金额'))
    if (header === undefined) throw new Error('no fee header in the seed')
    const report = readChanged(SEED, header, header.replace(/（单位：万元）|\(单位：万元\)/, '（单位：元）'))
    expect(report.cells['proactive.fees.amount']?.value).toBe(0.22219632)
    expect(noticesOn(report, 'proactive.fees.amount')).toEqual(['unit-converted'])
  })

  describe('表四 in another order than the template’s', () => {
    const path = 'handmade/2019_template.txt'
    const T = '\t'
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].join(T)
    const header = [
      `行政复议${T.repeat(5)}行政诉讼`,
      `${results}${T}未经复议直接起诉${T.repeat(5)}复议后起诉`,
      `${T.repeat(5)}${results}${T}${results}`,
    ]
    const values = ['1', '0', '0', '0', '1', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0'].join(T)
    const appeals = (report: Report) =>
      Object.fromEntries(Object.entries(cellValues(report)).filter(([id]) => id.startsWith('appeals.')))
    const expectedAppeals = () =>
      Object.fromEntries(
        Object.entries(expectedOf(join(FIXTURES, path)).cells).filter(([id]) => id.startsWith('appeals.')),
      )
    const replaced = (lines: string[]) =>
      readChangedLines(path, {
        [header[0] ?? '']: lines.join('\n'),
        [header[1] ?? '']: '',
        [header[2] ?? '']: '',
        [values]: '',
      })

    it('with 行政诉讼 first under a two-level header is read by the header', () => {
      const report = replaced([
        `行政诉讼${T.repeat(10)}行政复议`,
        `未经复议直接起诉${T.repeat(5)}复议后起诉${T.repeat(5)}${results}`,
        `${results}${T}${results}`,
        ['0', '0', '0', '1', '1', '0', '0', '0', '0', '0', '1', '0', '0', '0', '1'].join(T),
      ])
      expect(appeals(report)).toEqual(expectedAppeals())
      expect(noticesOn(report, 'appeals.reconsideration.total')).toEqual(['columns-reordered'])
    })

    it('with a labelled row per group in another order is read by the labels', () => {
      const report = replaced([
        `${T}${results}`,
        `行政诉讼（复议后起诉）${T}0${T}0${T}0${T}0${T}0`,
        `行政复议${T}1${T}0${T}0${T}0${T}1`,
        `行政诉讼（未经复议直接起诉）${T}0${T}0${T}0${T}1${T}1`,
      ])
      expect(appeals(report)).toEqual(expectedAppeals())
      expect(report.checks.filter((check) => !check.ok && check.rule === 'R-D')).toEqual([])
    })

    it('with 行政诉讼 first under a two-level header merged into one line is read by the order of its cells', () => {
      const report = replaced([
        `行政诉讼${T}行政复议${T}未经复议直接起诉${T}复议后起诉`,
        `${results}${T}${results}${T}${results}`,
        ['0', '0', '0', '1', '1', '0', '0', '0', '0', '0', '1', '0', '0', '0', '1'].join(T),
      ])
      expect(appeals(report)).toEqual(expectedAppeals())
      const reordered = report.notices.filter((notice) => notice.code === 'columns-reordered')
      expect(reordered.map((notice) => notice.message)).toEqual([
        '表四：各组依次为行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）、行政复议（按表头中各组名称的先后确定），与模板不同，已按报告中的顺序对应各数值',
      ])
      expect(report.notices.filter((notice) => notice.code === 'ambiguous')).toEqual([])
    })

    it('with 行政诉讼 first but its two groups named on lines of their own is left unread with a notice, not read in the template’s order', () => {
      const report = replaced([
        `行政诉讼${T}行政复议`,
        '未经复议直接起诉',
        '复议后起诉',
        `${results}${T}${results}${T}${results}`,
        ['0', '0', '0', '1', '1', '0', '0', '0', '0', '0', '1', '0', '0', '0', '1'].join(T),
      ])
      for (const id of Object.keys(expectedAppeals())) {
        expect(noticesOn(report, id), id).toEqual(['ambiguous'])
        expect(report.cells[id], id).toBeUndefined()
      }
      expect(report.notices.filter((notice) => notice.code === 'columns-reordered')).toEqual([])
    })

    it('with 尚未审结 before 其他结果 is read by the header row of results', () => {
      const swapped = ['结果维持', '结果纠正', '尚未审结', '其他结果', '总计'].join(T)
      const report = replaced([
        header[0] ?? '',
        `${swapped}${T}未经复议直接起诉${T.repeat(5)}复议后起诉`,
        `${T.repeat(5)}${swapped}${T}${swapped}`,
        ['1', '0', '0', '0', '1', '0', '0', '1', '0', '1', '0', '0', '0', '0', '0'].join(T),
      ])
      expect(appeals(report)).toEqual(expectedAppeals())
      expect(noticesOn(report, 'appeals.litigationDirect.pending')).toEqual(['columns-reordered'])
    })

    const transposed = (
      groups: [string, string],
      results: string[],
      labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    ) => [...groups, ...labels.map((result, at) => `${result}${T}${results[at]}`)]

    it('transposed with the results written short (维持, 纠正, 其他, 未审结, 合计) is read by them', () => {
      const report = replaced(
        transposed(
          [`${T}行政复议${T}行政诉讼`, `${T}${T}未经复议直接起诉${T}复议后起诉`],
          ['1\t0\t0', '0\t0\t0', '0\t0\t0', '0\t1\t0', '1\t1\t0'],
          ['维持', '纠正', '其他', '未审结', '合计'],
        ),
      )
      expect(appeals(report)).toEqual(expectedAppeals())
      expect(noticesOn(report, 'appeals.litigationDirect.pending')).toEqual(['columns-reordered'])
    })

    it.each([
      [
        'in the template’s group order',
        [`${T}行政复议${T}行政诉讼`, `${T}${T}未经复议直接起诉${T}复议后起诉`],
        ['1\t0\t0', '0\t0\t0', '0\t0\t0', '0\t1\t0', '1\t1\t0'],
      ],
      [
        'with a result row of dashes',
        [`${T}行政复议${T}行政诉讼`, `${T}${T}未经复议直接起诉${T}复议后起诉`],
        ['1\t0\t0', '0\t0\t0', '-\t-\t-', '0\t1\t0', '1\t1\t0'],
      ],
      [
        'with the groups in another order, by the order of header cells that do not stand over the values',
        [`复议后起诉${T}未经复议直接起诉${T}行政复议`, ''],
        ['0\t0\t1', '0\t0\t0', '0\t0\t0', '0\t1\t0', '0\t1\t1'],
      ],
      [
        'with the groups in another order, by the header cells above the values',
        [`${T}行政诉讼${T}${T}行政复议`, `${T}未经复议直接起诉${T}复议后起诉${T}`],
        ['0\t0\t1', '0\t0\t0', '0\t0\t0', '1\t0\t0', '1\t0\t1'],
      ],
    ] as const)('transposed, a row per result, is read by the row labels (%s)', (_, groups, results) => {
      const report = replaced(transposed([...groups], [...results]))
      expect(appeals(report)).toEqual(expectedAppeals())
      expect(noticesOn(report, 'appeals.litigationDirect.pending')).toEqual(['columns-reordered'])
    })

    it('is neither read as transposed nor in the template’s order when a result labels two rows', () => {
      const lines = transposed(
        [`${T}行政复议${T}行政诉讼`, `${T}${T}未经复议直接起诉${T}复议后起诉`],
        ['1\t0\t0', '0\t0\t0', '0\t0\t0', '0\t1\t0', '1\t1\t0'],
      ).map((line) => line.replace('结果纠正', '结果维持'))
      const report = replaced(lines)
      expect(report.notices.filter((notice) => notice.code === 'columns-reordered')).toEqual([])
      // Five lines of three are a row per result: which numbers are whose is unknown, so none is filled in.
      expect(Object.keys(report.cells).filter((id) => id.startsWith('appeals.'))).toEqual([])
      const ambiguous = report.notices.filter((notice) => notice.code === 'ambiguous')
      expect(ambiguous.map((notice) => notice.cellIds)).toEqual([APPEAL_CELL_IDS])
    })

    it('with a row per group, five values to a line, is read as the template', () => {
      const report = replaced([
        ...header,
        `1${T}0${T}0${T}0${T}1`,
        `0${T}0${T}0${T}1${T}1`,
        `0${T}0${T}0${T}0${T}0`,
      ])
      expect(appeals(report)).toEqual(expectedAppeals())
      expect(report.notices.filter((notice) => notice.code === 'columns-reordered')).toEqual([])
    })

    it('in the template’s order gets no notice', () => {
      const report = replaced([...header, values])
      expect(appeals(report)).toEqual(expectedAppeals())
      expect(report.notices.filter((notice) => notice.code === 'columns-reordered')).toEqual([])
    })
  })

  it('a 表三 row written as its label alone does not take the next row’s numbers', () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const report = readChanged(
      path,
      '\t\t8. 属于行政查询事项\t0\t0\t0\t0\t0\t0\t0',
      '\t\t8. 属于行政查询事项',
    )
    const expected = expectedOf(join(FIXTURES, path)).cells
    const cells = cellValues(report)
    for (const [id, value] of Object.entries(expected))
      if (!id.startsWith('applications.refused.queryMatters.')) expect(cells[id], id).toBe(value)
    expect(report.cells['applications.refused.queryMatters.natural']).toBeUndefined()
    expect(noticesOn(report, 'applications.refused.queryMatters.natural')).toEqual(['cell-unread'])
    expect(noticesOn(report, 'applications.unavailable.notHeld.natural')).toEqual([])
  })

  /** Seed 001 with 自然人 after the 法人或其他组织 columns in its header and in every row of 表三. */
  const naturalMovedLast = () => {
    const path = 'seeds/001_cad4fa3e014eb2f3.txt'
    const lines = readFileSync(join(FIXTURES, path), 'utf8').split('\n')
    const natural = lines.findIndex((line) => line.startsWith('\t\t自然人\t'))
    const last = lines.findIndex((line) => line.startsWith('四、结转下年度'))
    const T = '\t'
    lines[natural] = `${T}${T}法人或其他组织${T.repeat(5)}自然人${T}`
    lines[natural + 1] = `${T}${T}商业企业${T}科研机构${T}社会公益组织${T}法律服务机构${T}其他${T}${T}`
    for (let index = natural + 2; index <= last; index++) {
      const cells = (lines[index] ?? '').split(T)
      const first = cells.findIndex((cell) => /^\d+$/.test(cell))
      const values = cells.slice(first, first + 7)
      cells.splice(first, 7, ...values.slice(1, 6), values[0] ?? '', values[6] ?? '')
      lines[index] = cells.join(T)
    }
    return { path, lines, received: natural + 2 }
  }

  it('表三 with 自然人 after the 法人或其他组织 columns is read by its header', () => {
    const { path, lines } = naturalMovedLast()
    const report = readText(path, lines.join('\n'))
    expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
    expect(noticesOn(report, 'applications.received.natural')).toEqual(['columns-reordered'])
  })

  it('a 表三 row of digits run together under such a header is left unread, not split by the template', () => {
    const { path, lines, received } = naturalMovedLast()
    const cells = (lines[received] ?? '').split('\t')
    const first = cells.findIndex((cell) => /^\d+$/.test(cell))
    lines[received] = [...cells.slice(0, first), cells.slice(first, first + 7).join('')].join('\t')
    const report = readText(path, lines.join('\n'))
    expect(report.cells['applications.received.natural']).toBeUndefined()
    expect(noticesOn(report, 'applications.received.natural')).toContain('cell-unread')
    expect(report.cells['applications.carriedOver.natural']?.value).toBe(
      expectedOf(join(FIXTURES, path)).cells['applications.carriedOver.natural'],
    )
  })

  describe('a file with two 表三 (the whole system’s and the agency’s own)', () => {
    const own = 'seeds/001_cad4fa3e014eb2f3.txt'
    const other = 'seeds/000_7bba39e252e1dfbf.txt'
    /** The lines from 表三's heading (exclusive) to its 四、结转下年度 row (inclusive). */
    const tableThree = (path: string) => {
      const lines = readFileSync(join(FIXTURES, path), 'utf8').split('\n')
      const heading = lines.findIndex((line) => line.includes('三、收到和处理政府信息公开申请情况'))
      const last = lines.findIndex((line) => line.startsWith('四、结转下年度'))
      return { lines, heading, last, block: lines.slice(heading + 1, last + 1) }
    }
    const withTables = (first: string[], second: string[]): Report => {
      const { lines, heading, last } = tableThree(own)
      const text = [...lines.slice(0, heading + 1), ...first, ...second, ...lines.slice(last + 1)].join('\n')
      return readText(own, text)
    }
    const repeated = (report: Report) => report.notices.filter((notice) => notice.code === 'table-repeated')
    const ownCells = () => expectedOf(join(FIXTURES, own)).cells

    it.each([
      ['second', ['（一）全系统汇总情况', other], ['（二）本机关情况', own]],
      ['first', ['（一）本机关情况', own], ['（二）全系统汇总情况', other]],
    ] as const)(
      'reads the agency’s own table (the %s) when the captions say which is which',
      (_, [firstCaption, firstPath], [secondCaption, secondPath]) => {
        const report = withTables(
          [firstCaption, ...tableThree(firstPath).block],
          [secondCaption, ...tableThree(secondPath).block],
        )
        expect(cellValues(report)).toEqual(ownCells())
        expect(repeated(report)).toHaveLength(1)
        // It names every cell read, so each cell's notices say it came from one of two tables.
        expect(repeated(report)[0]?.cellIds).toEqual(
          Object.keys(report.cells).filter((id) => id.startsWith('applications.')),
        )
        expect(readingGaps(report).tablesLeft).toEqual(['表三'])
      },
    )

    it('reads the first and says so when nothing tells them apart', () => {
      const report = withTables(tableThree(own).block, tableThree(other).block)
      expect(cellValues(report)).toEqual(ownCells())
      expect(repeated(report)[0]?.message).toContain('读取了第一个')
    })
  })

  describe('a one-row （六）其他处理 written short', () => {
    const path = 'handmade/2019_template.txt'
    const row = '（六）其他处理\t1\t0\t0\t0\t0\t0\t1'

    it.each(['（六）其他', '其他'])('as “%s” is the one-row variant’s row, not “3.其他”', (label) => {
      const report = readChanged(path, row, row.replace('（六）其他处理', label))
      expect(report.tableVariants['applications.otherHandling']).toBe('one-row')
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
      expect(noticesOn(report, 'applications.otherHandling.all.total')).toEqual(['label-by-keyword'])
    })

    it('numbered “3.其他” is still the three-row variant’s third row', () => {
      const report = readChanged(path, row, row.replace('（六）其他处理', '3.其他'))
      expect(report.tableVariants['applications.otherHandling']).toBe('three-rows')
      expect(report.cells['applications.otherHandling.other.total']?.value).toBe(1)
    })
  })

  describe('表二 columns in another order than the template’s', () => {
    const path = 'seeds/002_3971b268707d3ce1.txt'
    const header = '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'
    const docs = ['issued', 'repealed', 'inForce'].map((column) => `proactive.normativeDocs.${column}`)

    it('are read in the header’s order, for every row under that header, with a notice', () => {
      const report = readChangedLines(path, {
        [header]: '信息内容\t现行有效件数\t本年制发件数\t本年废止件数',
        '行政规范性文件\t2\t7\t15': '行政规范性文件\t15\t2\t7',
      })
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
      for (const id of docs) expect(noticesOn(report, id)).toEqual(['columns-reordered'])
      expect(noticesOn(report, 'proactive.licensing.decisions')).toEqual([])
    })

    it('are not reordered when the header does not name every column, and left unread when those it names contradict the template', () => {
      // 现行有效件数 named before 本年制发件数, the third column unnamed: which number is whose is not known.
      const contradicting = readChanged(path, header, '信息内容\t件数\t现行有效件数\t本年制发件数')
      for (const id of docs) {
        expect(contradicting.cells[id]).toBeUndefined()
        expect(noticesOn(contradicting, id)).toEqual(['ambiguous'])
      }
      expect(noticesOn(contradicting, 'proactive.rules.issued')).toEqual(['ambiguous'])
      expect(contradicting.cells['proactive.licensing.decisions']).toEqual(
        readChanged(path, header, header).cells['proactive.licensing.decisions'],
      )
      // Those it names in the template's order: read in that order, as before.
      const partial = readChanged(path, header, '信息内容\t本年制发件数\t件数\t现行有效件数')
      expect(cellValues(partial)).toEqual(expectedOf(join(FIXTURES, path)).cells)
      expect(noticesOn(partial, docs[0] ?? '')).toEqual([])
    })

    it('are left unread when the header names columns in the template’s order but in other columns’ cells', () => {
      // An unknown name first, the two it knows after it: 本年制发件数 heads the second number, not the first.
      const shifted = readChangedLines(path, {
        [header]: '信息内容\t其他件数\t本年制发件数\t本年废止件数',
        '行政规范性文件\t2\t7\t15': '行政规范性文件\t15\t2\t7',
      })
      for (const id of docs) {
        expect(shifted.cells[id]).toBeUndefined()
        expect(noticesOn(shifted, id)).toEqual(['ambiguous'])
      }
      // A header with fewer cells than columns does not say which cell is whose: read as before.
      const short = readChanged(path, header, '信息内容\t本年制发件数\t本年废止件数')
      expect(cellValues(short)).toEqual(expectedOf(join(FIXTURES, path)).cells)
    })

    it('know 现行有效件数 written short as 有效', () => {
      const report = readChangedLines(path, {
        [header]: '信息内容\t有效\t新制发\t已废止',
        '行政规范性文件\t2\t7\t15': '行政规范性文件\t15\t2\t7',
      })
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
      for (const id of docs) expect(noticesOn(report, id)).toEqual(['columns-reordered'])
    })

    it('are not taken from a header whose cells wrap over several lines', () => {
      // A vertically centred header copied from a PDF: the words of the lines joined are out of order.
      const report = readChanged(path, header, '本年制发\t现行有效\n信息内容\t本年废止件数\n件数\t件数')
      expect(cellValues(report)).toEqual(expectedOf(join(FIXTURES, path)).cells)
      expect(noticesOn(report, docs[0] ?? '')).toEqual([])
    })

    it('are followed in the 2019 表二 too', () => {
      const report = readChangedLines('handmade/2019_template.txt', {
        '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量':
          '信息内容\t对外公开总数量\t本年新制作数量\t本年新公开数量',
        '规范性文件\t3\t3\t22（含废止2件）': '规范性文件\t22（含废止2件）\t3\t3',
      })
      expect(report.cells['proactive.normativeDocs.total']?.value).toBe(22)
      expect(report.cells['proactive.normativeDocs.made']?.value).toBe(3)
      expect(noticesOn(report, 'proactive.normativeDocs.total')).toContain('columns-reordered')
      expect(noticesOn(report, 'proactive.licensing.decisions')).toEqual([])
    })
  })

  describe('a 2019 procurement amount headed in 万元', () => {
    const path = 'handmade/2019_template.txt'
    const header = '信息内容\t采购项目数量\t采购总金额'
    const row = '政府集中采购\t6\t251000元'

    it('is converted to the template’s 元 with a notice when the cell has no unit', () => {
      const report = readChangedLines(path, { [header]: `${header}（万元）`, [row]: '政府集中采购\t6\t25.1' })
      expect(report.cells['proactive.procurement.amountYuan']?.value).toBe(251000)
      expect(noticesOn(report, 'proactive.procurement.amountYuan')).toEqual(['unit-converted'])
    })

    it('keeps the cell’s own unit when it has one', () => {
      const report = readChanged(path, header, `${header}（万元）`)
      expect(report.cells['proactive.procurement.amountYuan']?.value).toBe(251000)
      expect(noticesOn(report, 'proactive.procurement.amountYuan')).toEqual([])
    })
  })
})
