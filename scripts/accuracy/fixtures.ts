/** Finds every fixture with ground truth: `<stem>.expected.json` next to the file its `file` field names. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { ExpectedArchive, ExpectedReport } from '../fixtures/model'

export interface Fixture {
  /** Path of the report file. */
  path: string
  /** One expected report per item ingestFile should give (several for an archive), by item name. */
  reports: ExpectedReport[]
}

function isArchive(value: ExpectedReport | ExpectedArchive): value is ExpectedArchive {
  return 'entries' in value
}

function expectedFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.expected.json') ? [path] : []
  return readdirSync(path)
    .sort()
    .flatMap((name) => expectedFiles(join(path, name)))
}

/** Fixtures under the given files or folders; a ground-truth file whose report file is absent is skipped. */
export function findFixtures(paths: readonly string[]): { fixtures: Fixture[]; orphans: string[] } {
  const fixtures: Fixture[] = []
  const orphans: string[] = []
  for (const expectedPath of paths.flatMap(expectedFiles)) {
    const parsed = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedReport | ExpectedArchive
    const path = join(dirname(expectedPath), basename(parsed.file))
    try {
      statSync(path)
    } catch {
      orphans.push(expectedPath)
      continue
    }
    fixtures.push({ path, reports: isArchive(parsed) ? parsed.entries : [parsed] })
  }
  return { fixtures, orphans }
}
