/**
 * The batch command's files read on several cores: worker threads, each reading one file at a time, that
 * answer with the file's records. A folder of PDFs takes about 0.4 s a file on one core, so thousands of
 * them take most of an hour there; the records are the same whichever thread read them.
 */
import { Worker } from 'node:worker_threads'
import { unreadRecord } from './readFile'
import type { ReportRecord } from './reportRecord'

export interface ReadRequest {
  id: number
  path: string
}

export interface ReadReply {
  id: number
  records: ReportRecord[]
}

interface Task {
  id: number
  path: string
  done: (records: ReportRecord[]) => void
}

/**
 * The worker's module is TypeScript, as the command is (run by tsx): tsx's loader, which the main thread
 * registered, does not reach worker threads in Node 20, so each worker registers it before the import.
 */
function workerSource(): string {
  const api = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./readWorker.ts', import.meta.url).href
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`
}

interface Slot {
  worker: Worker
  task: Task | undefined
}

export class ReaderPool {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private nextId = 0

  constructor(private readonly size: number) {}

  read(path: string): Promise<ReportRecord[]> {
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, path, done })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    // Out of the pool first: their exits are no failures.
    const slots = this.slots.splice(0)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.task === undefined) ?? this.startWorker()
      if (slot === undefined) return
      const task = this.queue.shift()
      if (task === undefined) return
      slot.task = task
      const request: ReadRequest = { id: task.id, path: task.path }
      slot.worker.postMessage(request)
    }
  }

  /** A new worker when there is room for one (workers start as files wait, up to the pool's size). */
  private startWorker(): Slot | undefined {
    if (this.slots.length >= this.size) return undefined
    const slot: Slot = { worker: new Worker(workerSource(), { eval: true }), task: undefined }
    slot.worker.on('message', (reply: ReadReply) => {
      const task = slot.task
      if (task?.id !== reply.id) return
      slot.task = undefined
      task.done(reply.records)
      this.dispatch()
    })
    // A worker that dies (out of memory on one file, say) fails only the file it was reading.
    const fail = (reason: string) => {
      const task = slot.task
      slot.task = undefined
      this.slots.splice(this.slots.indexOf(slot), 1)
      task?.done([unreadRecord(task.path, reason)])
      this.dispatch()
    }
    slot.worker.on('error', (error) => fail(error.message))
    slot.worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(`读取进程意外退出（代码 ${code}）`)
    })
    this.slots.push(slot)
    return slot
  }
}
