import { ingestFile } from '../core/ingest/ingestFile'
import type { WorkerReply, WorkerRequest } from './protocol'
import { loadBrowserPdfjs } from './pdfjs'

/*
 * One worker parses every file of the session. Requests are chained so files finish in the order
 * they were sent even when a reader awaits (pdf.js, zip entries).
 */

// The app's lib is DOM, where `self` is typed as Window; its one-argument postMessage and
// addEventListener have the same shape as the worker scope's.
function reply(message: WorkerReply): void {
  self.postMessage(message)
}

let queue: Promise<void> = Promise.resolve()

async function handle(request: WorkerRequest): Promise<void> {
  reply({ type: 'started', id: request.id })
  try {
    const buffer = request.content instanceof Blob ? await request.content.arrayBuffer() : request.content
    const items = await ingestFile(request.name, new Uint8Array(buffer), {
      ...request.options,
      pdfjs: loadBrowserPdfjs,
    })
    reply({ type: 'result', id: request.id, items })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    reply({ type: 'failure', id: request.id, error: { code: 'internal', message: `解析出错：${message}` } })
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type !== 'parse') return
  queue = queue.then(() => handle(request))
})

reply({ type: 'ready' })
