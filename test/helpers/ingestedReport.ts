/**
 * A file read as the batch command reads it (ingestFile with Node's options): its one report, for tests that
 * compare a fixture's reading with its ground truth.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { ingestFile } from '../../src/core/ingest/ingestFile'
import type { Report } from '../../src/core/model/report'
import { nodeIngestOptions } from '../../scripts/cli/nodeIngestOptions'

/** The report read from `bytes` as a file named `name`; throws when none is read. */
export async function ingestedReport(name: string, bytes: Uint8Array): Promise<Report> {
  const [item] = await ingestFile(name, bytes, nodeIngestOptions())
  if (item === undefined || !item.outcome.ok) throw new Error(`${name} was not read`)
  return item.outcome.report
}

/** The report read from the file at `path`. */
export function fixtureReport(path: string): Promise<Report> {
  return ingestedReport(basename(path), new Uint8Array(readFileSync(path)))
}
