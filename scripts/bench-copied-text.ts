/**
 * Time of the 内容雷同 detection (findCopiedText) on 1,000 reports: the five seeds, each replicated 200
 * times under another agency name (written into the text, so each copy is its own document and its prose
 * differs where it names itself). Every copy of a seed shares its prose with the 199 others of its year:
 * the worst case for the pair counting. Reading the reports is not timed. Run:
 * npx tsx scripts/bench-copied-text.ts [-- --reports N]
 */
import { findCopiedText, MAX_LISTED } from '../src/core/copiedText/copiedText'
import { decodeText } from '../src/core/decode/decodeText'
import type { ReportEntry } from '../src/core/checks/crossYear'
import { textToDocument } from '../src/core/read/text'
import { readReport } from '../src/core/readReport'
import { seedFiles } from './bench-core'
import { numberOption } from './cli/numberOption'

const ROOT = new URL('..', import.meta.url).pathname
const count = numberOption(process.argv, '--reports', 1000, 1)

const seeds = seedFiles(ROOT).map((file) => {
  const text = decodeText(file.bytes).text
  const outcome = readReport(textToDocument(file.name, text))
  if (!outcome.ok) throw new Error(`${file.name}: ${outcome.error.message}`)
  return { name: file.name, text, agency: outcome.report.agency }
})

const entries: ReportEntry[] = []
for (let i = 0; i < count; i++) {
  const seed = seeds[i % seeds.length]
  if (seed === undefined) break
  const agency = `第${i}号${seed.agency}`
  const outcome = readReport(textToDocument(seed.name, seed.text.replaceAll(seed.agency, agency)))
  if (!outcome.ok) throw new Error(`${seed.name} #${i}: ${outcome.error.message}`)
  entries.push({ id: String(i), report: outcome.report })
}

function timed(label: string): void {
  const start = performance.now()
  const findings = findCopiedText(entries)
  const ms = performance.now() - start
  const total = [...findings.values()].reduce((sum, found) => sum + found.findings.length + found.unlisted, 0)
  console.log(
    `${label}: ${entries.length} reports, ${ms.toFixed(0)} ms, ${findings.size} reports named, ${total} matches (at most ${MAX_LISTED} listed per report)`,
  )
}

timed('first run (sentences split)')
timed('again (sentences cached, as after a correction)')
