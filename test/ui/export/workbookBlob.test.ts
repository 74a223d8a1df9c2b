import { describe, expect, it } from 'vitest'
import { MAX_ROWS } from '../../../src/core/xlsx/sheet'
import { exportErrorMessage } from '../../../src/features/export/exportErrors'
import { workbookBlob } from '../../../src/features/export/workbookBlob'
import { readWorkbook } from '../../helpers/readWorkbook'

describe('workbookBlob', () => {
  it('is an .xlsx Blob a spreadsheet reads back', async () => {
    const blob = workbookBlob(
      [{ name: '总览', headers: ['机关', '年度'], rows: [['某局', 2023]] }],
      new Date(),
    )
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const { sheets } = readWorkbook(new Uint8Array(await blob.arrayBuffer()))
    expect(sheets[0]?.rows).toEqual([
      ['机关', '年度'],
      ['某局', 2023],
    ])
  })

  it('fails on a sheet too long for Excel with a message that names it and says what to do', () => {
    const rows = Array.from({ length: MAX_ROWS }, () => [])
    let message = ''
    try {
      workbookBlob([{ name: '全部单元格', headers: ['机关'], rows }], new Date())
    } catch (error) {
      message = exportErrorMessage(error)
    }
    expect(message).toMatch(/^导出失败：表“全部单元格”有 1048576 行，超过 Excel 的上限/)
    expect(message).toContain('请先用筛选减少报告数量')
  })
})
