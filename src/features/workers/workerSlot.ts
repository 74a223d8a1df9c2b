import type { StartingWorker, TypedWorker } from './startWorker'

export type WorkerMode = 'starting' | 'worker' | 'main-thread'

export interface WorkerSlot<Request, Reply> {
  /**
   * The running worker, started (or restarted after `discard`) when there is none; undefined once a worker
   * failed to start, and from then on: the client does its work on the page's thread.
   */
  acquire(): Promise<TypedWorker<Request, Reply> | undefined>
  /** The worker last started, if it is still kept (it may still be starting). */
  current(): TypedWorker<Request, Reply> | undefined
  /** Ends the worker (crashed, hung or lost); the next `acquire` starts a new one. */
  discard(): void
  /** 'worker' once a worker answered, 'main-thread' after one failed to start. */
  mode(): WorkerMode
}

/**
 * One worker at a time for a client, and the decision to give up on workers: a worker that cannot start —
 * the first, or one restarted after a crash (the script is gone from the server, the browser is out of
 * memory) — is ended, and every later request runs on the page, as `mode` then says.
 */
export function createWorkerSlot<Request, Reply>(
  start: () => StartingWorker<Request, Reply>,
): WorkerSlot<Request, Reply> {
  let worker: TypedWorker<Request, Reply> | undefined
  let ready: Promise<boolean> | undefined
  let mode: WorkerMode = 'starting'

  function discard(): void {
    worker?.terminate()
    worker = undefined
    ready = undefined
  }

  async function acquire(): Promise<TypedWorker<Request, Reply> | undefined> {
    if (mode === 'main-thread') return undefined
    if (ready === undefined) {
      const started = start()
      worker = started.worker
      ready = started.ready
    }
    const starting = worker
    const ok = await ready
    // Discarded while it started (the client was disposed, or gave up on another request): start anew.
    if (starting !== worker) return acquire()
    if (ok) {
      mode = 'worker'
      return worker
    }
    discard()
    mode = 'main-thread'
    return undefined
  }

  return { acquire, current: () => worker, discard, mode: () => mode }
}
