import type { IngestItem } from '../../core/ingest/ingestFile'
import type { IngestOptions } from '../../core/ingest/options'
import { MODULE_LOAD_ADVICE, isModuleLoadFailure } from '../../core/ingest/moduleLoadFailure'
import { unpackItem } from '../../core/transfer/packedItems'
import type { WorkerFailure, WorkerReply, WorkerRequest } from '../../worker/protocol'
import { startWorker, type TypedWorker } from '../workers/startWorker'
import { createWorkerSlot, type WorkerMode } from '../workers/workerSlot'

export type ParseResult = { ok: true; items: IngestItem[] } | { ok: false; error: WorkerFailure }

export interface ParseClient {
  /**
   * Parses one file. An ArrayBuffer is transferred to the worker (it is detached afterwards); a Blob
   * or File is read by the worker, so its bytes never pass through the page's thread.
   * `onStarted` fires when the worker begins this file. Never rejects.
   */
  parse(
    name: string,
    content: ArrayBuffer | Blob,
    options?: IngestOptions,
    onStarted?: () => void,
  ): Promise<ParseResult>
  /** 'worker' once the worker answered, 'main-thread' after it failed to start. */
  mode(): WorkerMode
  /**
   * Starts the worker ahead of the first file, so a drop does not wait for it to load, and has it load
   * its readers, so a file dropped after the network went away is still read.
   */
  warmUp(): void
  dispose(): void
}

/** The part of a Worker the client uses; tests pass a fake. */
export type WorkerLike = TypedWorker<WorkerRequest, WorkerReply>

interface Pending {
  resolve: (result: ParseResult) => void
  onStarted?: () => void
  timer?: ReturnType<typeof setTimeout>
}

export interface ParseClientOptions {
  createWorker?: () => WorkerLike
  /** A worker that has not said 'ready' by then counts as failed to start. */
  startTimeoutMs?: number
  /** A file the worker works on longer than this is abandoned and the worker restarted. */
  fileTimeoutMs?: number
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../../worker/parse.worker.ts', import.meta.url), { type: 'module' })
}

async function parseOnMainThread(
  name: string,
  content: ArrayBuffer | Blob,
  options?: IngestOptions,
): Promise<ParseResult> {
  let modules
  try {
    modules = await Promise.all([import('../../core/ingest/ingestFile'), import('../../worker/pdfjs')])
  } catch (error) {
    if (!isModuleLoadFailure(error)) throw error
    return {
      ok: false,
      error: { code: 'internal', message: `无法加载读取文件所需的程序组件${MODULE_LOAD_ADVICE}` },
    }
  }
  const [{ ingestFile }, { browserIngestOptions }] = modules
  const buffer = content instanceof Blob ? await content.arrayBuffer() : content
  // Same injection as the worker: pdf.js runs in-thread, loaded on the first PDF.
  return {
    ok: true,
    items: await ingestFile(name, new Uint8Array(buffer), browserIngestOptions(options)),
  }
}

/**
 * Runs ingestFile in one reused Web Worker so the page never freezes. If the worker cannot start
 * (no Worker support, a blocked script) parsing falls back to the main thread. If it crashes or
 * hangs on a file, that file fails with a reason and the next file gets a fresh worker.
 */
export function createParseClient(settings: ParseClientOptions = {}): ParseClient {
  const createWorker = settings.createWorker ?? defaultWorker
  const startTimeoutMs = settings.startTimeoutMs ?? 10_000
  const fileTimeoutMs = settings.fileTimeoutMs ?? 120_000
  /** warmUp was called: every worker started since loads its readers; `warmed` is the last one told. */
  let warmReaders = false
  let warmed: WorkerLike | undefined
  let nextId = 0
  const pending = new Map<string, Pending>()

  function settle(id: string, result: ParseResult): void {
    const entry = pending.get(id)
    if (!entry) return
    if (entry.timer !== undefined) clearTimeout(entry.timer)
    pending.delete(id)
    entry.resolve(result)
  }

  function stopWorker(error: WorkerFailure): void {
    slot.discard()
    for (const id of [...pending.keys()]) settle(id, { ok: false, error })
  }

  function warmIfWanted(): void {
    const worker = slot.current()
    if (!warmReaders || !worker || warmed === worker) return
    warmed = worker
    worker.postMessage({ type: 'warm-up' }, [])
  }

  function onReply(reply: WorkerReply): void {
    if (reply.type === 'ready') return
    if (reply.type === 'started') {
      const entry = pending.get(reply.id)
      if (!entry) return
      entry.onStarted?.()
      entry.timer = setTimeout(() => {
        settle(reply.id, { ok: false, error: { code: 'timeout', message: '读取超时，已放弃此文件' } })
        stopWorker({ code: 'worker-crashed', message: '解析进程因其他文件超时而重启，请重新添加此文件' })
      }, fileTimeoutMs)
      return
    }
    if (reply.type === 'result') settle(reply.id, { ok: true, items: reply.items.map(unpackItem) })
    else if (reply.type === 'results') {
      for (const { id, items } of reply.results) settle(id, { ok: true, items: items.map(unpackItem) })
    } else settle(reply.id, { ok: false, error: reply.error })
  }

  const slot = createWorkerSlot(() =>
    startWorker(createWorker, startTimeoutMs, {
      onReply,
      onReady: warmIfWanted,
      onCrash: (event) =>
        stopWorker({
          code: 'worker-crashed',
          message: `解析进程意外停止${event.message ? `：${event.message}` : ''}`,
        }),
    }),
  )

  return {
    async parse(name, content, options, onStarted) {
      const target = await slot.acquire()
      if (target === undefined) {
        onStarted?.()
        return parseOnMainThread(name, content, options)
      }
      const id = `p${nextId++}`
      const request: WorkerRequest = { type: 'parse', id, name, content, options }
      return new Promise<ParseResult>((resolve) => {
        pending.set(id, { resolve, onStarted })
        try {
          target.postMessage(request, content instanceof Blob ? [] : [content])
        } catch (error) {
          // e.g. a DataCloneError: the request never reached the worker, so only this file fails.
          const reason =
            error instanceof Error || error instanceof DOMException ? error.message : String(error)
          settle(id, { ok: false, error: { code: 'internal', message: `无法发送到解析进程：${reason}` } })
        }
      })
    },
    mode: () => slot.mode(),
    warmUp() {
      warmReaders = true
      void slot.acquire().then((worker) => {
        if (worker !== undefined) warmIfWanted()
      })
    },
    dispose() {
      stopWorker({ code: 'worker-crashed', message: '解析已取消' })
    },
  }
}
