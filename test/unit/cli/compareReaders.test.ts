import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../src/core/ingest/ingestFile'
import { compareReaders, type Ingest } from '../../../scripts/compare/compareReaders'
import { mutator } from '../../../scripts/compare/mutate'
import { nodeIngestOptions } from '../../../scripts/cli/nodeIngestOptions'

const fixtureDir = join(import.meta.dirname, '../../fixtures')
const options = { fixtureDir, mutants: 40, seed: 7, ingest: nodeIngestOptions() }

describe('compareReaders', () => {
  it('finds no difference between a reader and itself, on every fixture and mutated reports', async () => {
    const result = await compareReaders(ingestFile, ingestFile, options)
    expect(result.fixtures).toBeGreaterThan(50)
    expect(result.mutants).toBe(40)
    expect(result.differences).toEqual([])
  }, 60_000)

  it('reports every input on which a reader reads one agency differently, with both readings', async () => {
    const renaming: Ingest = async (name, bytes, ingestOptions) =>
      (await ingestFile(name, bytes, ingestOptions)).map((item) =>
        item.outcome.ok
          ? { ...item, outcome: { ok: true, report: { ...item.outcome.report, agency: '改名局' } } }
          : item,
      )
    const result = await compareReaders(ingestFile, renaming, { ...options, mutants: 10 })
    expect(result.differences.length).toBeGreaterThan(40)
    const seed = result.differences.find((difference) => difference.name === '000_7bba39e252e1dfbf.txt')
    expect(seed?.before).toContain('新乡县城市管理局')
    expect(seed?.after).toContain('改名局')
    // PDFs are read too (given as the Uint8Array pdf.js takes, not as a Node Buffer), so they differ as well.
    const pdf = result.differences.find((difference) => difference.name === 'hongze_district_gov_2023.pdf')
    expect(pdf?.after).toContain('改名局')
  }, 60_000)

  it('damages a text reproducibly from its seed', () => {
    const text = '第二十条第（一）项\n规章\t0\t0\t0\n行政许可\t67'
    expect(mutator(3)(text)).toBe(mutator(3)(text))
    const changed = Array.from({ length: 20 }, (_, seed) => mutator(seed)(text)).filter((t) => t !== text)
    expect(changed.length).toBeGreaterThan(15)
  })
})
