import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile, type IngestItem } from '../../../src/core/ingest/ingestFile'
import type { Report } from '../../../src/core/model/report'
import { packItem, unpackItem } from '../../../src/core/transfer/packedItems'
import { nodeIngestOptions } from '../../../scripts/cli/nodeIngestOptions'
import { fixtureReportFiles } from '../../helpers/fixtureFiles'

const fixtures = join(import.meta.dirname, '../../fixtures')

async function fixtureItems(): Promise<IngestItem[]> {
  const paths = fixtureReportFiles()
  const items = await Promise.all(
    paths.map((path) =>
      ingestFile(path.slice(path.lastIndexOf('/') + 1), readFileSync(path), nodeIngestOptions()),
    ),
  )
  return items.flat()
}

/** What the page gets: the packed item through structured clone, unpacked. */
function crossed(item: IngestItem): IngestItem {
  return unpackItem(structuredClone(packItem(item)))
}

function reportOf(item: IngestItem): Report {
  if (!item.outcome.ok) throw new Error(`${item.file} was not read`)
  return item.outcome.report
}

describe('packed items', () => {
  it('come back as the same items, fields in the same order, for every fixture', async () => {
    const items = await fixtureItems()
    expect(items.length).toBeGreaterThan(55)
    for (const item of items) {
      const back = crossed(item)
      expect(back, item.file).toEqual(item)
      expect(JSON.stringify(back), item.file).toBe(JSON.stringify(item))
    }
  }, 60_000)

  it('carry a text report’s cells as typed arrays and its lines as one string', async () => {
    const seed = readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt'))
    const [item] = await ingestFile('000.txt', seed)
    if (!item) throw new Error('no item')
    const packed = packItem(item)
    expect(packed.packed?.cells?.values).toBeInstanceOf(Float64Array)
    expect(packed.packed?.cells?.ids).toHaveLength(Object.keys(reportOf(item).cells).length)
    // Most raw texts are the value written out and do not travel.
    expect(packed.packed?.cells?.raws.filter((raw) => raw !== null).length).toBeLessThan(10)
    expect(packed.packed?.lines?.split('\n')).toHaveLength(reportOf(item).document.lines.length)
    expect(reportOf(packed).cells).toEqual({})
    expect(reportOf(packed).document.lines).toEqual([])
    // Packing leaves the item it was given alone.
    expect(Object.keys(reportOf(item).cells)).toHaveLength(200)
  })

  it('keep pages, raw texts that differ from the value, corrected cells and failed items', async () => {
    const [item] = await ingestFile('000.txt', readFileSync(join(fixtures, 'seeds/000_7bba39e252e1dfbf.txt')))
    if (!item) throw new Error('no item')
    const report = reportOf(item)
    const [firstId = '', secondId = ''] = Object.keys(report.cells)
    const first = report.cells[firstId]
    const second = report.cells[secondId]
    if (!first || !second) throw new Error('no cells')
    const odd: IngestItem = {
      ...item,
      outcome: {
        ok: true,
        report: {
          ...report,
          cells: {
            ...report.cells,
            [firstId]: { value: -0, source: { line: 3, column: 2, raw: '０', page: 4 } },
            [secondId]: { ...second, value: 12.5, source: { ...second.source, raw: '12.50（万元）' } },
          },
          document: { ...report.document, lines: [{ text: 'a\tb', cells: ['a', 'b'], page: 1 }] },
        },
      },
    }
    const back = crossed(odd)
    expect(JSON.stringify(back)).toBe(JSON.stringify(odd))
    expect(Object.is(reportOf(back).cells[firstId]?.value, -0)).toBe(true)
    expect(packItem(odd).packed?.lines).toBeUndefined()

    const corrected: IngestItem = {
      ...item,
      outcome: {
        ok: true,
        report: {
          ...report,
          cells: { ...report.cells, [firstId]: { ...first, corrected: { original: 1, at: 't' } } },
        },
      },
    }
    expect(packItem(corrected).packed?.cells).toBeUndefined()
    expect(crossed(corrected)).toEqual(corrected)

    const failed: IngestItem = {
      file: 'x.png',
      outcome: { ok: false, error: { code: 'unsupported', message: '图片' } },
    }
    expect(packItem(failed)).toBe(failed)
    expect(crossed(failed)).toEqual(failed)
  })
})
