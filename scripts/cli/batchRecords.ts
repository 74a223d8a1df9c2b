/**
 * The batch command's records, file by file in order, read on the command's own thread or, for a batch that
 * takes a while, on worker threads (readerPool.ts).
 */
import { availableParallelism } from 'node:os'
import { fileExtension } from '../../src/core/ingest/fileExtension'
import { readFileRecords } from './readFile'
import { ReaderPool } from './readerPool'
import type { ReportRecord } from './reportRecord'
import { walkFiles } from './walkFiles'

/** At most this many threads read by default: each holds pdf.js and a file, and disks have limits too. */
export const MAX_DEFAULT_JOBS = 8
export const DEFAULT_JOBS = Math.min(availableParallelism(), MAX_DEFAULT_JOBS)

/**
 * Roughly what a file costs to read on one core, in ms, by extension (measured on the fixtures on a quiet
 * machine: a PDF about 90 ms once pdf.js is loaded, a .docx 40, a page 25, a .doc 15, a text 1 or 2; an
 * archive counts as a .docx).
 */
const READ_MS: Record<string, number> = { pdf: 90, docx: 40, zip: 40, html: 25, htm: 25, doc: 15, wps: 15 }
const OTHER_READ_MS = 2
/**
 * A thread starts in about 1.7 s before its first PDF is read (tsx, the core and pdf.js load again in every
 * one): a batch that one core reads in less than this is read on the command's own thread. 400 PDFs took
 * 37 s on one thread and 23 s on two; 48 took 5.3 s on one and 5.8 s on two.
 */
const MIN_MS_FOR_THREADS = 10_000

function readMs(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + (READ_MS[fileExtension(file)] ?? OTHER_READ_MS), 0)
}

/** Files read ahead of the one printed next, per thread: enough to keep every thread busy. */
const READ_AHEAD_PER_JOB = 4

/**
 * Every file under `paths`, in order, with its records, read on `asked` worker threads (when not asked:
 * DEFAULT_JOBS when the batch takes one core MIN_MS_FOR_THREADS or more, else one); the records come in the
 * files' order whichever thread finishes first. The paths are listed first (what they are decides whether
 * threads pay); records never pile up beyond the read-ahead.
 */
export async function* recordsOf(
  paths: readonly string[],
  asked: number | undefined,
  onSkipped: () => void,
): AsyncGenerator<ReportRecord> {
  const files: string[] = []
  for (const path of paths) for await (const file of walkFiles(path, onSkipped)) files.push(file)
  const jobs = asked ?? (readMs(files) >= MIN_MS_FOR_THREADS ? DEFAULT_JOBS : 1)
  const pool = jobs > 1 ? new ReaderPool(jobs) : undefined
  if (pool !== undefined) process.stderr.write(`用 ${jobs} 个线程读取 ${files.length} 个文件\n`)
  const pending: Promise<ReportRecord[]>[] = []
  try {
    for (let next = 0; next < files.length || pending.length > 0;) {
      const ahead = pool === undefined ? 1 : jobs * READ_AHEAD_PER_JOB
      while (next < files.length && pending.length < ahead) {
        const file = files[next++] ?? ''
        pending.push(pool === undefined ? readFileRecords(file) : pool.read(file))
      }
      yield* (await pending.shift()) ?? []
    }
  } finally {
    await pool?.close()
  }
}
