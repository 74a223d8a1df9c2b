import { WorkbookTooLarge, type Sheet } from '../../core/xlsx/sheet'
import type { WorkbookReply, WorkbookRequest } from '../../worker/workbookProtocol'
import { startWorker, type TypedWorker } from '../workers/startWorker'
import { createWorkerSlot, type WorkerMode } from '../workers/workerSlot'
import { loadWorkbookWriter } from './loadWorkbookWriter'
import { xlsxBlob } from './xlsxBlob'

export interface WorkbookClient {
  /**
   * The .xlsx file of the sheets, written in the workbook worker; on the page's thread when the worker
   * cannot start, crashes or cannot be sent the sheets (the same writer, the same bytes). Rejects with
   * WorkbookTooLarge for a table Excel cannot hold, or when the writer's chunk cannot be loaded.
   */
  build(sheets: Sheet[], exportedAt: Date): Promise<Blob>
  /** Starts the worker ahead of the first export, so it does not wait for it to load (or for the network). */
  warmUp(): void
  /** 'worker' once the worker answered, 'main-thread' after it failed to start. */
  mode(): WorkerMode
}

/** The part of a Worker the client uses; tests pass a fake. */
export type WorkbookWorkerLike = TypedWorker<WorkbookRequest, WorkbookReply>

export interface WorkbookClientOptions {
  createWorker?: () => WorkbookWorkerLike
  /** A worker that has not said 'ready' by then counts as failed to start. */
  startTimeoutMs?: number
  /**
   * A worker that has not answered a request by then counts as lost (killed for memory without an error
   * event, say): the page writes the file, and the next export gets a new worker.
   */
  requestTimeoutMs?: number
}

function defaultWorker(): WorkbookWorkerLike {
  return new Worker(new URL('../../worker/workbook.worker.ts', import.meta.url), { type: 'module' })
}

/** What became of a request: the file, the writer's refusal, or nothing (the worker was lost). */
type WorkerOutcome =
  | { kind: 'bytes'; bytes: ArrayBuffer }
  | { kind: 'failure'; tooLarge: boolean; message: string }
  | { kind: 'lost' }

const LOST: WorkerOutcome = { kind: 'lost' }

async function buildOnMainThread(sheets: readonly Sheet[], exportedAt: Date): Promise<Blob> {
  const { workbookBlob } = await loadWorkbookWriter()
  return workbookBlob(sheets, exportedAt)
}

export function createWorkbookClient(settings: WorkbookClientOptions = {}): WorkbookClient {
  const createWorker = settings.createWorker ?? defaultWorker
  const startTimeoutMs = settings.startTimeoutMs ?? 10_000
  // Writing 1,000 reports' workbook takes well under a second; a minute means the worker is gone.
  const requestTimeoutMs = settings.requestTimeoutMs ?? 60_000
  let nextId = 0
  const pending = new Map<number, (outcome: WorkerOutcome) => void>()

  function settle(id: number, outcome: WorkerOutcome): void {
    const resolve = pending.get(id)
    pending.delete(id)
    resolve?.(outcome)
  }

  /** The worker crashed: what it was writing is written on the page, the next export gets a new worker. */
  function loseWorker(): void {
    slot.discard()
    for (const id of [...pending.keys()]) settle(id, LOST)
  }

  function onReply(reply: WorkbookReply): void {
    if (reply.type === 'workbook') settle(reply.id, { kind: 'bytes', bytes: reply.bytes })
    else if (reply.type === 'failure')
      settle(reply.id, { kind: 'failure', tooLarge: reply.tooLarge, message: reply.message })
  }

  const slot = createWorkerSlot(() =>
    startWorker(createWorker, startTimeoutMs, { onReply, onCrash: loseWorker }),
  )

  function inWorker(target: WorkbookWorkerLike, sheets: Sheet[], exportedAt: Date): Promise<WorkerOutcome> {
    const id = nextId++
    const request: WorkbookRequest = { type: 'workbook', id, sheets, modified: exportedAt }
    return new Promise<WorkerOutcome>((resolve) => {
      const timer = setTimeout(() => {
        if (pending.has(id)) loseWorker()
      }, requestTimeoutMs)
      pending.set(id, (outcome) => {
        clearTimeout(timer)
        resolve(outcome)
      })
      try {
        // Cloned, not transferred: the sheets stay the page's, for the fallback.
        target.postMessage(request, [])
      } catch {
        // e.g. a DataCloneError: the request never reached the worker.
        settle(id, LOST)
      }
    })
  }

  return {
    async build(sheets, exportedAt) {
      const worker = await slot.acquire()
      const outcome = worker === undefined ? LOST : await inWorker(worker, sheets, exportedAt)
      if (outcome.kind === 'bytes') return xlsxBlob(outcome.bytes)
      if (outcome.kind === 'failure')
        throw outcome.tooLarge ? new WorkbookTooLarge(outcome.message) : new Error(outcome.message)
      return buildOnMainThread(sheets, exportedAt)
    },
    warmUp() {
      void slot.acquire()
    },
    mode: () => slot.mode(),
  }
}
