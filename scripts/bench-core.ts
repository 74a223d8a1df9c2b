import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeText } from '../src/core/decode/decodeText'
import { ingestFile } from '../src/core/ingest/ingestFile'
import { cellLayout } from '../src/core/model/ids'
import type { Cell } from '../src/core/model/report'
import { cellRecord } from '../src/core/model/cellRecord'
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

export interface BenchFile {
  name: string
  bytes: Uint8Array
}

export function seedFiles(root: string): BenchFile[] {
  const dir = join(root, 'test/fixtures/seeds')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
}

/** Whitespace a label cell can hold without changing what it says: compaction removes all of it. */
const SPACES = [' ', '\u3000', '\u00a0']
const HAS_CJK = /[\u4e00-\u9fff]/
const HAS_DIGIT = /\d/

/**
 * `count` reports made from the seeds in which no two share a label cell: every table label cell gets a
 * run of nine spaces of three kinds after its first character, numbering the report in base 3. They read
 * as their seed does, but nothing the reader keeps by label text (the template's wording recurs in real
 * batches) can help: the worst case for those caches.
 */
export function distinctFiles(seeds: readonly BenchFile[], count: number): BenchFile[] {
  const texts = seeds.map((seed) => new TextDecoder().decode(seed.bytes))
  const encoder = new TextEncoder()
  return Array.from({ length: count }, (_, index) => {
    let spaces = ''
    for (let digit = 0, rest = index; digit < 9; digit++, rest = Math.floor(rest / 3))
      spaces += SPACES[rest % 3]
    const text = (texts[index % texts.length] ?? '')
      .split('\n')
      .map((line) =>
        line.includes('\t')
          ? line
              .split('\t')
              .map((cell) =>
                HAS_CJK.test(cell) && !HAS_DIGIT.test(cell)
                  ? cell.slice(0, 1) + spaces + cell.slice(1)
                  : cell,
              )
              .join('\t')
          : line,
      )
      .join('\n')
    const seed = seeds[index % seeds.length]
    return { name: `${String(index).padStart(5, '0')}_${seed?.name ?? ''}`, bytes: encoder.encode(text) }
  })
}

function readOne(seed: BenchFile): boolean {
  return readReport(textToDocument(seed.name, decodeText(seed.bytes), 'text')).ok
}

const FLOOR_LAYOUT = cellLayout('2021', 'three-rows')

/**
 * The least any reader of these files must do, and nothing more: decode, split into lines and every line
 * with a tab at its tabs, a cell with its provenance for each number, and the record of the first 200. No
 * label is matched, no table found, no notice or check written. Its cost moves with the machine's phase as
 * the reader's does, so the ratio of the two says more than either figure alone on a shared machine.
 * Returns the record's size, so the work cannot be left out.
 */
function floorOne(seed: BenchFile): number {
  const { lines } = textToDocument(seed.name, decodeText(seed.bytes), 'text')
  const cells: Cell[] = []
  for (let line = 0; line < lines.length; line++) {
    const lineText = lines[line]?.text ?? ''
    if (!lineText.includes('\t')) continue
    const parts = lineText.split('\t')
    for (let column = 0; column < parts.length; column++) {
      const raw = parts[column] ?? ''
      const lead = raw.charCodeAt(0)
      if (lead >= 0x30 && lead <= 0x39) cells.push({ value: Number(raw), source: { line, column, raw } })
    }
  }
  while (cells.length < FLOOR_LAYOUT.length) cells.push({ value: 0, source: { line: 0, column: 0, raw: '' } })
  return Object.keys(cellRecord(FLOOR_LAYOUT, cells.slice(0, FLOOR_LAYOUT.length)).record).length
}

export interface FloorComparison {
  readerMicroseconds: number
  floorMicroseconds: number
  /** Reports the reader did not read: the comparison means nothing unless 0. */
  failed: number
}

/**
 * CPU µs per report of the reader and of floorOne, in blocks of 100 that alternate (and swap which goes
 * first), so both see the same phase and neither is always charged the other's garbage collection.
 */
export function compareWithFloor(seeds: readonly BenchFile[], total: number): FloorComparison {
  const block = 100
  const seedAt = (i: number) => seeds[i % seeds.length]!
  let cells = 0
  // Warm-up: the reader has had its own; let V8 optimise the floor too.
  for (let i = 0; i < 500; i++) cells += floorOne(seedAt(i))
  let reader = 0
  let floor = 0
  let failed = 0
  const timeReader = () => {
    const start = process.cpuUsage()
    for (let i = 0; i < block; i++) if (!readOne(seedAt(i))) failed++
    reader += cpuSecondsSince(start)
  }
  const timeFloor = () => {
    const start = process.cpuUsage()
    for (let i = 0; i < block; i++) cells += floorOne(seedAt(i))
    floor += cpuSecondsSince(start)
  }
  for (let done = 0, turn = 0; done < total; done += block, turn++) {
    if (turn % 2 === 0) {
      timeReader()
      timeFloor()
    } else {
      timeFloor()
      timeReader()
    }
  }
  const reports = Math.ceil(total / block) * block
  if (cells === 0) failed = reports
  return { readerMicroseconds: (reader * 1e6) / reports, floorMicroseconds: (floor * 1e6) / reports, failed }
}

/** decode → textToDocument → readReport, the reader's path, on one core. */
export function benchReader(seeds: readonly BenchFile[], total: number, label = ''): CoreBenchResult {
  let bytes = 0
  let failed = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (let i = 0; i < total; i++) {
    const seed = seeds[i % seeds.length]!
    if (!readOne(seed)) failed++
    bytes += seed.bytes.length
  }
  return {
    label: `decode + textToDocument + readReport${label}`,
    reports: total,
    bytes,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: cpuSecondsSince(cpuStart),
    failed,
  }
}

/** The whole dispatcher (sniff, decode, read, fingerprint), as the worker and the CLI run it. */
export async function benchIngest(
  seeds: readonly BenchFile[],
  total: number,
  label = '',
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
    label: `ingestFile (sniff, read, every check, fingerprint)${label}`,
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
