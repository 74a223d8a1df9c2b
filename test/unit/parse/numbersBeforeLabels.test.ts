/**
 * Rows whose numbers stand on a line above their label's (test/fixtures/generated/flat/900_designed_nonzero.numbers-before-labels.txt):
 * read in the usual order each label took the next row's numbers, so those rows are left unread with one
 * notice naming them; a label over its numbers stays read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readExpected } from '../../../scripts/fixtures/model'
import { fixtureReport, ingestedReport } from '../../helpers/ingestedReport'

const DIR = join(__dirname, '../../fixtures/generated/flat')
const FILE = join(DIR, '900_designed_nonzero.numbers-before-labels.txt')
const truth = readExpected(FILE.replace(/\.txt$/, '.expected.json'))
const undecidable = truth.ambiguousCells ?? []

describe('表三 numbers pasted above their labels', () => {
  it('leaves the shifted rows unread, named in one ambiguous notice, and reads every other cell', async () => {
    const report = await fixtureReport(FILE)
    const ambiguous = report.notices.filter((notice) => notice.code === 'ambiguous')
    expect(ambiguous).toHaveLength(1)
    expect(ambiguous[0]?.cellIds).toEqual(undecidable)
    for (const [id, value] of Object.entries(truth.cells)) {
      if (undecidable.includes(id)) expect(report.cells[id], id).toBeUndefined()
      else expect(report.cells[id]?.value, id).toBe(value)
    }
  })

  it('reads the same rows when each label stands above its own numbers', async () => {
    const lines = readFileSync(FILE, 'utf8').split('\n')
    const first = lines.findIndex((line) => line.startsWith('一、本年新收'))
    // Numbers, label, numbers, label, numbers, label → label, numbers, … each row's numbers under its label.
    for (let at = first - 1; at < first + 5; at += 2) {
      const numbers = lines[at] ?? ''
      lines[at] = lines[at + 1] ?? ''
      lines[at + 1] = numbers
    }
    const report = await ingestedReport('labels-above.txt', new TextEncoder().encode(lines.join('\n')))
    expect(report.notices.filter((notice) => notice.code === 'ambiguous')).toEqual([])
    for (const [id, value] of Object.entries(truth.cells)) expect(report.cells[id]?.value, id).toBe(value)
  })
})
