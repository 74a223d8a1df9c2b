import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cellValues } from '../../../../src/core/model/report'
import { lineCells } from '../../../../src/core/model/lineCells'
import { docToDocument } from '../../../../src/core/read/doc/docToDocument'
import { readReport } from '../../../../src/core/readReport'
import { generatedFixtures } from '../docx/expectedReports'

/** LibreOffice's .doc of a report with wrong digits beside true ones in revision marks, vanish and strike. */
const fixture = generatedFixtures('doc').find((candidate) => candidate.expected.file.includes('.concealed.'))!

function readDoc() {
  const read = docToDocument(fixture.expected.file, new Uint8Array(readFileSync(fixture.path)))
  if (!read.ok) throw new Error(read.error.message)
  return read.doc
}

describe('.doc text that is not shown (tracked deletions, hidden and struck-through runs)', () => {
  it('reads every cell as the report shows it', () => {
    const outcome = readReport(readDoc())
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(cellValues(outcome.report)).toEqual(fixture.expected.cells)
    expect(outcome.report.checks.filter((check) => !check.ok)).toEqual([])
  })

  it('drops the deleted old value beside the inserted one, and hidden digits inside a number', () => {
    const lines = readDoc().lines.map(lineCells)
    const licensing = lines.find((cells) => cells[0] === '行政许可')
    expect(licensing?.at(-1)).toBe('1436')
    const received = lines.find((cells) => cells[0] === '一、本年新收政府信息公开申请数量')
    expect(received).toEqual(['一、本年新收政府信息公开申请数量', '142', '19', '1', '1', '8', '1', '172'])
  })

  it('keeps the columns of rows whose cells hold text that is not shown', () => {
    const lines = readDoc().lines.map(lineCells)
    const fifteen = lines.filter((cells) => cells.length === 15)
    expect(fifteen).toHaveLength(2)
    expect(fifteen[1]?.every((cell) => /^\d+$/.test(cell))).toBe(true)
  })
})
