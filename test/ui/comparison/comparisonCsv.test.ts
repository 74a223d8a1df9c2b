import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareReports } from '../../../src/core/compare/comparisonGrid'
import { applyCorrection } from '../../../src/core/corrections'
import { applyIdentityCorrection } from '../../../src/core/identity/identityCorrection'
import type { Report } from '../../../src/core/model/report'
import { readHtmlBytes } from '../../../src/core/read/html/readHtmlBytes'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import type { CsvValue } from '../../../src/core/csv'
import { comparisonCsvTable } from '../../../src/features/comparison/comparisonCsv'
import { expectedOf, expectedReportsIn, FIXTURES, reportFromExpected } from '../../helpers/expectedReports'
import { asLoaded, expectedSeedReports } from '../store/expectedReports'

function parsed(outcome: ReturnType<typeof readReport>): Report {
  if (!outcome.ok) throw new Error(`did not parse: ${outcome.error.message}`)
  return outcome.report
}

function readText(path: string): Report {
  return parsed(readReport(textToDocument(path, readFileSync(join(FIXTURES, path), 'utf-8'))))
}

/**
 * The CSV of these reports compared, each read from the file its document names, with a lookup of one
 * place's record by table, row and column.
 */
function csvOf(reports: readonly Report[]) {
  const table = comparisonCsvTable(compareReports(reports), reports.map(asLoaded))
  const column = (header: string) => {
    const index = table.headers.indexOf(header)
    if (index < 0) throw new Error(`no column ${header}`)
    return index
  }
  const record = (tablePrefix: string, row: string, col: string): CsvValue[] => {
    const found = table.rows.find((r) => String(r[0]).startsWith(tablePrefix) && r[1] === row && r[2] === col)
    if (!found) throw new Error(`no record ${tablePrefix} ${row} ${col}`)
    return found
  }
  return { ...table, column, record }
}

const seeds = expectedSeedReports()
const [xinxiang, shifanqu] = seeds
if (!xinxiang || !shifanqu) throw new Error('the seeds hold five reports')

describe('comparisonCsvTable', () => {
  it('heads one column per report, in the order given, with agency, year and scope', () => {
    const { headers } = csvOf([shifanqu, { ...xinxiang, scope: 'aggregate' }])
    expect(headers.slice(0, 5)).toEqual([
      '表',
      '项目',
      '栏目',
      `${shifanqu.agency} ${shifanqu.year}（本机关）`,
      `${xinxiang.agency} ${xinxiang.year}（汇总）`,
    ])
  })

  it('writes every place of 表二, 表三 (25 × 7) and 表四 (3 × 5) with the reports’ numbers as numbers', () => {
    const csv = csvOf([xinxiang, shifanqu])
    const proactive = csv.rows.filter((row) => String(row[0]).startsWith('表二'))
    const applications = csv.rows.filter((row) => String(row[0]).startsWith('表三'))
    const appeals = csv.rows.filter((row) => String(row[0]).startsWith('表四'))
    expect(applications).toHaveLength(25 * 7)
    expect(appeals).toHaveLength(3 * 5)
    expect(proactive.length + applications.length + appeals.length).toBe(csv.rows.length)
    // Every cell of the ground truth is in the CSV, in its report's column, as the same number.
    for (const [index, report] of [xinxiang, shifanqu].entries()) {
      const values = csv.rows.map((row) => row[3 + index])
      expect(values.filter((value) => typeof value === 'number')).toHaveLength(
        Object.keys(report.cells).length,
      )
    }
    const licensing = csv.record('表二', '行政许可 · 处理决定数量', '数量')
    expect(licensing.slice(3, 5)).toEqual([
      xinxiang.cells['proactive.licensing.decisions']?.value,
      shifanqu.cells['proactive.licensing.decisions']?.value,
    ])
    expect(csv.record('表二', '行政事业性收费 · 本年收费金额（万元）', '数量')[3]).toBe(2221.9632)
  })

  it('marks with ≠ where two reports differ and leaves equal places unmarked', () => {
    const csv = csvOf([xinxiang, shifanqu])
    const licensing = csv.record('表二', '行政许可 · 处理决定数量', '数量')
    expect(licensing[csv.column('差异')]).toBe('≠')
    expect(licensing[csv.column('与多数不同')]).toBe('两份报告的数值不同')
    const rules = csv.record('表二', '规章 · 本年制发件数', '数量')
    expect([rules[csv.column('差异')], rules[csv.column('与多数不同')]]).toEqual([null, null])
  })

  it('with five reports names the one that differs from the majority, and what the majority holds', () => {
    const csv = csvOf(seeds)
    const id = 'proactive.normativeDocs.issued'
    const odd = seeds.filter((seed) => seed.cells[id]?.value !== 0)
    expect(odd).toHaveLength(1)
    const [zhongmu] = odd
    const record = csv.record('表二', '行政规范性文件 · 本年制发件数', '数量')
    expect(record.slice(3, 8)).toEqual(seeds.map((seed) => seed.cells[id]?.value))
    expect(record[csv.column('差异')]).toBe('≠')
    expect(record[csv.column('与多数不同')]).toBe(
      `${zhongmu?.agency} ${zhongmu?.year}（本机关）（5 份中 4 份为 0）`,
    )
  })

  it('leaves a cell the reader could not decide empty, never 0, and names its report under 未读取', () => {
    const flat = readText('generated/flat/002_3971b268707d3ce1.flat.txt')
    const ambiguous = (
      expectedOf(join(FIXTURES, 'generated/flat/002_3971b268707d3ce1.flat.txt')) as {
        ambiguousCells?: string[]
      }
    ).ambiguousCells
    expect(ambiguous).toContain('proactive.normativeDocs.issued')
    const csv = csvOf([xinxiang, flat])
    const record = csv.record('表二', '行政规范性文件 · 本年制发件数', '数量')
    expect(record[3]).toBe(xinxiang.cells['proactive.normativeDocs.issued']?.value)
    expect(record[4]).toBeNull()
    expect(record[csv.column('未读取')]).toBe(`${flat.agency} ${flat.year}（本机关）`)
    // Only values vote: an unread cell is not a difference.
    expect(record[csv.column('差异')]).toBeNull()
    const read = csv.record('表二', '行政许可 · 处理决定数量', '数量')
    expect(read[csv.column('未读取')]).toBeNull()
  })

  it('names under 空白按 0 计 the report whose blank cell the reader counted as 0, keeping the 0 a number', () => {
    const page = 'shuyang_fgj_2023_page.html'
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'real', page)))
    const shuyang = parsed(readReport(readHtmlBytes(page, bytes).doc))
    const truth = expectedOf(join(FIXTURES, 'real', page))
    const csv = csvOf([xinxiang, shuyang])
    const commercial = csv.record('表三', '一、本年新收政府信息公开申请数量', '商业企业')
    expect(commercial[4]).toBe(truth.cells['applications.received.commercial'])
    expect(commercial[4]).toBe(0)
    expect(commercial[csv.column('空白按 0 计')]).toBe(`${shuyang.agency} ${shuyang.year}（本机关）`)
    const natural = csv.record('表三', '一、本年新收政府信息公开申请数量', '自然人')
    expect(natural[csv.column('空白按 0 计')]).toBeNull()
  })

  it('names under 已更正 the report whose value the user corrected, with the report’s own value', () => {
    const id = 'proactive.licensing.decisions'
    const own = xinxiang.cells[id]?.value
    const outcome = applyCorrection('r0', xinxiang, id, 68, '2025-03-01T08:00:00.000Z')
    if (!outcome.ok) throw new Error(outcome.error.message)
    const csv = csvOf([outcome.report, shifanqu])
    const record = csv.record('表二', '行政许可 · 处理决定数量', '数量')
    expect(record[3]).toBe(68)
    expect(record[csv.column('已更正')]).toBe(`${xinxiang.agency} ${xinxiang.year}（本机关） 原值 ${own}`)
    expect(csv.record('表二', '行政处罚 · 处理决定数量', '数量')[csv.column('已更正')]).toBeNull()
  })

  it('heads two copies of one report apart by their files, and names them so under 已更正', () => {
    const id = 'proactive.licensing.decisions'
    const own = xinxiang.cells[id]?.value
    const outcome = applyCorrection('r1', xinxiang, id, 68, '2025-03-01T08:00:00.000Z')
    if (!outcome.ok) throw new Error(outcome.error.message)
    const title = `${xinxiang.agency} ${xinxiang.year}`
    const table = comparisonCsvTable(compareReports([xinxiang, outcome.report]), [
      { report: xinxiang, fileName: '报告.txt' },
      { report: outcome.report, fileName: '报告.html' },
    ])
    expect(table.headers.slice(3, 5)).toEqual([
      `${title}（报告.txt）（本机关）`,
      `${title}（报告.html）（本机关）`,
    ])
    expect(new Set(table.headers).size).toBe(table.headers.length)
    const licensing = table.rows.find((row) => row[1] === '行政许可 · 处理决定数量')
    expect(licensing?.[table.headers.indexOf('已更正')]).toBe(`${title}（报告.html）（本机关） 原值 ${own}`)
  })

  it('says in its header that the user corrected a report’s agency, and heads it apart from the report it now matches', () => {
    // Both seeds are of one year: the agency alone makes the two alike.
    expect(shifanqu.year).toBe(xinxiang.year)
    const corrected = applyIdentityCorrection(shifanqu, {
      agency: xinxiang.agency,
      at: '2025-03-01T08:00:00.000Z',
    })
    const [first, second] = [xinxiang, corrected].map(asLoaded)
    if (!first || !second) throw new Error('two entries')
    const { headers } = comparisonCsvTable(compareReports([first.report, second.report]), [first, second])
    const title = `${xinxiang.agency} ${xinxiang.year}`
    expect(headers.slice(3, 5)).toEqual([
      `${title}（${first.fileName}）（本机关）`,
      `${title}（${second.fileName}）（本机关）（已更正：机关 原为 ${shifanqu.agency}）`,
    ])
    // Corrected to an agency and year no other report has: no file needed, the correction still said.
    const [, , third] = seeds
    if (!third) throw new Error('the seeds hold five reports')
    const alone = csvOf([corrected, third])
    expect(alone.headers[3]).toBe(`${title}（本机关）（已更正：机关 原为 ${shifanqu.agency}）`)
  })

  it('leaves a row the report’s 表三 layout lacks empty without calling it unread, and a pre-2019 report 格式不可比', () => {
    const [oneRow, legacy] = ['2021_one_row_other_handling', 'legacy_2017'].map((name) => {
      const truth = expectedReportsIn('handmade').find((report) => report.file === `${name}.txt`)
      if (!truth) throw new Error(`no handmade ${name}`)
      return reportFromExpected(truth)
    })
    if (!oneRow || !legacy) throw new Error('handmade fixtures')
    const csv = csvOf([xinxiang, oneRow, legacy])
    const otherAll = csv.rows.find(
      (row) => String(row[0]).startsWith('表三') && row[1] === '（六）其他处理' && row[2] === '总计',
    )
    expect(typeof otherAll?.[4]).toBe('number')
    expect(otherAll?.[4]).toBe(oneRow.cells['applications.otherHandling.all.total']?.value)
    expect(otherAll?.[3]).toBeNull()
    expect(otherAll?.[csv.column('未读取')]).toBeNull()
    expect(otherAll?.[5]).toBe('格式不可比')
  })
})
