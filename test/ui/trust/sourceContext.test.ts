import { describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../../src/core/model/report'
import { BLANK_CELL_TEXT, sourceContext } from '../../../src/features/provenance/sourceContext'
import { loadedFromText, seedText, SHIFANQU_SEED } from './trustFixtures'

const doc: SourceDocument = {
  name: 'a.pdf',
  kind: 'pdf',
  lines: [
    { text: '表三', cells: ['表三'], page: 3 },
    { text: '一、本年新收 51 0', cells: ['一、本年新收', '51', ''], page: 3 },
    { text: '共受理申请51件', cells: ['共受理申请51件'], page: 4 },
  ],
}

describe('sourceContext', () => {
  it('marks the cell the number was read from and keeps its neighbours, with 1-based numbers and pages', () => {
    const lines = sourceContext(doc, { line: 1, column: 1, raw: '51', page: 3 })
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3])
    const source = lines.find((line) => line.isSource)
    expect(source?.page).toBe(3)
    expect(source?.parts.filter((part) => part.highlight).map((part) => part.text)).toEqual(['51'])
    expect(
      lines.filter((line) => !line.isSource).every((line) => line.parts.every((p) => !p.highlight)),
    ).toBe(true)
  })

  it('shows a blank cell read as 0 as （空白）, marked', () => {
    const source = sourceContext(doc, { line: 1, column: 2, raw: '' }).find((line) => line.isSource)
    expect(source?.parts.find((part) => part.highlight)?.text).toBe(BLANK_CELL_TEXT)
  })

  it('marks the raw text inside a line without cells', () => {
    const source = sourceContext(doc, { line: 2, column: 0, raw: '51' }).find((line) => line.isSource)
    expect(source?.parts).toEqual([
      { text: '共受理申请', highlight: false },
      { text: '51', highlight: true },
      { text: '件', highlight: false },
    ])
  })

  it('gives nothing for a provenance outside the document (a user-entered value)', () => {
    expect(sourceContext(doc, { line: -1, column: -1, raw: '' })).toEqual([])
    expect(sourceContext(doc, { line: 99, column: 0, raw: '1' })).toEqual([])
  })

  it('on a real seed, the 新收 total points at the 51 of its table row', () => {
    const { report } = loadedFromText(SHIFANQU_SEED, seedText(SHIFANQU_SEED), 0)
    const cell = report.cells['applications.received.total']
    if (!cell) throw new Error('新收 total not read')
    expect(cell.value).toBe(51)
    const source = sourceContext(report.document, cell.source).find((line) => line.isSource)
    expect(source?.parts[0]?.text).toBe('一、本年新收政府信息公开申请数量')
    expect(source?.parts.filter((part) => part.highlight).map((part) => part.text)).toEqual(['51'])
  })
})
