/**
 * 表三 with each item's number bare in a cell of its own ("（三）不予公开 | 1 | 属于国家秘密 | 1 | 2 …"): the
 * generated fixtures of test/fixtures/generated/item-number-cells, read as the batch command reads them. Read
 * as a value, each "1" made its row one number too many and the rows after a group's title one row off, and
 * （六）其他处理's three rows were taken for the 2019 template's one row with no notice naming their cells.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES, readingOf, truthOf } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'item-number-cells')
const FILES = readdirSync(DIR)
  .filter((name) => !name.endsWith('.expected.json'))
  .sort()

/** What a file may say beside its numbers: blank cells counted as 0, and the 2019 （六） in a 2021 report. */
const EXPECTED_NOTICES: Record<string, readonly string[]> = {
  '901_every_cell_nonzero.item-cells-blank-rows.txt': ['blank-as-zero'],
  '901_every_cell_nonzero.item-cells-one-row.txt': ['template-mixed'],
}

describe('表三 with bare item numbers in cells of their own', () => {
  it('has the seven files: text, page and Word, blank rows, numbers below, number and label in one cell, the one-row （六）', () => {
    expect(FILES).toEqual([
      '901_every_cell_nonzero.item-cells-blank-rows.txt',
      '901_every_cell_nonzero.item-cells-numbers-below.txt',
      '901_every_cell_nonzero.item-cells-one-row.txt',
      '901_every_cell_nonzero.item-cells.page.html',
      '901_every_cell_nonzero.item-cells.txt',
      '901_every_cell_nonzero.item-cells.word.docx',
      '901_every_cell_nonzero.item-spaced.txt',
    ])
  })

  it.each(FILES)('%s: every cell is read per its ground truth, each row by its label', async (file) => {
    const path = join(DIR, file)
    const report = await fixtureReport(path)
    const expected = expectedOf(path)
    expect(readingOf(report)).toEqual(truthOf(expected))
    expect(report.tableVariants['applications.otherHandling']).toBe(
      expected.tableVariants['applications.otherHandling'],
    )
    expect(report.notices.map((notice) => notice.code)).toEqual(EXPECTED_NOTICES[file] ?? [])
  })
})
