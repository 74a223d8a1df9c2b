/** Ground truth of the generated fixtures (test/fixtures/generated/<folder>/*.expected.json). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const GENERATED = join(import.meta.dirname, '../../../fixtures/generated')

export interface ExpectedReport {
  file: string
  agency: string
  year: number
  template: string
  scope: string
  tableVariants: Record<string, string>
  cells: Record<string, number>
}

/** Every fixture of the folder with its ground truth, e.g. "docx" → 000_….docx. */
export function generatedFixtures(folder: string): { path: string; expected: ExpectedReport }[] {
  const directory = join(GENERATED, folder)
  return readdirSync(directory)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(directory, name), 'utf8')) as ExpectedReport
      return { path: join(directory, expected.file), expected }
    })
}
