/**
 * The sentences 内容雷同 compares: the prose without the tables' lines, PDF lines joined without a break
 * unless a table line or a blank line lies between them, each sentence at the line where it starts.
 */
import { describe, expect, it } from 'vitest'
import { compactLine } from '../../../src/core/checks/proseText'
import { reportSentences } from '../../../src/core/copiedText/reportSentences'
import type { Cell, SourceLine } from '../../../src/core/model/report'
import { documentOf, readRealReport } from '../trust/readFixture'

/** Two halves of one sentence, each long enough to count alone. */
const FIRST = '本机关全年坚持以公开为常态不公开为例外的原则'
const SECOND = '持续推进政务公开工作并取得明显成效'
const THIRD = '进一步规范依申请公开流程并畅通受理渠道'

const pdfLine = (text: string): SourceLine => ({ text, cells: [text], page: 1 })
const TABLE_LINE: SourceLine = { text: '规章 0 5 5', cells: ['规章', '0', '5', '5'], page: 1 }

function sentencesOf(lines: SourceLine[], cells: Record<string, Cell> = {}) {
  return reportSentences({ document: { name: 'crafted.pdf', kind: 'pdf', lines }, cells })
}

describe('reportSentences on the 洪泽 PDF', () => {
  it('joins PDF lines, stops at a table line, and places each sentence at its first line', async () => {
    const report = await readRealReport('hongze_district_gov_2023.pdf')
    const { lines } = report.document
    const compact = lines.map((line) => compactLine(line.text))
    const sentences = reportSentences(report)
    expect(sentences.length).toBeGreaterThan(10)

    // 二、主动公开政府信息情况 and the next line are prose; 表二 follows them.
    const heading = lines.findIndex((line) => line.text.startsWith('二、主动公开政府信息情况'))
    expect(lines[heading + 1]?.cells).toHaveLength(1)
    expect(lines[heading + 2]?.cells?.length).toBeGreaterThan(1)
    const afterTable = lines.findIndex(
      (line, index) => index > heading + 2 && line.cells?.length === 1 && line.page !== undefined,
    )
    expect(sentences.find((sentence) => sentence.line === heading)?.text).toBe(
      `${compact[heading] ?? ''}${compact[heading + 1] ?? ''}`,
    )
    expect(sentences.some((sentence) => sentence.text.includes(compact[afterTable] ?? '-'))).toBe(false)

    for (const sentence of sentences) {
      const startLine = compact[sentence.line] ?? ''
      const from = compact.slice(sentence.line).join('')
      const at = from.indexOf(sentence.text)
      expect(at).toBeGreaterThanOrEqual(0)
      expect(at).toBeLessThan(startLine.length)
    }
    // At least one sentence runs over a PDF line break.
    expect(sentences.some((sentence) => sentence.text.length > (compact[sentence.line] ?? '').length)).toBe(
      true,
    )
    // No sentence holds a table row.
    const tableRows = lines.flatMap((line, index) => ((line.cells?.length ?? 0) > 1 ? [compact[index]] : []))
    expect(tableRows.length).toBeGreaterThan(10)
    for (const row of tableRows)
      expect(sentences.filter((sentence) => sentence.text.includes(row ?? ''))).toEqual([])
  }, 30_000)
})

describe('reportSentences on constructed documents', () => {
  it('joins two PDF lines into one sentence at the first line', () => {
    expect(sentencesOf([pdfLine(FIRST), pdfLine(`${SECOND}。`)])).toEqual([{ text: FIRST + SECOND, line: 0 }])
  })

  it('a table line between two PDF lines breaks the sentence there', () => {
    expect(sentencesOf([pdfLine(FIRST), TABLE_LINE, pdfLine(`${SECOND}。`)])).toEqual([
      { text: FIRST, line: 0 },
      { text: SECOND, line: 2 },
    ])
  })

  it('so does a line the reader took a number from, but not the same line unread', () => {
    const lines = [pdfLine(FIRST), pdfLine('550'), pdfLine(`${SECOND}。`)]
    const read: Cell = { value: 550, source: { line: 1, column: 0, raw: '550' } }
    expect(sentencesOf(lines, { 'proactive.licensing.decisions': read })).toEqual([
      { text: FIRST, line: 0 },
      { text: SECOND, line: 2 },
    ])
    expect(sentencesOf(lines)).toEqual([{ text: `${FIRST}550${SECOND}`, line: 0 }])
  })

  it('a blank line between two PDF lines breaks the sentence too', () => {
    expect(sentencesOf([pdfLine(FIRST), pdfLine(' '), pdfLine(`${SECOND}。`)])).toEqual([
      { text: FIRST, line: 0 },
      { text: SECOND, line: 2 },
    ])
  })

  it('a sentence starting at a joined PDF line or after an end mark is at the line of its first character', () => {
    expect(
      sentencesOf([
        pdfLine(`${FIRST}。`),
        pdfLine(`${SECOND}。${THIRD.slice(0, 4)}`),
        pdfLine(THIRD.slice(4)),
      ]),
    ).toEqual([
      { text: FIRST, line: 0 },
      { text: SECOND, line: 1 },
      { text: THIRD, line: 1 },
    ])
  })

  it('other lines each end their sentence; one after a line ending in 。 is at its own line', () => {
    const document = documentOf([`${FIRST}。${SECOND}。`, '', THIRD])
    expect(reportSentences({ document, cells: {} })).toEqual([
      { text: FIRST, line: 0 },
      { text: SECOND, line: 0 },
      { text: THIRD, line: 2 },
    ])
  })
})
