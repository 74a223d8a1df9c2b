/**
 * The running text the prose checks (R-I, R-J) read: PDF lines joined without a break, other lines kept
 * apart by a newline, blank lines left out, and each character's document line, separators included.
 */
import { describe, expect, it } from 'vitest'
import { CompactLines, compactLine, proseText } from '../../../src/core/checks/proseText'
import type { Report } from '../../../src/core/model/report'
import { documentOf, readRealReport } from '../trust/readFixture'

/** The lines whose compacted text is the prose, with their indexes. */
function proseLines(report: Report, start: number, end: number): { index: number; text: string }[] {
  return report.document.lines
    .slice(start, end)
    .map((line, offset) => ({ index: start + offset, text: compactLine(line.text) }))
    .filter((line) => line.text !== '')
}

describe('proseText on the 洪泽 PDF', () => {
  it('joins every line of a span without a break, tables included, each character on its own line', async () => {
    const report = await readRealReport('hongze_district_gov_2023.pdf')
    const { lines } = report.document
    const heading = lines.findIndex((line) => line.text.startsWith('二、主动公开政府信息情况'))
    const next = lines.findIndex((line) => line.text.startsWith('三、收到和处理政府信息公开申请情况'))
    // The span holds 表二: lines of several cells between the prose lines.
    expect(lines.slice(heading, next).some((line) => (line.cells?.length ?? 0) > 1)).toBe(true)
    expect(lines.every((line) => line.page !== undefined)).toBe(true)

    const prose = proseText(report.document, heading, next)
    const pieces = proseLines(report, heading, next)
    expect(prose.text).toBe(pieces.map((piece) => piece.text).join(''))
    expect(prose.lineAt).toEqual(pieces.flatMap((piece) => piece.text.split('').map(() => piece.index)))
  })
})

describe('proseText on constructed documents', () => {
  it('PDF lines run together: a number or word broken over two lines is whole again', () => {
    const prose = proseText(documentOf(['受理申请 2', '1 件，均在期限内答复。'], 1), 0, 2)
    expect(prose.text).toBe('受理申请21件,均在期限内答复。')
    expect(prose.lineAt.slice(0, 5)).toEqual([0, 0, 0, 0, 0])
    expect(prose.lineAt.slice(5)).toEqual(Array(prose.text.length - 5).fill(1))
  })

  it('other lines are kept apart by a newline, which belongs to the line after it', () => {
    const prose = proseText(documentOf(['甲乙。', '丙丁。']), 0, 2)
    expect(prose.text).toBe('甲乙。\n丙丁。')
    expect(prose.lineAt).toEqual([0, 0, 0, 1, 1, 1, 1])
  })

  it('a blank line is left out: PDF lines on either side still run together', () => {
    const prose = proseText(documentOf(['甲乙', ' \u3000', '丙丁'], 1), 0, 3)
    expect(prose.text).toBe('甲乙丙丁')
    expect(prose.lineAt).toEqual([0, 0, 2, 2])
  })

  it('a blank line between other lines gives one newline, on the line after the blank', () => {
    const prose = proseText(documentOf(['甲乙', '', '丙丁']), 0, 3)
    expect(prose.text).toBe('甲乙\n丙丁')
    expect(prose.lineAt).toEqual([0, 0, 2, 2, 2])
  })

  it('a span starting after blank lines has no leading newline; its end is exclusive', () => {
    const prose = proseText(documentOf(['甲', '', '乙', '丙']), 1, 3)
    expect(prose.text).toBe('乙')
    expect(prose.lineAt).toEqual([2])
  })
})

describe('proseText leaving lines out (reportSentences)', () => {
  const pdf = documentOf(['甲乙', '规章 0 5 5', '丙丁', ' ', '戊己', '庚辛'], 1)

  it('a PDF line after a left-out or blank line starts a new line; next to its neighbour it runs on', () => {
    const prose = proseText(pdf, 0, 6, new CompactLines(pdf), { skip: new Set([1]) })
    expect(prose.text).toBe('甲乙\n丙丁\n戊己庚辛')
    expect(prose.lineAt).toEqual([0, 0, 2, 2, 2, 4, 4, 4, 5, 5])
  })

  it('an empty set leaves nothing out but still keeps the prose apart at a blank line', () => {
    const prose = proseText(pdf, 0, 6, new CompactLines(pdf), { skip: new Set() })
    expect(prose.text).toBe('甲乙规章0 5 5丙丁\n戊己庚辛')
  })
})
