/**
 * `npm run bench`: (1) the core on one Node thread, the five seeds replicated to 10,000 reports (and
 * 10,000 made from them that share no label cell, the worst case for what the reader keeps by label);
 * (2) the built app in Chromium, 1,000 distinct reports dropped at once, timed until the overview
 * table and the first chart are drawn. `--core` or `--browser` runs one part only.
 * Targets: >= 10,000 reports/s; <= 3 s in the browser.
 */
import { resolve } from 'node:path'
import {
  benchIngest,
  benchReader,
  distinctFiles,
  formatResult,
  referenceLoopMs,
  seedFiles,
} from './bench-core'

const root = resolve(import.meta.dirname, '..')
const REPORTS = 10_000
const CORE_TARGET = 10_000

async function core(): Promise<boolean> {
  const seeds = seedFiles(root)
  const distinct = distinctFiles(seeds, REPORTS)
  const referenceBefore = referenceLoopMs()
  // Warm-up: let V8 optimise the reader before the timed run.
  benchReader(seeds, 500)
  const reader = benchReader(seeds, REPORTS)
  const ingest = await benchIngest(seeds, REPORTS)
  const readerDistinct = benchReader(distinct, REPORTS, ', no two reports sharing a label cell')
  const ingestDistinct = await benchIngest(distinct, REPORTS, ', no two reports sharing a label cell')
  const referenceAfter = referenceLoopMs()
  for (const result of [reader, ingest, readerDistinct, ingestDistinct])
    console.log(`[core] ${formatResult(result)}`)
  console.log(
    `[core] machine reference (fixed integer loop, CPU time): ${referenceBefore.toFixed(0)} ms before, ` +
      `${referenceAfter.toFixed(0)} ms after; compare it before comparing figures from two runs`,
  )
  // CPU time, not wall time: the figure must not depend on what else the machine is running.
  const perSecond = reader.reports / reader.cpuSeconds
  console.log(
    `[core] target >= ${CORE_TARGET} reports/s (CPU time): ${perSecond >= CORE_TARGET ? 'met' : 'NOT met'}`,
  )
  return [reader, ingest, readerDistinct, ingestDistinct].every((result) => result.failed === 0)
}

async function browser(): Promise<boolean> {
  const { benchBrowser } = await import('./bench-browser')
  return benchBrowser(root)
}

const args = new Set(process.argv.slice(2))
const runCore = !args.has('--browser')
const runBrowser = !args.has('--core')
let ok = true
if (runCore) ok = (await core()) && ok
if (runBrowser) ok = (await browser()) && ok
process.exitCode = ok ? 0 : 1
