import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/core/decode/decodeText'
import { cellRecord } from '../../../src/core/model/cellRecord'
import { cellValues, type Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import { expectedReportsIn, FIXTURES } from '../../helpers/expectedReports'

function readSeed(file: string): Report {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'seeds', file)))
  const outcome = readReport(textToDocument(file, decodeText(bytes), 'text'))
  if (!outcome.ok) throw new Error(`${file}: ${outcome.error.message}`)
  return outcome.report
}

describe('cellValues', () => {
  it.each(expectedReportsIn('seeds').map((expected) => [expected.file, expected] as const))(
    '%s: every cell value under its id, in the record order',
    (file, expected) => {
      const report = readSeed(file)
      const values = cellValues(report)
      expect(Object.keys(values)).toEqual(Object.keys(report.cells))
      expect(values).toEqual(expected.cells)
    },
  )

  it('keeps a record that is no layout (cells missing, out of order) as it is', () => {
    const report = readSeed(expectedReportsIn('seeds')[0]!.file)
    const ids = Object.keys(report.cells).reverse().slice(3)
    const partial: Pick<Report, 'cells'> = {
      cells: Object.fromEntries(ids.map((id) => [id, report.cells[id]!])),
    }
    const values = cellValues(partial)
    expect(Object.keys(values)).toEqual(ids)
    for (const id of ids) expect(values[id]).toBe(report.cells[id]!.value)
  })
})

describe('cellRecord', () => {
  it('says when an id came twice, keeping its first place and its last value', () => {
    const { record, layout, rewritten } = cellRecord(['a', 'b', 'a'], [1, 2, 3])
    expect(rewritten).toBe(true)
    expect(layout).toBeUndefined()
    expect(Object.entries(record)).toEqual([
      ['a', 3],
      ['b', 2],
    ])
  })
})
