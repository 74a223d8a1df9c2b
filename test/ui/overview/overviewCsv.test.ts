import { describe, expect, it } from 'vitest'
import { overviewCsvTable } from '../../../src/features/overview/overviewCsv'
import { toOverviewEntries } from '../../../src/features/overview/overviewEntries'
import { applyIdentityCorrection } from '../../../src/core/identity/identityCorrection'
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

  it('writes the corrected agency and year, and says in 已更正 what the report had', () => {
    const corrected = applyIdentityCorrection(first, {
      agency: '某县某局',
      year: 2021,
      at: '2025-03-01T08:00:00.000Z',
    })
    const { headers, rows } = overviewCsvTable(toOverviewEntries([asLoaded(corrected, 0)]))
    const row = rows[0] ?? []
    expect([row[headers.indexOf('机关')], row[headers.indexOf('年度')]]).toEqual(['某县某局', 2021])
    expect(row[headers.indexOf('已更正')]).toBe(`机关 原为 ${first.agency}；年度 原为 ${first.year}`)
  })

  it('leaves out the figure columns hidden in the table, keeping the others with their values', () => {
    const { headers, rows } = overviewCsvTable(entries, new Set(['fees', 'penalty']))
    expect(headers).not.toContain('收费（万元）')
    expect(headers).not.toContain('行政处罚')
    expect(rows[0]?.[headers.indexOf('行政许可')]).toBe(first.cells['proactive.licensing.decisions']?.value)
  })

  it('says next to a rate over fewer than 30 handled applications that it is only indicative, as the page stars it', () => {
    const shown = toOverviewEntries([asLoaded(second, 0)])[0]
    if (shown === undefined) throw new Error('no entry')
    const small = { ...shown, row: { ...shown.row, disclosureRateSmallSample: true } }
    const { headers, rows } = overviewCsvTable([shown, small])
    const rate = headers.indexOf('实质公开率（%）')
    expect(headers[rate + 1]).toBe('实质公开率说明')
    expect(rows.map((row) => typeof row[rate])).toEqual(['number', 'number'])
    expect(rows.map((row) => row[rate + 1])).toEqual([null, '办结申请少于 30 件，仅供参考'])
    expect(overviewCsvTable([small], new Set(['disclosureRate'])).headers).not.toContain('实质公开率说明')
  })

  it('says why a rate is empty when the report handled no application, so it does not read as unread', () => {
    const all = toOverviewEntries(reports.map((report, at) => asLoaded(report, at)))
    const none = all.filter((entry) => entry.row.figures.disclosureRate.state === 'not-applicable')
    expect(none.length).toBeGreaterThan(0)
    const { headers, rows } = overviewCsvTable(none)
    const rate = headers.indexOf('实质公开率（%）')
    for (const row of rows) expect([row[rate], row[rate + 1]]).toEqual([null, '无办结申请，不计算比例'])
  })
})
