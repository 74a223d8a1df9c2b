import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES } from './expectedReports'

/** Every file under `dir` (test/fixtures by default), depth first in name order. */
export function fixtureFiles(dir: string = FIXTURES): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? fixtureFiles(path) : [path]
    })
}

/** The report files among them: not ground truth, not the README. */
export function fixtureReportFiles(dir: string = FIXTURES): string[] {
  return fixtureFiles(dir).filter((path) => !path.endsWith('.expected.json') && !path.endsWith('README.md'))
}
