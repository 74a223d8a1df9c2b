import { ingestFile, type IngestItem } from '../core/ingest/ingestFile'
import { packItem } from '../core/transfer/packedItems'
import { browserIngestOptions } from './pdfjs'
import type { WorkerReply, WorkerRequest } from './protocol'
import { createResultBatcher } from './resultBatcher'
import { createReadAhead, type PendingContent } from './readAhead'
import { createCellIdSharing } from './sharedCellIds'

/*
 * One worker parses every file of the session. Requests are chained so files finish in the order
 * they were sent even when a reader awaits (pdf.js, zip entries).
 */

// The app's lib is DOM, where `self` is typed as Window; its one-argument postMessage and
// addEventListener have the same shape as the worker scope's.
function reply(message: WorkerReply): void {
  self.postMessage(message)
}

/** Up to this many results per message, none held back longer than MAX_BATCH_AGE_MS. */
const MAX_BATCH = 16
const MAX_BATCH_AGE_MS = 20

let queue: Promise<void> = Promise.resolve()
/** Requests received and not finished yet. */
let queued = 0
const batcher = createResultBatcher(
  (results) => reply({ type: 'results', results }),
  MAX_BATCH,
  MAX_BATCH_AGE_MS,
)
const shareCellIds = createCellIdSharing()
/** At most this many bytes of waiting files are read in one go (readAhead.ts). */
const READ_AHEAD_BYTES = 16 * 1024 * 1024
const readAhead = createReadAhead<Blob>(READ_AHEAD_BYTES, (parts) => new Blob(parts))

async function handle(request: WorkerRequest, content: PendingContent): Promise<void> {
  reply({ type: 'started', id: request.id })
  let items: IngestItem[]
  try {
    const buffer = await content.read()
    items = await ingestFile(request.name, new Uint8Array(buffer), browserIngestOptions(request.options))
  } catch (error) {
    content.done()
    queued--
    // Replies keep the order of the files: results waiting in the batch go first.
    batcher.flush()
    const message = error instanceof Error ? error.message : String(error)
    reply({ type: 'failure', id: request.id, error: { code: 'internal', message: `解析出错：${message}` } })
    return
  }
  content.done()
  queued--
  shareCellIds(items)
  batcher.add({ id: request.id, items: items.map(packItem) }, queued > 0)
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type !== 'parse') return
  queued++
  const content = readAhead(request.content)
  queue = queue.then(() => handle(request, content))
})

reply({ type: 'ready' })
