import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { ingestFile, type IngestItem } from '../../../src/core/ingest/ingestFile'
import { createCellIdSharing } from '../../../src/worker/sharedCellIds'
import { FIXTURES } from '../../helpers/expectedReports'

async function ingestSeeds(): Promise<IngestItem[][]> {
  const dir = join(FIXTURES, 'seeds')
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'))
  return Promise.all(names.map((name) => ingestFile(name, new Uint8Array(readFileSync(join(dir, name))))))
}

describe('createCellIdSharing', () => {
  it('makes equal cell-id lists one array across reports, changing no report', async () => {
    const files = await ingestSeeds()
    const before = structuredClone(files)
    const share = createCellIdSharing()
    for (const items of files) share(items)
    expect(files).toEqual(before)

    const checksOf = (items: IngestItem[] | undefined) =>
      items?.flatMap((item) => (item.outcome.ok ? item.outcome.report.checks : [])) ?? []
    const first = checksOf(files[0])
    const second = checksOf(files[1])
    expect(first.length).toBeGreaterThan(20)
    let shared = 0
    for (const check of second) {
      const twin = first.find((other) => other.cellIds.join() === check.cellIds.join())
      if (twin) {
        expect(twin.cellIds).toBe(check.cellIds)
        shared++
      }
    }
    expect(shared).toBeGreaterThan(20)
    // Shared lists cross once per message: V8's structured serialisation of the batch gets smaller.
    expect(serialize(files).length).toBeLessThan(serialize(before).length * 0.85)
  })
})
