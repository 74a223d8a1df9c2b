import { describe, expect, it } from 'vitest'
import { MAX_ROWS, type Sheet } from '../../../src/core/xlsx/sheet'
import { workbookBlob } from '../../../src/features/export/workbookBlob'
import { toOverviewEntries } from '../../../src/features/overview/overviewEntries'
import { overviewWorkbookSheets } from '../../../src/features/overview/overviewWorkbook'
import { answerWorkbookRequest } from '../../../src/worker/workbookHandler'
import type { WorkbookRequest } from '../../../src/worker/workbookProtocol'
import { readWorkbook } from '../../helpers/readWorkbook'
import { parsedSeedEntries } from '../store/expectedReports'

const AT = new Date('2026-03-01T08:00:00Z')

/** The 导出 Excel sheets of the real seed reports, as the page builds them before it posts them. */
function seedSheets(): Sheet[] {
  const loaded = parsedSeedEntries()
  const year2023 = loaded.filter((entry) => entry.report.year === 2023)
  return overviewWorkbookSheets({
    entries: toOverviewEntries(year2023),
    allReports: loaded,
    hidden: new Set(['disclosureRate']),
    aliases: {},
    filters: { agencies: [], years: [2023], onlyProblems: false },
    exportedAt: AT,
  })
}

/** The request as the worker receives it: a structured clone of what the page posted. */
function received(sheets: Sheet[]): WorkbookRequest {
  return structuredClone({ type: 'workbook', id: 7, sheets, modified: AT })
}

describe('answerWorkbookRequest', () => {
  it('writes the same file, byte for byte, as the page’s own writer, and transfers its buffer', async () => {
    const sheets = seedSheets()
    expect(sheets[1]?.rows.length).toBeGreaterThan(1)
    const { reply, transfer } = answerWorkbookRequest(received(sheets))

    if (reply.type !== 'workbook') throw new Error(`the worker failed: ${reply.message}`)
    expect(reply.id).toBe(7)
    expect(transfer).toEqual([reply.bytes])
    const onPage = new Uint8Array(await workbookBlob(sheets, AT).arrayBuffer())
    expect(new Uint8Array(reply.bytes)).toEqual(onPage)
    const { sheets: read } = readWorkbook(new Uint8Array(reply.bytes))
    expect(read.map((sheet) => sheet.name)).toEqual(['总览', '全部单元格', '检查结果', '字段说明', '说明'])
  })

  it('answers a sheet too long for Excel with its message, flagged as too large, and transfers nothing', () => {
    const rows = Array.from({ length: MAX_ROWS }, () => [])
    const { reply, transfer } = answerWorkbookRequest(
      received([{ name: '全部单元格', headers: ['机关'], rows }]),
    )
    expect(transfer).toEqual([])
    expect(reply).toEqual({
      type: 'failure',
      id: 7,
      tooLarge: true,
      message: expect.stringMatching(/^表“全部单元格”有 1048576 行，超过 Excel 的上限/) as unknown,
    })
  })

  it('answers a request it cannot write with the reason, not as too large', () => {
    const { reply } = answerWorkbookRequest(received([]))
    expect(reply).toEqual({
      type: 'failure',
      id: 7,
      tooLarge: false,
      message: 'a workbook needs at least one sheet',
    })
  })
})
