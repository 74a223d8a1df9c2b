import { sizeLimitError } from '../../core/ingest/limits'
import { addReports, enqueueFiles, updateFiles } from '../../store/actions'
import { useDashboardStore } from '../../store/dashboardStore'
import type { FilePatch } from './fileOutcome'
import { applyFileEvents, type FileEvent } from './ingestBatch'
import type { IngestSource } from './ingestSource'
import type { ParseClient } from './parseClient'
import { createParseClientPool, parseWorkerCount } from './parseClientPool'
import { batchDelayFor, createUpdateBatcher } from './updateBatcher'

/**
 * Files queued at the workers ahead of the ones they parse: enough that no worker runs dry while the page
 * is busy drawing a batch (a few hundred ms), few enough to bound memory (Files are read by the worker
 * one at a time, so a queued File costs next to nothing).
 */
const MAX_IN_FLIGHT = 128

let client: ParseClient | undefined
let nextFileId = 0

function parseClient(): ParseClient {
  client ??= createParseClientPool(
    parseWorkerCount(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency),
  )
  return client
}

const store = {
  addReports,
  updateFiles,
  reports: () => useDashboardStore.getState().reports,
}

/** Store writes from many files land together (one render per batch, not three per file). */
let pendingFiles = 0
const batcher = createUpdateBatcher<FileEvent>(
  (events) => applyFileEvents(events, store, new Date().toISOString()),
  () => batchDelayFor(pendingFiles),
)

function patchLater(id: string, patch: FilePatch): void {
  batcher.schedule({ id, patch })
}

/** Starts the parse workers while the page waits for the user, so the first drop does not wait for them. */
export function warmUpParsing(): void {
  parseClient().warmUp()
}

/** Reads and parses one file; resolves with its final event (never rejects). */
async function ingestOne(id: string, source: IngestSource, parser: ParseClient): Promise<FileEvent> {
  const tooLarge = sizeLimitError(source.size)
  if (tooLarge) return { id, patch: { status: 'failed', message: tooLarge.message } }
  let content: ArrayBuffer | Blob
  try {
    content = source.content instanceof Blob ? source.content : await source.content()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { id, patch: { status: 'failed', message: `无法读取文件：${reason}` } }
  }
  const result = await parser.parse(source.name, content, source.options, () =>
    patchLater(id, { status: 'reading' }),
  )
  return result.ok
    ? { id, items: result.items }
    : { id, patch: { status: 'failed', message: result.error.message } }
}

/**
 * Lists the sources as queued files, then reads and parses them in order, a few ahead of the
 * workers. Resolves when every file has its final status. Tests may pass their own parse client.
 */
export async function ingestSources(
  sources: IngestSource[],
  parser: ParseClient = parseClient(),
): Promise<void> {
  const ids = sources.map(() => `file-${nextFileId++}`)
  enqueueFiles(
    sources.map((source, index) => ({
      id: ids[index] ?? '',
      name: source.name,
      size: source.size,
      status: 'queued' as const,
    })),
  )
  pendingFiles += sources.length
  const running = new Set<Promise<unknown>>()
  // Several workers finish files out of order; results are handed on in the order of the drop, so which
  // of two equal files counts as the duplicate does not depend on which worker was quicker.
  let delivered = Promise.resolve()
  for (const [index, source] of sources.entries()) {
    const outcome = ingestOne(ids[index] ?? '', source, parser)
    const task = outcome.finally(() => {
      running.delete(task)
    })
    running.add(task)
    const previous = delivered
    delivered = Promise.all([previous, outcome]).then(([, event]) => {
      pendingFiles--
      batcher.schedule(event)
    })
    if (running.size >= MAX_IN_FLIGHT) await Promise.race(running)
  }
  await delivered
  batcher.flush()
}
