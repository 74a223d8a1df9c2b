import { describe, expect, it } from 'vitest'
import type { ParseRequest, WorkerReply, WorkerRequest } from '../../../src/worker/protocol'
import { createParseClient, type WorkerLike } from '../../../src/features/ingest/parseClient'
import { FakeWorkerBase } from '../../helpers/fakeWorker'

type Behaviour =
  'echo' | 'batch-of-two' | 'never-ready' | 'crash-on-start' | 'crash-on-file' | 'hang' | 'uncloneable'

/** A stand-in worker speaking the real protocol; it answers every request with an empty item list. */
class FakeWorker extends FakeWorkerBase<WorkerReply> implements WorkerLike {
  requests: ParseRequest[] = []
  warmUps = 0

  constructor(private readonly behaviour: Behaviour) {
    super()
    setTimeout(() => {
      if (behaviour === 'crash-on-start') this.fail('SyntaxError in worker')
      else if (behaviour !== 'never-ready') this.send({ type: 'ready' })
    }, 0)
  }

  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    if (this.behaviour === 'uncloneable')
      throw new DOMException('function could not be cloned', 'DataCloneError')
    if (message.type === 'warm-up') {
      expect(transfer).toEqual([])
      this.warmUps++
      return
    }
    expect(transfer).toEqual(message.content instanceof Blob ? [] : [message.content])
    this.requests.push(message)
    setTimeout(() => {
      this.send({ type: 'started', id: message.id })
      if (this.behaviour === 'crash-on-file') this.fail('out of memory')
      else if (this.behaviour === 'echo') this.send({ type: 'result', id: message.id, items: [] })
      else if (this.behaviour === 'batch-of-two' && this.requests.length % 2 === 0) {
        // The real worker posts the results of quickly read files together.
        const pair = this.requests.slice(-2)
        this.send({ type: 'results', results: pair.map((request) => ({ id: request.id, items: [] })) })
      }
    }, 0)
  }
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer

describe('createParseClient', () => {
  it('settles every file of a batched reply', async () => {
    const client = createParseClient({ createWorker: () => new FakeWorker('batch-of-two') })
    const results = await Promise.all([client.parse('a.txt', bytes('a')), client.parse('b.txt', bytes('b'))])
    expect(results).toEqual([
      { ok: true, items: [] },
      { ok: true, items: [] },
    ])
    client.dispose()
  })

  it('sends each file to one reused worker with an id, transferring the buffer, and reports the start', async () => {
    const workers: FakeWorker[] = []
    const client = createParseClient({
      createWorker: () => workers[workers.push(new FakeWorker('echo')) - 1]!,
    })
    const started: string[] = []
    const results = await Promise.all(
      ['a.txt', 'b.txt', 'c.txt'].map((name) =>
        client.parse(name, bytes(name), undefined, () => started.push(name)),
      ),
    )
    expect(results).toEqual([
      { ok: true, items: [] },
      { ok: true, items: [] },
      { ok: true, items: [] },
    ])
    expect(workers).toHaveLength(1)
    expect(workers[0]!.requests.map((request) => request.name)).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect(new Set(workers[0]!.requests.map((request) => request.id)).size).toBe(3)
    expect(started).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect(client.mode()).toBe('worker')
    expect(workers[0]!.warmUps).toBe(0)
  })

  it('after warmUp, has each worker it starts load its readers once, a restarted worker too', async () => {
    const workers: FakeWorker[] = []
    const behaviours: Behaviour[] = ['crash-on-file', 'echo']
    const client = createParseClient({
      createWorker: () => workers[workers.push(new FakeWorker(behaviours[workers.length] ?? 'echo')) - 1]!,
    })
    client.warmUp()
    client.warmUp()
    expect((await client.parse('huge.pdf', bytes('x'))).ok).toBe(false)
    expect(await client.parse('next.txt', bytes('y'))).toEqual({ ok: true, items: [] })
    expect(workers.map((worker) => worker.warmUps)).toEqual([1, 1])
  })

  it('warms a worker that a file started before the page was idle', async () => {
    const workers: FakeWorker[] = []
    const client = createParseClient({
      createWorker: () => workers[workers.push(new FakeWorker('echo')) - 1]!,
    })
    await client.parse('first.txt', bytes('a'))
    expect(workers[0]!.warmUps).toBe(0)
    client.warmUp()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(workers.map((worker) => worker.warmUps)).toEqual([1])
  })

  it('falls back to the main thread when the worker cannot be created', async () => {
    const client = createParseClient({
      createWorker: () => {
        throw new Error('Worker is not defined')
      },
    })
    const result = await client.parse('empty.txt', new ArrayBuffer(0))
    expect(client.mode()).toBe('main-thread')
    expect(result).toEqual({
      ok: true,
      items: [{ file: 'empty.txt', outcome: { ok: false, error: { code: 'empty', message: '文件是空的' } } }],
    })
  })

  it('falls back to the main thread when the worker script fails to load', async () => {
    const client = createParseClient({ createWorker: () => new FakeWorker('crash-on-start') })
    const result = await client.parse('empty.txt', new ArrayBuffer(0))
    expect(client.mode()).toBe('main-thread')
    expect(result.ok && result.items[0]?.outcome.ok === false && result.items[0].outcome.error.code).toBe(
      'empty',
    )
  })

  it('falls back when the worker never says ready', async () => {
    const client = createParseClient({
      createWorker: () => new FakeWorker('never-ready'),
      startTimeoutMs: 20,
    })
    const result = await client.parse('empty.txt', new ArrayBuffer(0))
    expect(client.mode()).toBe('main-thread')
    expect(result.ok).toBe(true)
  })

  it('reads on the page from then on when the worker restarted after a crash fails to start, and ends it', async () => {
    const workers: FakeWorker[] = []
    const behaviours: Behaviour[] = ['crash-on-file', 'crash-on-start']
    const client = createParseClient({
      createWorker: () => workers[workers.push(new FakeWorker(behaviours[workers.length] ?? 'echo')) - 1]!,
    })
    expect((await client.parse('huge.pdf', bytes('x'))).ok).toBe(false)
    const next = await client.parse('empty.txt', new ArrayBuffer(0))
    expect(next.ok && next.items[0]?.outcome.ok === false && next.items[0].outcome.error.code).toBe('empty')
    expect(client.mode()).toBe('main-thread')
    expect(workers.map((worker) => worker.terminated)).toEqual([true, true])
    await client.parse('empty.txt', new ArrayBuffer(0))
    expect(workers).toHaveLength(2)
  })

  it('fails only the file the worker crashed on, and starts a new worker for the next file', async () => {
    const workers: FakeWorker[] = []
    const behaviours: Behaviour[] = ['crash-on-file', 'echo']
    const client = createParseClient({
      createWorker: () => workers[workers.push(new FakeWorker(behaviours[workers.length] ?? 'echo')) - 1]!,
    })
    const crashed = await client.parse('huge.pdf', bytes('x'))
    expect(crashed).toEqual({
      ok: false,
      error: { code: 'worker-crashed', message: '解析进程意外停止：out of memory' },
    })
    expect(workers[0]!.terminated).toBe(true)
    expect(await client.parse('next.txt', bytes('y'))).toEqual({ ok: true, items: [] })
    expect(workers).toHaveLength(2)
  })

  it('abandons a file the worker hangs on after the timeout', async () => {
    const client = createParseClient({ createWorker: () => new FakeWorker('hang'), fileTimeoutMs: 30 })
    const result = await client.parse('loop.pdf', bytes('z'))
    expect(result).toEqual({ ok: false, error: { code: 'timeout', message: '读取超时，已放弃此文件' } })
  })

  it('fails only the request that cannot be sent, without rejecting', async () => {
    const client = createParseClient({ createWorker: () => new FakeWorker('uncloneable') })
    const result = await client.parse('a.txt', bytes('a'))
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: '无法发送到解析进程：function could not be cloned' },
    })
  })
})
