/**
 * Text copied from a PDF viewer that joins the text of one baseline into a line (test/fixtures/generated/pdf/
 * 900_designed_nonzero.pdf, its pdf.js items grouped by baseline and joined by spaces, as a viewer's copy
 * gives them). In that PDF a wrapped label's row has its 总计 at the top of its cell and the other numbers
 * centred, so the copy gives "（二）部分公开（区分处理的，只计这一情 16" over "9 2 0 0 1 0": read in order, 16 went
 * to 自然人 and each number one column on, with no notice. Such a row is left unread with a notice.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readExpected } from '../../../scripts/fixtures/model'
import { loadNodePdfjs } from '../../../scripts/nodePdfjs'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { nodeIngestOptions } from '../../../scripts/cli/nodeIngestOptions'
import type { Report } from '../../../src/core/model/report'

const PDF = join(__dirname, '../../fixtures/generated/pdf/900_designed_nonzero.pdf')
const truth = readExpected(PDF.replace(/\.pdf$/, '.expected.json'))
/** Items whose baselines are this close (pt) are on one line of the copy. */
const SAME_LINE = 3

/** The PDF's text as a viewer copies it: a line per baseline, top to bottom, its items left to right. */
async function copiedByLine(): Promise<string> {
  const pdfjs = await loadNodePdfjs()
  const document = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(PDF)),
    cMapUrl: pdfjs.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: pdfjs.standardFontDataUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise
  const text: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    const lines: { y: number; items: { x: number; text: string }[] }[] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const [, , , , x = 0, y = 0] = item.transform
      let line = lines.find((candidate) => Math.abs(candidate.y - y) < SAME_LINE)
      if (line === undefined) lines.push((line = { y, items: [] }))
      line.items.push({ x, text: item.str })
    }
    lines.sort((a, b) => b.y - a.y)
    for (const line of lines)
      text.push(
        line.items
          .sort((a, b) => a.x - b.x)
          .map((item) => item.text)
          .join(' '),
      )
  }
  return text.join('\n')
}

async function pasted(text: string): Promise<Report> {
  const [item] = await ingestFile('粘贴的文本.txt', new TextEncoder().encode(text), {
    ...nodeIngestOptions(),
    origin: 'paste',
  })
  if (item === undefined || !item.outcome.ok) throw new Error('not read')
  return item.outcome.report
}

describe('PDF text copied a baseline a line', () => {
  it('gives no cell a number the report does not have there', async () => {
    const text = await copiedByLine()
    expect(text).toMatch(/（二）部分公开（区分处理的，只计这一情 12\n9 2 0 0 1 0\n/)
    const report = await pasted(text)
    for (const [id, cell] of Object.entries(report.cells)) expect(cell.value, id).toBe(truth.cells[id])
  })

  it('leaves the row whose numbers are split over its label line and the next unread, and says so', async () => {
    const report = await pasted(await copiedByLine())
    const ids = Object.keys(truth.cells).filter((id) => id.startsWith('applications.partlyGranted.'))
    expect(ids).toHaveLength(7)
    for (const id of ids) expect(report.cells[id], id).toBeUndefined()
    const notice = report.notices.find(
      (candidate) => candidate.code === 'cell-unread' && candidate.cellIds?.includes(ids[0] ?? ''),
    )
    expect(notice?.message).toContain('部分公开')
    expect(notice?.message).toContain('“12”')
  })
})
