/** The part of a Worker a client uses, typed by its protocol; tests pass a fake. */
export interface TypedWorker<Request, Reply> {
  postMessage(message: Request, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<Reply>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  terminate(): void
}

export interface WorkerListeners<Reply> {
  /** Every message, the 'ready' one too (after onReady). */
  onReply(reply: Reply): void
  /** The worker said 'ready'. */
  onReady?(): void
  /** An error after 'ready': the worker crashed. */
  onCrash(event: ErrorEvent): void
}

export interface StartingWorker<Request, Reply> {
  /** Undefined when it could not be made (no Worker in this browser, a CSP forbidding it). */
  worker: TypedWorker<Request, Reply> | undefined
  /**
   * True once the worker posts { type: 'ready' }; false when it could not be made, failed to load (an error
   * before 'ready') or said nothing for `timeoutMs`. Never rejects.
   */
  ready: Promise<boolean>
}

/**
 * Makes a worker and listens to it. Its errors are handled here (the caller falls back or reports them),
 * so the browser does not report them as uncaught.
 */
export function startWorker<Request, Reply extends { type: string }>(
  create: () => TypedWorker<Request, Reply>,
  timeoutMs: number,
  listeners: WorkerListeners<Reply>,
): StartingWorker<Request, Reply> {
  let worker: TypedWorker<Request, Reply>
  try {
    worker = create()
  } catch {
    return { worker: undefined, ready: Promise.resolve(false) }
  }
  const ready = new Promise<boolean>((resolve) => {
    let isReady = false
    const startTimer = setTimeout(() => {
      if (!isReady) resolve(false)
    }, timeoutMs)
    worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      if (event.data.type === 'ready' && !isReady) {
        isReady = true
        clearTimeout(startTimer)
        resolve(true)
        listeners.onReady?.()
      }
      listeners.onReply(event.data)
    })
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      if (isReady) {
        listeners.onCrash(event)
        return
      }
      clearTimeout(startTimer)
      resolve(false)
    })
  })
  return { worker, ready }
}
