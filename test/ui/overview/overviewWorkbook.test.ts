import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCorrection } from '../../../src/core/corrections'
import { cellLayouts } from '../../../src/core/model/ids'
import { describeCell } from '../../../src/core/model/labels'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { FIXTURES } from '../../helpers/expectedReports'
import { exportCellColumns } from '../../../src/core/model/exportColumns'
import { cellValues } from '../../../src/core/model/report'
import { workbookBytes } from '../../../src/core/xlsx/workbook'
import { overviewCsvTable } from '../../../src/features/overview/overviewCsv'
import { toOverviewEntries } from '../../../src/features/overview/overviewEntries'
import {
  overviewWorkbookSheets,
  type OverviewWorkbookInput,
} from '../../../src/features/overview/overviewWorkbook'
import type { LoadedReport } from '../../../src/store'
import { readWorkbook, type WorkbookSheet } from '../../helpers/readWorkbook'
import { expectedSeedReports, parsedSeedEntries } from '../store/expectedReports'
import { corruptedShifanqu } from '../trust/trustFixtures'

const AT = new Date('2026-03-01T08:00:00Z')

function input(
  loaded: readonly LoadedReport[],
  changes: Partial<OverviewWorkbookInput> = {},
): OverviewWorkbookInput {
  return {
    entries: toOverviewEntries([...loaded]),
    allReports: loaded,
    hidden: new Set(),
    aliases: {},
    filters: { agencies: [], years: [], onlyProblems: false },
    exportedAt: AT,
    ...changes,
  }
}

/** The sheets as a spreadsheet program reads them from the file. */
function written(workbookInput: OverviewWorkbookInput): WorkbookSheet[] {
  return readWorkbook(workbookBytes(overviewWorkbookSheets(workbookInput), AT)).sheets
}

function sheetNamed(sheets: readonly WorkbookSheet[], name: string): WorkbookSheet {
  const sheet = sheets.find((candidate) => candidate.name === name)
  if (sheet === undefined) throw new Error(`no sheet ${name}`)
  return sheet
}

describe('the overview’s Excel workbook', () => {
  const loaded = parsedSeedEntries()
  const sheets = written(input(loaded))

  it('has the overview, every cell, the checks, the fields and a note on reading them', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(['总览', '全部单元格', '检查结果', '字段说明', '说明'])
  })

  it('holds in 全部单元格 every cell of each sample as its ground truth gives it, and nothing for cells it lacks', () => {
    const [headers = [], ...rows] = sheetNamed(sheets, '全部单元格').rows
    const columns = exportCellColumns()
    const truths = expectedSeedReports()
    expect(rows).toHaveLength(truths.length)
    truths.forEach((truth, at) => {
      const row = rows[at] ?? []
      expect(row[0]).toBe(truth.agency)
      expect(row[1]).toBe(truth.year)
      const values = cellValues(truth)
      for (const column of columns)
        expect(row[headers.indexOf(column.label)], `${truth.agency} ${column.id}`).toBe(values[column.id])
    })
  })

  it('has a column for every cell id of every template variant, each once, named in 字段说明', () => {
    const ids = exportCellColumns().map((column) => column.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(new Set(cellLayouts().flat()))
    const [, ...fields] = sheetNamed(sheets, '字段说明').rows
    expect(fields.map((row) => row[1])).toEqual(ids)
    const headers = sheetNamed(sheets, '全部单元格').rows[0] ?? []
    expect(fields.every((row) => headers.includes(row[0]))).toBe(true)
  })

  it('has in 总览 what the overview CSV has, numbers as numbers', () => {
    const table = overviewCsvTable(input(loaded).entries)
    const overview = sheetNamed(sheets, '总览').rows
    expect(overview[0]).toEqual(table.headers)
    const licensing = table.headers.indexOf('行政许可')
    expect(overview.slice(1).map((row) => row[licensing])).toEqual(table.rows.map((row) => row[licensing]))
    expect(overview.slice(1).every((row) => typeof row[licensing] === 'number')).toBe(true)
  })

  it('follows the table: its order, without the columns the user hid', () => {
    const reversed = written(input([...loaded].reverse(), { hidden: new Set(['penalty']) }))
    const overview = sheetNamed(reversed, '总览').rows
    expect(overview[0]).not.toContain('行政处罚')
    expect(overview.slice(1).map((row) => row[0])).toEqual(
      [...loaded].reverse().map((entry) => entry.report.agency),
    )
  })

  it('lists every report in 检查结果', () => {
    const [headers = [], ...rows] = sheetNamed(sheets, '检查结果').rows
    const files = new Set(rows.map((row) => row[headers.indexOf('文件')]))
    expect(files).toEqual(new Set(loaded.map((entry) => entry.fileName)))
    // As the 检查报告 CSV: what the reader left unread beside the counts (none for the seeds).
    expect(headers.slice(headers.indexOf('警告数'), headers.indexOf('规则'))).toEqual([
      '警告数',
      '未读取或未识别',
    ])
    expect(rows.map((row) => row[headers.indexOf('未读取或未识别')] ?? '')).toEqual(rows.map(() => ''))
  })

  it('names a failed check’s rule in 规则 and not again in 问题说明', () => {
    const corrupted = corruptedShifanqu()
    const [headers = [], ...rows] = sheetNamed(written(input([corrupted])), '检查结果').rows
    const problems = rows.map((row) => [row[headers.indexOf('规则')], row[headers.indexOf('问题说明')]])
    expect(problems).toEqual([
      ['R-A', expect.stringMatching(/^自然人列：新收 52 /)],
      ['R-B', expect.stringMatching(/^新收行：自然人 52 /)],
    ])
  })

  it('shows a corrected value and names the report’s own in 已更正, in 全部单元格 as in 总览', () => {
    const [first, ...rest] = loaded
    if (first === undefined) throw new Error('no seed')
    const id = 'proactive.licensing.decisions'
    const own = first.report.cells[id]?.value
    const outcome = applyCorrection(first.id, first.report, id, 68, AT.toISOString())
    if (!outcome.ok) throw new Error(outcome.error.message)
    const corrected = written(input([{ ...first, report: outcome.report }, ...rest]))
    const [headers = [], row = []] = sheetNamed(corrected, '全部单元格').rows
    expect(row[headers.indexOf('表二·行政许可·处理决定数量')]).toBe(68)
    expect(String(row[headers.indexOf('已更正')])).toContain(String(own))
    const [overviewHeaders = [], overviewRow = []] = sheetNamed(corrected, '总览').rows
    for (const column of ['检查', '已更正', '空白按 0 计'])
      expect(overviewRow[overviewHeaders.indexOf(column)], column).toBe(row[headers.indexOf(column)])
  })

  it('names in 空白按 0 计 the cells the report left blank, in 总览 and in 全部单元格', () => {
    const path = 'handmade/2021_one_row_other_handling.txt'
    const outcome = readReport(textToDocument(path, readFileSync(join(FIXTURES, path), 'utf8')))
    if (!outcome.ok) throw new Error(outcome.error.message)
    const blanks = outcome.report.notices
      .filter((notice) => notice.code === 'blank-as-zero')
      .flatMap((notice) => notice.cellIds ?? [])
    expect(blanks).toContain('proactive.penalty.decisions')
    const blank: LoadedReport = {
      id: 'blank',
      fileName: path,
      fingerprint: 'fp-blank',
      report: outcome.report,
      addedAt: AT.toISOString(),
    }
    const book = written(input([blank]))
    const [cellHeaders = [], cellRow = []] = sheetNamed(book, '全部单元格').rows
    expect(String(cellRow[cellHeaders.indexOf('空白按 0 计')]).split('；')).toEqual(blanks.map(describeCell))
    expect(cellRow[cellHeaders.indexOf('表二·行政处罚·处理决定数量')]).toBe(0)
    const [headers = [], row = []] = sheetNamed(book, '总览').rows
    expect(row[headers.indexOf('空白按 0 计')]).toBe(cellRow[cellHeaders.indexOf('空白按 0 计')])
    const [, seedRow = []] = sheetNamed(sheets, '总览').rows
    expect(seedRow[headers.indexOf('空白按 0 计')] ?? '').toBe('')
  })

  it('says which filters were on', () => {
    const notes = sheetNamed(
      written(
        input(loaded, {
          filters: { agencies: ['新乡县城市管理局'], years: [2023, 2021], onlyProblems: false },
        }),
      ),
      '说明',
    ).rows
    const value = (item: string) => notes.find((row) => row[0] === item)?.[1]
    expect(value('年度筛选')).toBe('2021、2023')
    expect(value('机关筛选')).toBe('新乡县城市管理局')
    expect(value('报告数')).toBe(loaded.length)
  })

  it('checks the exported reports across years against every loaded report, not only the exported ones', () => {
    const [seed] = loaded
    if (seed === undefined) throw new Error('no seed')
    const report = seed.report
    const carried = report.cells['applications.carriedOver.natural']?.value ?? 0
    const forward = report.cells['applications.carriedForward.natural']
    if (forward === undefined) throw new Error('no 结转下年度 cell')
    // Last year's report said it carried five more applications into this year than this one received.
    const lastYear: LoadedReport = {
      ...seed,
      id: 'last-year',
      fileName: 'last-year.txt',
      report: {
        ...report,
        year: report.year - 1,
        cells: { ...report.cells, 'applications.carriedForward.natural': { ...forward, value: carried + 5 } },
      },
    }
    const thisYear = toOverviewEntries([seed])
    const sheet = sheetNamed(
      written({ ...input([seed]), entries: thisYear, allReports: [lastYear, seed] }),
      '检查结果',
    )
    const [headers = [], ...rows] = sheet.rows
    expect(rows.map((row) => row[headers.indexOf('文件')])).toEqual(rows.map(() => seed.fileName))
    expect(rows.map((row) => row[headers.indexOf('规则')])).toContain('R-F')
  })

  it('writes a year the reader did not find as 未识别, never as 0', () => {
    const [seed, ...rest] = loaded
    if (seed === undefined) throw new Error('no seed')
    const unknown = { ...seed, report: { ...seed.report, year: 0 } }
    const sheetsOf = written(input([unknown, ...rest]))
    for (const name of ['总览', '全部单元格', '检查结果']) {
      const [headers = [], ...rows] = sheetNamed(sheetsOf, name).rows
      const years = rows.map((row) => row[headers.indexOf('年度')])
      expect(years, name).toContain('未识别')
      expect(years, name).not.toContain(0)
    }
  })
})
