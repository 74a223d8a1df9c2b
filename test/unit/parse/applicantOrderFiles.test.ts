/**
 * 表三's applicant columns in another order than the template's, in a PDF, whose cells do not line up by
 * index from one line to the next: the generated fixtures of test/fixtures/generated/applicant-order, read
 * as the batch command reads them. Only where the header prints each column's name says whose numbers are
 * whose; R-A, R-B and R-C hold whatever the order.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cellValues, type Report } from '../../../src/core/model/report'
import { fixtureReport, ingestedReport } from '../../helpers/ingestedReport'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'applicant-order')

const read = fixtureReport

const applications = (cells: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(cells).filter(([id]) => id.startsWith('applications.')))

const reorderings = (report: Report) => report.notices.filter((notice) => notice.code === 'columns-reordered')

describe('表三 in a PDF under a header naming all seven applicant columns', () => {
  it('with 自然人 after the 法人或其他组织 columns: each number is read under the column printed above it, and the notice says so', async () => {
    const path = join(DIR, '2019_template.natural-after.pdf')
    const report = await read(path)
    expect(applications(cellValues(report))).toEqual(applications(expectedOf(path).cells))
    const [reordered, ...others] = reorderings(report)
    expect(others).toEqual([])
    expect(reordered?.message).toContain(
      '表头各列的顺序（商业企业、科研机构、社会公益组织、法律服务机构、其他、自然人、总计）与模板不同',
    )
    expect(reordered?.cellIds).toContain('applications.received.natural')
  })

  it('in the template’s order: read as it is, without a notice', async () => {
    const path = join(DIR, '2019_template.template-header.pdf')
    const report = await read(path)
    expect(applications(cellValues(report))).toEqual(applications(expectedOf(path).cells))
    expect(reorderings(report)).toEqual([])
  })
})

describe('表三 in markdown under a header naming all seven applicant columns', () => {
  const NATURAL_AFTER = join(DIR, '2019_template.natural-after.markdown.md')

  it('with 自然人 after the 法人或其他组织 columns: the order of the names on the header lines is read, and the notice says where it came from', async () => {
    const report = await read(NATURAL_AFTER)
    expect(applications(cellValues(report))).toEqual(applications(expectedOf(NATURAL_AFTER).cells))
    const [reordered, ...others] = reorderings(report)
    expect(others).toEqual([])
    expect(reordered?.message).toContain(
      '表头各列的顺序（商业企业、科研机构、社会公益组织、法律服务机构、其他、自然人、总计）（按表头中各列名称的先后确定）与模板不同',
    )
  })

  it('in the template’s order: read as it is, without a notice', async () => {
    const path = join(DIR, '2019_template.template-header.markdown.md')
    const report = await read(path)
    expect(applications(cellValues(report))).toEqual(applications(expectedOf(path).cells))
    expect(reorderings(report)).toEqual([])
  })

  it('a header that puts 自然人 after the organisations but says nothing of where 总计 stands: 表三 is left unread, with one notice, not read in the template’s order', async () => {
    const text = readFileSync(NATURAL_AFTER, 'utf8')
    // 总计 named nowhere, and 申请人情况 gone with it: nothing places 总计 against the other columns.
    const rows = ['|  | 申请人情况 |  |  |  |  |  | 总计 |', '| 法人或其他组织 |  |  |  |  | 自然人 | 总计 |']
    const [top, middle] = rows.map((row) => text.split('\n').find((line) => line.endsWith(row)))
    if (top === undefined || middle === undefined) throw new Error('header rows not found')
    const bytes = new TextEncoder().encode(
      text
        .replace(top, top.replace('申请人情况', '').replace('总计', ''))
        .replace(middle, middle.replace('| 总计 |', '|  |')),
    )
    const report = await ingestedReport('total-unplaced.md', bytes)
    const read = Object.values(applications(cellValues(report))).filter((value) => value !== undefined)
    expect(read).toEqual([])
    const ambiguous = report.notices.filter((notice) => notice.code === 'ambiguous')
    expect(ambiguous.map((notice) => notice.message)).toEqual([
      '表三：表头各列的顺序与模板不同，无法确定各数值属于哪一列，各行均未填入，请核对原文后补录',
    ])
    expect(ambiguous[0]?.cellIds).toHaveLength(
      Object.keys(applications(expectedOf(NATURAL_AFTER).cells)).length,
    )
    expect(reorderings(report)).toEqual([])
  })
})

describe('表三 under a header naming columns otherwise than the template (其他组织, 其它, 合计)', () => {
  it.each([
    [
      '2019_template.other-named-before-legal.pdf',
      '表头各列的顺序（自然人、商业企业、科研机构、社会公益组织、其他、法律服务机构、总计）与模板不同',
    ],
    [
      '2019_template.other-named-before-legal.markdown.md',
      '表头各列的顺序（自然人、商业企业、科研机构、社会公益组织、其他、法律服务机构、总计）（按表头中各列名称的先后确定）与模板不同',
    ],
    [
      '2019_template.total-named-first.pdf',
      '表头各列的顺序（总计、自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）与模板不同',
    ],
    [
      '2019_template.total-named-first.markdown.md',
      '表头各列的顺序（总计、自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）（按表头中各列名称的先后确定）与模板不同',
    ],
  ])(
    '%s: the column so named is placed, each number read under its column, and the notice says so',
    async (file, order) => {
      const path = join(DIR, file)
      const report = await read(path)
      expect(applications(cellValues(report))).toEqual(applications(expectedOf(path).cells))
      const [reordered, ...others] = reorderings(report)
      expect(others).toEqual([])
      expect(reordered?.message).toContain(order)
    },
  )
})
