import { describe, expect, it } from 'vitest'
import { overviewCsvTable } from '../../../src/features/overview/overviewCsv'
import { toOverviewEntries } from '../../../src/features/overview/overviewEntries'
import { asLoaded, expectedSeedReports } from '../store/expectedReports'

describe('overviewCsvTable', () => {
  const reports = expectedSeedReports()
  const [first, second] = reports
  if (first === undefined || second === undefined) throw new Error('seeds')
  const entries = toOverviewEntries([asLoaded(first, 0), asLoaded({ ...second, scope: 'aggregate' }, 1)])

  it('says whether a report is one agency’s or a government’s aggregate', () => {
    const { headers, rows } = overviewCsvTable(entries)
    const scope = headers.indexOf('范围')
    expect(scope).toBe(2)
    expect(rows.map((row) => row[scope])).toEqual(['本机关', '汇总'])
  })

  it('leaves out the figure columns hidden in the table, keeping the others with their values', () => {
    const { headers, rows } = overviewCsvTable(entries, new Set(['fees', 'penalty']))
    expect(headers).not.toContain('收费（万元）')
    expect(headers).not.toContain('行政处罚')
    expect(rows[0]?.[headers.indexOf('行政许可')]).toBe(first.cells['proactive.licensing.decisions']?.value)
  })
})
