/**
 * The committed generated fixtures agree with the ground truth they were made from: the files really hold
 * the expected numbers, the expected files are complete and add up, and the encodings round-trip.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  APPEAL_CELL_IDS,
  APPEAL_GROUPS,
  appealCellId,
  APPLICANT_COLUMNS,
  applicationCellId,
  applicationRows,
  expectedCellIds,
  outcomeRows,
} from '../../../src/core/model/ids'
import type { ExpectedArchive, ExpectedReport } from '../../../scripts/fixtures/model'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')
const GENERATED = join(FIXTURES, 'generated')

function expectedIn(folder: string): ExpectedReport[] {
  return readdirSync(join(GENERATED, folder))
    .filter((name) => name.endsWith('.expected.json') && folder !== 'zip')
    .map((name) => JSON.parse(readFileSync(join(GENERATED, folder, name), 'utf8')) as ExpectedReport)
}

const FOLDERS = ['docx', 'pdf', 'html', 'doc', 'text', 'flat', 'traditional', 'rotated', 'pasted']

describe('generated fixtures', () => {
  it('every generated file has its expected file and every expected file its data file', () => {
    for (const folder of [...FOLDERS, 'zip']) {
      const names = readdirSync(join(GENERATED, folder))
      // Other engineers keep error-case files (no ground truth) here too; the generator's start with a seed id.
      const generated = names.filter(
        (n) => !n.endsWith('.expected.json') && /^(\d{3}_|reports_bundle|shuyang_)/.test(n),
      )
      const truth = names.filter((n) => n.endsWith('.expected.json'))
      expect(generated.length, folder).toBe(truth.length)
      for (const file of generated) expect(names, file).toContain(file.replace(/\.[^.]+$/, '.expected.json'))
    }
  })

  it('ground truth is complete and satisfies R-A to R-D', () => {
    for (const expected of FOLDERS.flatMap(expectedIn)) {
      expect(Object.keys(expected.cells).sort(), expected.file).toEqual(
        expectedCellIds('2021', 'three-rows').sort(),
      )
      const value = (
        row: Parameters<typeof applicationCellId>[0],
        column: (typeof APPLICANT_COLUMNS)[number],
      ) => expected.cells[applicationCellId(row, column)] ?? NaN
      for (const column of APPLICANT_COLUMNS) {
        expect(value('received', column) + value('carriedOver', column)).toBe(
          value('total', column) + value('carriedForward', column),
        )
        const outcomes = outcomeRows('three-rows').reduce((sum, row) => sum + value(row, column), 0)
        expect(outcomes, `${expected.file} R-C ${column}`).toBe(value('total', column))
      }
      for (const row of applicationRows('three-rows')) {
        const heads = APPLICANT_COLUMNS.slice(0, 6).reduce((sum, column) => sum + value(row, column), 0)
        expect(heads, `${expected.file} R-B ${row}`).toBe(value(row, 'total'))
      }
      for (const group of APPEAL_GROUPS) {
        const cells = ['upheld', 'corrected', 'other', 'pending'] as const
        const sum = cells.reduce((s, c) => s + (expected.cells[appealCellId(group, c)] ?? NaN), 0)
        expect(sum).toBe(expected.cells[appealCellId(group, 'total')])
      }
    }
  })

  it('the designed report has non-zero numbers in 表三 and 表四', () => {
    const [designed] = expectedIn('docx').filter((e) => e.file.startsWith('900'))
    const nonZero = Object.entries(designed?.cells ?? {}).filter(
      ([id, v]) => id.startsWith('applications.') && v > 0,
    )
    expect(nonZero.length).toBeGreaterThan(40)
    expect(APPEAL_CELL_IDS.some((id) => (designed?.cells[id] ?? 0) > 0)).toBe(true)
  })

  it('each DOCX generate.ts fills holds the expected 表三 and 表四 numbers in its table cells', () => {
    // The style-* files (styledDocx.ts) also store digits their styles hide; styleSheet.test.ts checks them.
    for (const expected of expectedIn('docx').filter((e) => /^\d{3}_[^.]+\.docx$/.test(e.file))) {
      const xml = strFromU8(
        unzipSync(readFileSync(join(GENERATED, 'docx', expected.file)))['word/document.xml'] ??
          new Uint8Array(),
      )
      const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
      const rowTexts = (table: string | undefined): string[][] =>
        (table?.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
          (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
            [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
          ),
        )
      const applications = rowTexts(tables[1]).slice(3)
      applicationRows('three-rows').forEach((row, i) => {
        const numbers = applications[i]?.slice(-7).map(Number)
        expect(numbers, `${expected.file} ${row}`).toEqual(
          APPLICANT_COLUMNS.map((c) => expected.cells[applicationCellId(row, c)]),
        )
      })
      const appeals = rowTexts(tables[2]).at(-1)?.map(Number)
      expect(appeals).toEqual(APPEAL_CELL_IDS.map((id) => expected.cells[id]))
      expect(xml).toContain(`${expected.agency}${expected.year}年政府信息公开工作年度报告`)
    }
  })

  it('re-encoded texts decode back to the seed text exactly', () => {
    for (const name of readdirSync(join(GENERATED, 'text')).filter((n) => n.endsWith('.txt'))) {
      const [stem, encoding] = name.split('.')
      const seed = readFileSync(join(FIXTURES, 'seeds', `${stem}.txt`), 'utf8')
      const label = encoding === 'utf16le' ? 'utf-16le' : encoding === 'utf16be' ? 'utf-16be' : 'gb18030'
      const bytes = readFileSync(join(GENERATED, 'text', name))
      if (label !== 'gb18030') expect(bytes[0] === 0xfe || bytes[0] === 0xff, name).toBe(true)
      expect(new TextDecoder(label).decode(bytes), name).toBe(seed)
    }
  })

  it('flattened page text carries every 表三 row as its values run together', () => {
    for (const expected of expectedIn('flat')) {
      const text = readFileSync(join(GENERATED, 'flat', expected.file), 'utf8').replace(/ /g, '')
      for (const row of applicationRows('three-rows')) {
        const digits = APPLICANT_COLUMNS.map((c) => expected.cells[applicationCellId(row, c)]).join('')
        expect(text, `${expected.file} ${row}`).toMatch(new RegExp(`[^0-9]${digits}\\n`))
      }
    }
  })

  it('the zip holds the entries its expected file names', () => {
    const truth = JSON.parse(
      readFileSync(join(GENERATED, 'zip', 'reports_bundle.expected.json'), 'utf8'),
    ) as ExpectedArchive
    const entries = Object.keys(unzipSync(readFileSync(join(GENERATED, 'zip', truth.file))))
    expect(truth.entries.map((e) => e.file).sort()).toEqual(entries.map((e) => `${truth.file}/${e}`).sort())
  })
})
