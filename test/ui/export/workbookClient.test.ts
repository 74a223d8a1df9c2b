import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Sheet } from '../../../src/core/xlsx/sheet'
import { exportErrorMessage } from '../../../src/features/export/exportErrors'
import { workbookBlob } from '../../../src/features/export/workbookBlob'
import { createWorkbookClient, type WorkbookWorkerLike } from '../../../src/features/export/workbookClient'
import { FakeWorkerBase } from '../../helpers/fakeWorker'
import { answerWorkbookRequest } from '../../../src/worker/workbookHandler'
import type { WorkbookReply, WorkbookRequest } from '../../../src/worker/workbookProtocol'

type Behaviour =
  'writes' | 'never-ready' | 'crash-on-start' | 'crash-on-request' | 'silent-on-request' | 'uncloneable'

/** A stand-in worker running the real handler on a structured clone of each request, as the worker does. */
class FakeWorker extends FakeWorkerBase<WorkbookReply> implements WorkbookWorkerLike {
  requests: WorkbookRequest[] = []
  transfers: Transferable[][] = []
  startErrorPrevented = false

  constructor(private readonly behaviour: Behaviour) {
    super()
    setTimeout(() => {
      if (behaviour === 'crash-on-start') this.startErrorPrevented = this.fail('Failed to fetch the script')
      else if (behaviour !== 'never-ready') this.send({ type: 'ready' })
    }, 0)
  }

  postMessage(message: WorkbookRequest, transfer: Transferable[]): void {
    if (this.behaviour === 'uncloneable')
      throw new DOMException('function could not be cloned', 'DataCloneError')
    this.requests.push(message)
    this.transfers.push(transfer)
    const received = structuredClone(message)
    if (this.behaviour === 'silent-on-request') return
    setTimeout(() => {
      if (this.behaviour === 'crash-on-request') this.fail('out of memory')
      else this.send(answerWorkbookRequest(received).reply)
    }, 0)
  }
}

const AT = new Date('2026-03-01T08:00:00Z')
const SHEETS: Sheet[] = [
  {
    name: '总览',
    headers: ['机关', '年度', '收费'],
    rows: [
      ['某局', 2023, 12.5],
      ['另一局', 2022, null],
    ],
  },
  { name: '说明', headers: ['项目', '内容'], rows: [['空白单元格', '空白不是 0']] },
]

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())
const onPage = () => bytesOf(workbookBlob(SHEETS, AT))

function clientWith(behaviour: Behaviour, startTimeoutMs?: number, requestTimeoutMs?: number) {
  const workers: FakeWorker[] = []
  const client = createWorkbookClient({
    createWorker: () => {
      const worker = new FakeWorker(behaviour)
      workers.push(worker)
      return worker
    },
    startTimeoutMs,
    requestTimeoutMs,
  })
  return { client, workers }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createWorkbookClient', () => {
  it('has the worker write the file, the sheets cloned, and gives the bytes the page would write', async () => {
    const { client, workers } = clientWith('writes')
    const blob = await client.build(SHEETS, AT)
    expect(client.mode()).toBe('worker')
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(await bytesOf(blob)).toEqual(await onPage())
    expect(workers).toHaveLength(1)
    expect(workers[0]?.requests).toEqual([{ type: 'workbook', id: 0, sheets: SHEETS, modified: AT }])
    expect(workers[0]?.transfers).toEqual([[]])
  })

  it('reuses the worker the warm-up started for every export', async () => {
    const { client, workers } = clientWith('writes')
    client.warmUp()
    await client.build(SHEETS, AT)
    await client.build(SHEETS, AT)
    expect(workers).toHaveLength(1)
    expect(workers[0]?.requests.map((request) => request.id)).toEqual([0, 1])
  })

  it('writes the file on the page, without a console error, when no worker can be made', async () => {
    const consoleError = vi.spyOn(console, 'error')
    const client = createWorkbookClient({
      createWorker: () => {
        throw new ReferenceError('Worker is not defined')
      },
    })
    expect(await bytesOf(await client.build(SHEETS, AT))).toEqual(await onPage())
    expect(client.mode()).toBe('main-thread')
    expect(consoleError).not.toHaveBeenCalled()
  })

  it('writes the file on the page when the worker’s script fails to load, and keeps that error quiet', async () => {
    const { client, workers } = clientWith('crash-on-start')
    expect(await bytesOf(await client.build(SHEETS, AT))).toEqual(await onPage())
    expect(client.mode()).toBe('main-thread')
    expect(workers[0]?.startErrorPrevented).toBe(true)
    expect(workers[0]?.terminated).toBe(true)
    await client.build(SHEETS, AT)
    expect(workers).toHaveLength(1)
  })

  it('writes the file on the page when the worker never says it is ready', async () => {
    const { client, workers } = clientWith('never-ready', 20)
    expect(await bytesOf(await client.build(SHEETS, AT))).toEqual(await onPage())
    expect(client.mode()).toBe('main-thread')
    expect(workers[0]?.requests).toEqual([])
  })

  it('writes the file on the page when the worker crashes on it, and starts a new worker for the next', async () => {
    const { client, workers } = clientWith('crash-on-request')
    expect(await bytesOf(await client.build(SHEETS, AT))).toEqual(await onPage())
    expect(workers[0]?.terminated).toBe(true)
    await client.build(SHEETS, AT)
    expect(workers).toHaveLength(2)
  })

  it('writes the file on the page when the worker never answers (lost without an error), and starts a new one', async () => {
    const { client, workers } = clientWith('silent-on-request', undefined, 20)
    expect(await bytesOf(await client.build(SHEETS, AT))).toEqual(await onPage())
    expect(workers[0]?.requests).toHaveLength(1)
    expect(workers[0]?.terminated).toBe(true)
    await client.build(SHEETS, AT)
    expect(workers).toHaveLength(2)
  })

  it('writes the file on the page when the sheets cannot be sent', async () => {
    const { client } = clientWith('uncloneable')
    expect(await bytesOf(await client.build(SHEETS, AT))).toEqual(await onPage())
  })

  it('rejects a sheet too long for Excel with the message the page shows for it', async () => {
    const { client } = clientWith('writes')
    const rows = Array.from({ length: 1_048_576 }, () => [])
    const failure = await client.build([{ name: '全部单元格', headers: ['机关'], rows }], AT).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(exportErrorMessage(failure)).toMatch(
      /^导出失败：表“全部单元格”有 1048576 行，超过 Excel 的上限 1048575 行，请先用筛选减少报告数量。$/,
    )
  })
})
