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
    // Shared lists cross once per message: V8's structured serialisation of the batch loses about what
    // the repeated lists took.
    const firstList = new Map<string, string[]>()
    const repeated: string[][] = []
    for (const items of before)
      for (const check of checksOf(items)) {
        const first = firstList.get(check.cellIds.join())
        if (first === undefined) firstList.set(check.cellIds.join(), check.cellIds)
        else if (first !== check.cellIds) repeated.push(check.cellIds)
      }
    const repeatedBytes = serialize(repeated.map((ids) => [...ids])).length
    expect(repeatedBytes).toBeGreaterThan(10_000)
    expect(serialize(files).length).toBeLessThan(serialize(before).length - repeatedBytes * 0.8)
  })
})
