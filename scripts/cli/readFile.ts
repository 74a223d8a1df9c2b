import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { ingestFile, type IngestItem } from '../../src/core/ingest/ingestFile'
import { sizeLimitError } from '../../src/core/ingest/limits'
import { nodeIngestOptions } from './nodeIngestOptions'
import { toReportRecord, type ReportRecord } from './reportRecord'

/** The failed record of a file that could not be read at all, with the reason. */
export function unreadRecord(path: string, reason: string): ReportRecord {
  return toReportRecord({
    file: basename(path),
    outcome: { ok: false, error: { code: 'corrupt', message: `无法读取文件：${reason}` } },
  })
}

/**
 * Files are read synchronously: each reader reads one file at a time anyway, and Node's promise readFile
 * costs about 0.3 ms per small file in thread-pool round trips (open, stat, read, close), which for a
 * folder of reports is as much as reading them.
 */
async function ingestPath(path: string): Promise<IngestItem[]> {
  const name = basename(path)
  const options = nodeIngestOptions()
  const tooLarge = sizeLimitError(statSync(path).size, options.maxBytes)
  if (tooLarge) return [{ file: name, outcome: { ok: false, error: tooLarge } }]
  return ingestFile(name, new Uint8Array(readFileSync(path)), options)
}

/** The batch command's records of one file: one per report in it (an archive holds several). */
export async function readFileRecords(path: string): Promise<ReportRecord[]> {
  try {
    return (await ingestPath(path)).map(toReportRecord)
  } catch (error) {
    return [unreadRecord(path, error instanceof Error ? error.message : String(error))]
  }
}
