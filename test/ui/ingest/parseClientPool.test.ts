import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ingestSources } from '../../../src/features/ingest/ingestQueue'
import { sourceFromText } from '../../../src/features/ingest/ingestSource'
import {
  createParseClient,
  type ParseClient,
  type ParseResult,
} from '../../../src/features/ingest/parseClient'
import { createParseClientPool, parseWorkerCount } from '../../../src/features/ingest/parseClientPool'
import { resetDashboardStore, useDashboardStore } from '../../../src/store'
import { FIXTURES } from '../../helpers/expectedReports'

afterEach(() => resetDashboardStore())

/** A client that answers each file when the test says so. */
function manualClient(): ParseClient & { names: string[]; answer: () => void } {
  const waiting: ((result: ParseResult) => void)[] = []
  const names: string[] = []
  return {
    names,
    parse(name) {
      names.push(name)
      return new Promise((resolve) => waiting.push(resolve))
    },
    answer: () => waiting.shift()?.({ ok: true, items: [] }),
    mode: () => 'worker',
    warmUp: () => {},
    dispose: () => {},
  }
}

/** Parses on the page's thread (jsdom has no Worker), holding the first file back until the second is done. */
function firstFileLast(): ParseClient {
  const inner = createParseClient({
    createWorker: () => {
      throw new Error('no worker in this test')
    },
  })
  let releaseFirst: () => void = () => {}
  const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve))
  let calls = 0
  return {
    async parse(name, content, options, onStarted) {
      const call = calls++
      const result = await inner.parse(name, content, options, onStarted)
      if (call === 0) await firstMayFinish
      else releaseFirst()
      return result
    },
    mode: () => inner.mode(),
    warmUp: () => inner.warmUp(),
    dispose: () => inner.dispose(),
  }
}

describe('createParseClientPool', () => {
  it('gives each file to the client with the fewest files waiting', async () => {
    const clients = [manualClient(), manualClient()]
    let next = 0
    const pool = createParseClientPool(2, () => clients[next++] ?? manualClient())
    const buffer = () => new ArrayBuffer(1)
    const results = [pool.parse('a', buffer()), pool.parse('b', buffer()), pool.parse('c', buffer())]
    expect(clients.map((client) => client.names)).toEqual([['a', 'c'], ['b']])
    clients[0]?.answer()
    await results[0]
    const d = pool.parse('d', buffer())
    expect(clients[0]?.names).toEqual(['a', 'c', 'd'])
    clients[1]?.answer()
    clients[0]?.answer()
    clients[0]?.answer()
    expect(await Promise.all([...results, d])).toHaveLength(4)
  })

  it('uses one worker per core, at least one and at most four', () => {
    expect([undefined, 1, 2, 3, 8, 64].map(parseWorkerCount)).toEqual([1, 1, 2, 3, 4, 4])
  })
})

describe('ingestSources with files finishing out of order', { timeout: 20_000 }, () => {
  it('keeps the first of two equal files and marks the later one as the duplicate', async () => {
    const text = readFileSync(join(FIXTURES, 'seeds', '000_7bba39e252e1dfbf.txt'), 'utf8')
    await ingestSources(
      [sourceFromText('first.txt', text), sourceFromText('second.txt', text)],
      firstFileLast(),
    )
    const files = useDashboardStore.getState().files
    expect(files.map((file) => [file.name, file.status])).toEqual([
      ['first.txt', 'read'],
      ['second.txt', 'duplicate'],
    ])
    expect(useDashboardStore.getState().reports.map((loaded) => loaded.fileName)).toEqual(['first.txt'])
  })
})
