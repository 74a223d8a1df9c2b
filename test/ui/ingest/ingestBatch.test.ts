import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestFile, type IngestItem } from '../../../src/core/ingest/ingestFile'
import { applyFileEvents } from '../../../src/features/ingest/ingestBatch'
import { addReports, enqueueFiles, updateFiles, useDashboardStore } from '../../../src/store'

const seeds = join(import.meta.dirname, '../../fixtures/seeds')
const seedNames = ['000_7bba39e252e1dfbf', '001_cad4fa3e014eb2f3', '002_3971b268707d3ce1']
const agencyOf = (name: string) =>
  (JSON.parse(readFileSync(join(seeds, `${name}.expected.json`), 'utf8')) as { agency: string }).agency

async function itemsOf(name: string): Promise<IngestItem[]> {
  return ingestFile(`${name}.txt`, new Uint8Array(readFileSync(join(seeds, `${name}.txt`))))
}

const store = { addReports, updateFiles, reports: () => useDashboardStore.getState().reports }

describe('applyFileEvents', () => {
  it('adds every parsed report in one write of the reports and one of the files', async () => {
    enqueueFiles(
      ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: `${id}.txt`, size: 1, status: 'queued' as const })),
    )
    const [first, second, third] = await Promise.all(seedNames.map(itemsOf))
    if (!first || !second || !third) throw new Error('the seeds are missing')
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const image = await ingestFile('x.png', png)
    let writes = 0
    const unsubscribe = useDashboardStore.subscribe(() => writes++)
    applyFileEvents(
      [
        { id: 'a', patch: { status: 'reading' } },
        { id: 'a', items: first },
        { id: 'b', items: second },
        // The same report again in the same batch: a duplicate naming the copy loaded just before.
        { id: 'c', items: second },
        { id: 'd', items: [...third, ...image] },
        { id: 'e', items: [] },
      ],
      store,
      '2025-01-01T00:00:00.000Z',
    )
    unsubscribe()
    expect(writes).toBe(2)
    const { reports, files } = useDashboardStore.getState()
    expect(reports.map((loaded) => loaded.report.agency)).toEqual(seedNames.map(agencyOf))
    expect(files.map((file) => file.status)).toEqual(['read', 'read', 'duplicate', 'read', 'failed'])
    expect(files[0]?.reportIds).toEqual([reports[0]?.id])
    expect(files[2]?.message).toContain(`内容与已加载的报告相同，未再次加载：${agencyOf(seedNames[1] ?? '')}`)
    expect(files[3]?.message).toContain('图片文件，不是报告文本')
    expect(files[4]?.message).toBe('没有读到报告')
  })

  it('names the file inside an archive that was a copy of a loaded report, as it names one that failed', async () => {
    enqueueFiles([
      { id: 'seed', name: '001.txt', size: 1, status: 'queued' },
      { id: 'zip', name: 'bundle.zip', size: 1, status: 'queued' },
    ])
    const seed = await itemsOf(seedNames[1] ?? '')
    const zipPath = join(import.meta.dirname, '../../fixtures/generated/zip/reports_bundle.zip')
    const bundle = await ingestFile('bundle.zip', new Uint8Array(readFileSync(zipPath)))
    applyFileEvents(
      [
        { id: 'seed', items: seed },
        { id: 'zip', items: bundle },
      ],
      store,
      '2025-01-01T00:00:00.000Z',
    )
    const zipLine = useDashboardStore.getState().files.find((file) => file.id === 'zip')
    expect(zipLine?.status).toBe('read')
    expect(zipLine?.message).toContain(
      `bundle.zip/001_cad4fa3e014eb2f3.txt：内容与已加载的报告相同，未再次加载：${agencyOf(seedNames[1] ?? '')}`,
    )
  })
})
