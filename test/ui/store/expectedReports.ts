import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../../src/core/model/report'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import type { LoadedReport } from '../../../src/store'
import { expectedReportsIn, FIXTURES, reportFromExpected } from '../../helpers/expectedReports'

const SEEDS = join(FIXTURES, 'seeds')

/**
 * The five seed reports as their hand-checked ground truth (*.expected.json) describes them, turned
 * into Report objects: real numbers, independent of the parser under development.
 */
export function expectedSeedReports(): Report[] {
  return expectedReportsIn('seeds').map(reportFromExpected)
}

export function asLoaded(report: Report, index: number): LoadedReport {
  return {
    id: `r${index}`,
    fileName: report.document.name,
    fingerprint: `fp-${report.document.name}`,
    report,
    addedAt: '2025-01-01T00:00:00.000Z',
  }
}

export function expectedSeedEntries(): LoadedReport[] {
  return expectedSeedReports().map(asLoaded)
}

/** The five seed .txt files read by the real parser, as the dashboard would load them. */
export function parsedSeedEntries(): LoadedReport[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, index) => {
      const outcome = readReport(textToDocument(name, readFileSync(join(SEEDS, name), 'utf-8')))
      if (!outcome.ok) throw new Error(`seed ${name} did not parse: ${outcome.error.message}`)
      return asLoaded(outcome.report, index)
    })
}
