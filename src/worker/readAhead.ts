/**
 * Reading the files waiting in the worker's queue. In Chromium each Blob read costs the worker about half
 * a millisecond of its own time to set up, more than parsing a small report: in a drop of 1,000 reports
 * that was a fifth of each worker's profile. So when a file's turn comes and it has not been read, it is
 * read together with the files queued behind it, as one Blob made of them, and each gets its own bytes
 * back; later files then find theirs already read. A batch stops at a byte budget, so a drop of large
 * files is not held in memory at once (a batch always holds the file whose turn it is). When reading a
 * batch fails, each of its files is read alone, so one unreadable file fails only itself.
 */

/** A file's content on its way to the parser. */
export interface PendingContent {
  /** The file's bytes; rejects as reading the file would. */
  read(): Promise<ArrayBuffer>
  /** The file was parsed: its bytes no longer count against the budget. Call once, after read. */
  done(): void
}

/** What a Blob or File offers here. */
export interface BlobLike {
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

interface Waiting<B extends BlobLike> {
  blob: B
  reading: Promise<ArrayBuffer> | undefined
}

/** `combine` makes one Blob of several (new Blob(parts) in a browser). */
export function createReadAhead<B extends BlobLike>(
  budgetBytes: number,
  combine: (parts: B[]) => BlobLike,
): (content: ArrayBuffer | B) => PendingContent {
  const queue: Waiting<B>[] = []
  let reserved = 0

  /** One read of the parts as one Blob; undefined when they cannot even be combined. */
  function readTogether(parts: B[]): Promise<ArrayBuffer> | undefined {
    try {
      return combine(parts).arrayBuffer()
    } catch {
      return undefined
    }
  }

  /** Reads the files waiting from the front of the queue: the worker parses them in order. */
  function readBatch(): void {
    const batch: Waiting<B>[] = []
    let bytes = 0
    for (const next of queue) {
      if (batch.length > 0 && reserved + bytes + next.blob.size > budgetBytes) break
      batch.push(next)
      bytes += next.blob.size
    }
    queue.splice(0, batch.length)
    reserved += bytes
    const whole = batch.length > 1 ? readTogether(batch.map((entry) => entry.blob)) : undefined
    let offset = 0
    for (const entry of batch) {
      const start = offset
      const { blob } = entry
      offset += blob.size
      entry.reading =
        whole === undefined
          ? blob.arrayBuffer()
          : whole.then(
              (buffer) => buffer.slice(start, start + blob.size),
              () => blob.arrayBuffer(),
            )
      // A failed read is reported at the file's turn (read()), not as an unhandled rejection now.
      entry.reading.catch(() => undefined)
    }
  }

  return (content) => {
    if (content instanceof ArrayBuffer) return { read: () => Promise.resolve(content), done: () => {} }
    const entry: Waiting<B> = { blob: content, reading: undefined }
    queue.push(entry)
    return {
      read: () => {
        // The file whose turn it is heads the queue when it was not read with the files before it.
        if (entry.reading === undefined) readBatch()
        return entry.reading ?? content.arrayBuffer()
      },
      done: () => {
        reserved -= content.size
      },
    }
  }
}
