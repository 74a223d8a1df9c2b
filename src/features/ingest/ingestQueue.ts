import { sizeLimitError } from '../../core/ingest/limits'
import { addReports, enqueueFiles, updateFiles } from '../../store/actions'
import { useDashboardStore } from '../../store/dashboardStore'
import type { FilePatch } from './fileOutcome'
import { applyFileEvents, type FileEvent } from './ingestBatch'
import type { IngestSource } from './ingestSource'
import { createParseClient, type ParseClient } from './parseClient'
import { batchDelayFor, createUpdateBatcher } from './updateBatcher'

/**
 * Files queued at the worker ahead of the one it parses: enough that it never waits for the busy
 * page to send the next one, few enough to bound memory (Files are read by the worker one at a time).
 */
const MAX_IN_FLIGHT = 32

let client: ParseClient | undefined
let nextFileId = 0

function parseClient(): ParseClient {
  client ??= createParseClient()
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

async function ingestOne(id: string, source: IngestSource): Promise<void> {
  const tooLarge = sizeLimitError(source.size)
  if (tooLarge) {
    patchLater(id, { status: 'failed', message: tooLarge.message })
    return
  }
  let content: ArrayBuffer | Blob
  try {
    content = source.content instanceof Blob ? source.content : await source.content()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    patchLater(id, { status: 'failed', message: `无法读取文件：${reason}` })
    return
  }
  const result = await parseClient().parse(source.name, content, source.options, () =>
    patchLater(id, { status: 'reading' }),
  )
  if (result.ok) batcher.schedule({ id, items: result.items })
  else patchLater(id, { status: 'failed', message: result.error.message })
}

/**
 * Lists the sources as queued files, then reads and parses them in order, a few ahead of the
 * worker. Resolves when every file has its final status.
 */
export async function ingestSources(sources: IngestSource[]): Promise<void> {
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
  const running = new Set<Promise<void>>()
  for (const [index, source] of sources.entries()) {
    const task = ingestOne(ids[index] ?? '', source).finally(() => {
      running.delete(task)
      pendingFiles--
    })
    running.add(task)
    if (running.size >= MAX_IN_FLIGHT) await Promise.race(running)
  }
  await Promise.all(running)
  batcher.flush()
}
