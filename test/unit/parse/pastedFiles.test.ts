/**
 * Report text pasted into the paste box as a person copies it (test/fixtures/generated/pasted/, made by
 * scripts/fixtures/pastedText.ts): a browser's copy of a page whose cells hold paragraphs (each cell a line,
 * empty lines between), cells one a line (Firefox, a PDF viewer's text items) and a WPS/Word table pasted
 * with its labels broken over lines and its blank cells empty. 表三 was lost whole in each of them (its first
 * row not found: its numbers stood on the lines after the label, or on a line of cells some blank), and the
 * browser's copy gave 表二's rows one another's numbers by position.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readExpected } from '../../../scripts/fixtures/model'
import { nodeIngestOptions } from '../../../scripts/cli/nodeIngestOptions'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import type { Report } from '../../../src/core/model/report'

const DIR = join(__dirname, '../../fixtures/generated/pasted')
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.txt'))

/** The text as the paste box hands it to the reader. */
async function pasted(file: string): Promise<Report> {
  const bytes = new Uint8Array(readFileSync(join(DIR, file)))
  const [item] = await ingestFile(basename(file), bytes, { ...nodeIngestOptions(), origin: 'paste' })
  if (item === undefined || !item.outcome.ok) throw new Error(`${file} was not read`)
  return item.outcome.report
}

describe('pasted report text', () => {
  it('has the four layouts', () => {
    expect(FILES.sort()).toEqual([
      '900_designed_nonzero.cell-lines.txt',
      '900_designed_nonzero.chromium-copy.txt',
      '900_designed_nonzero.pdf-items.txt',
      'shuyang_fgj_2023_page.wps-wrapped.txt',
    ])
  })

  it.each(FILES)('%s: every cell of 表二, 表三 and 表四 read as the page shows it', async (file) => {
    const truth = readExpected(join(DIR, file.replace(/\.txt$/, '.expected.json')))
    const report = await pasted(file)
    expect(report.document.kind).toBe('paste')
    expect(report.notices.filter((notice) => notice.code === 'table-missing')).toEqual([])
    const values = Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell.value]))
    expect(values).toEqual(truth.cells)
  })
})
