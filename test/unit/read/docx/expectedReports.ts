/** Ground truth of the generated fixtures (test/fixtures/generated/<folder>/*.expected.json). */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readExpected, type ExpectedReport } from '../../../helpers/expectedReports'

export const GENERATED = join(import.meta.dirname, '../../../fixtures/generated')

/** Every fixture of the folder with its ground truth, e.g. "docx" → 000_….docx. */
export function generatedFixtures(folder: string): { path: string; expected: ExpectedReport }[] {
  const directory = join(GENERATED, folder)
  return readdirSync(directory)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => {
      const expected = readExpected(join(directory, name))
      return { path: join(directory, expected.file), expected }
    })
}
