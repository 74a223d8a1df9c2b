import type { ResultsReply } from './protocol'

export type FileResult = ResultsReply['results'][number]

export interface ResultBatcher {
  /** Adds a file's result; `moreQueued` says whether other files wait behind it. */
  add(result: FileResult, moreQueued: boolean): void
  /** Posts whatever waits, e.g. before a failure reply, so replies keep their order. */
  flush(): void
}

/**
 * Collects the results of quickly read files into one message: the last file of a run and a full batch
 * go out at once, any other within `maxAgeMs` (the timer runs while the next file's bytes are read).
 * A file that hangs can hold back only the results of those last milliseconds; those files then fail with
 * the worker's restart, as the files queued behind it do.
 */
export function createResultBatcher(
  post: (results: FileResult[]) => void,
  maxBatch: number,
  maxAgeMs: number,
): ResultBatcher {
  let batch: FileResult[] = []
  let timer: ReturnType<typeof setTimeout> | undefined

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (batch.length === 0) return
    const results = batch
    batch = []
    post(results)
  }

  return {
    add(result, moreQueued) {
      batch.push(result)
      if (!moreQueued || batch.length >= maxBatch) flush()
      else timer ??= setTimeout(flush, maxAgeMs)
    },
    flush,
  }
}
