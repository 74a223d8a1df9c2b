import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeText } from '../src/core/decode/decodeText'
import { ingestFile } from '../src/core/ingest/ingestFile'
import { textToDocument } from '../src/core/read/text'
import { readReport } from '../src/core/readReport'

export interface CoreBenchResult {
  label: string
  reports: number
  bytes: number
  seconds: number
  /** CPU time of this process (user + system): on a shared, loaded machine it is the fairer figure. */
  cpuSeconds: number
  failed: number
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

export function seedFiles(root: string): { name: string; bytes: Uint8Array }[] {
  const dir = join(root, 'test/fixtures/seeds')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
}

/** decode → textToDocument → readReport, the reader's path, on one core. */
export function benchReader(seeds: { name: string; bytes: Uint8Array }[], total: number): CoreBenchResult {
  let bytes = 0
  let failed = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (let i = 0; i < total; i++) {
    const seed = seeds[i % seeds.length]!
    const { text } = decodeText(seed.bytes)
    const outcome = readReport(textToDocument(seed.name, text, 'text'))
    if (!outcome.ok) failed++
    bytes += seed.bytes.length
  }
  return {
    label: 'decode + textToDocument + readReport',
    reports: total,
    bytes,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: cpuSecondsSince(cpuStart),
    failed,
  }
}

/** The whole dispatcher (sniff, decode, read, fingerprint), as the worker and the CLI run it. */
export async function benchIngest(
  seeds: { name: string; bytes: Uint8Array }[],
  total: number,
): Promise<CoreBenchResult> {
  let bytes = 0
  let failed = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (let i = 0; i < total; i++) {
    const seed = seeds[i % seeds.length]!
    const items = await ingestFile(seed.name, seed.bytes)
    if (!items.every((item) => item.outcome.ok)) failed++
    bytes += seed.bytes.length
  }
  return {
    label: 'ingestFile (sniff + read + fingerprint)',
    reports: total,
    bytes,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: cpuSecondsSince(cpuStart),
    failed,
  }
}

const REFERENCE_STEPS = 50_000_000

/**
 * CPU milliseconds of a fixed integer loop (xorshift steps): the same work on every machine, so figures
 * from a slow or shared machine can be compared with another's. The VM this project is developed on
 * reports its CPU time inflated when its host is busy; this number shows by how much.
 */
export function referenceLoopMs(): number {
  const start = process.cpuUsage()
  let state = 0x2545f491
  for (let i = 0; i < REFERENCE_STEPS; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
  }
  const used = process.cpuUsage(start)
  // The result is used, so the loop cannot be optimised away.
  return (used.user + used.system) / 1000 + (state === 0 ? 1 : 0)
}

function rates(reports: number, bytes: number, seconds: number): string {
  return `${Math.round(reports / seconds)} reports/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`
}

export function formatResult(result: CoreBenchResult): string {
  const failures = result.failed > 0 ? `, ${result.failed} NOT READ` : ''
  return (
    `${result.label}: ${result.reports} reports (${(result.bytes / 1024 / 1024).toFixed(1)} MB); ` +
    `wall ${result.seconds.toFixed(2)} s = ${rates(result.reports, result.bytes, result.seconds)}; ` +
    `CPU ${result.cpuSeconds.toFixed(2)} s = ${rates(result.reports, result.bytes, result.cpuSeconds)}${failures}`
  )
}
