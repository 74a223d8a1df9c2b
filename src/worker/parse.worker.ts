import { ingestFile, type IngestItem } from '../core/ingest/ingestFile'
import { loadDeferredReaders } from '../core/ingest/readers'
import { packItem } from '../core/transfer/packedItems'
import { browserIngestOptions, loadBrowserPdfjs } from './pdfjs'
import type { ParseRequest, WorkerReply, WorkerRequest } from './protocol'
import { createResultBatcher } from './resultBatcher'
import { createQuietTask } from './quietTask'
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

async function handle(request: ParseRequest, content: PendingContent): Promise<void> {
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

/**
 * Loads the readers and pdf.js once no file has come for this long (a drop right after the page loaded
 * goes first). A failure is not reported here: the first file that needs the missing code reports it
 * (readerUnavailable), and none does if the user drops no file of that kind.
 */
const WARM_UP_QUIET_MS = 2_000
const warmUp = createQuietTask(() => {
  void Promise.all([loadDeferredReaders(), loadBrowserPdfjs()]).catch(() => undefined)
}, WARM_UP_QUIET_MS)

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type === 'warm-up') {
    warmUp.request()
    return
  }
  warmUp.busy()
  queued++
  const content = readAhead(request.content)
  queue = queue.then(async () => {
    await handle(request, content)
    if (queued === 0) warmUp.idle()
  })
})

reply({ type: 'ready' })
