/**
 * 表三's applicant columns in another order than the template's, in a PDF, whose cells do not line up by
 * index from one line to the next: the generated fixtures of test/fixtures/generated/applicant-order, read
 * as the batch command reads them. Only where the header prints each column's name says whose numbers are
 * whose; R-A, R-B and R-C hold whatever the order.
 */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { cellValues, type Report } from '../../../src/core/model/report'
import { nodeIngestOptions } from '../../../scripts/cli/nodeIngestOptions'
import { expectedOf, FIXTURES } from '../../helpers/expectedReports'

const DIR = join(FIXTURES, 'generated', 'applicant-order')

async function read(path: string): Promise<Report> {
  const [item] = await ingestFile(basename(path), new Uint8Array(readFileSync(path)), nodeIngestOptions())
  if (item === undefined || !item.outcome.ok) throw new Error(`${path} was not read`)
  return item.outcome.report
}

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
