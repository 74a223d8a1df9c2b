import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { textToDocument } from '../../../src/core/read/text'
import { readReport } from '../../../src/core/readReport'
import type { LoadedReport } from '../../../src/store'
import { asLoaded } from '../store/expectedReports'

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds')

/** 城乡一体化示范区党政办公室 2023: 51 applications, all from natural persons. */
export const SHIFANQU_SEED = '001_cad4fa3e014eb2f3.txt'
export const SHIFANQU = '城乡一体化示范区党政办公室'
export const RECEIVED_LINE = '一、本年新收政府信息公开申请数量\t\t51\t'

export function seedText(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf-8')
}

/** A seed text read by the real parser, as the dashboard loads it. */
export function loadedFromText(name: string, text: string, index: number): LoadedReport {
  const outcome = readReport(textToDocument(name, text))
  if (!outcome.ok) throw new Error(`${name} did not parse: ${outcome.error.message}`)
  return { ...asLoaded(outcome.report, index), fingerprint: `fp-${name}-${index}` }
}

/**
 * The 示范区 seed with one number changed, as a misreading would: 自然人 新收 52 while the row total
 * stays 51, so R-A (自然人 column) and R-B (新收 row) fail.
 */
export function corruptedShifanqu(index = 9): LoadedReport {
  const text = seedText(SHIFANQU_SEED)
  if (!text.includes(RECEIVED_LINE)) throw new Error('seed changed: received line not found')
  return loadedFromText(
    'corrupted.txt',
    text.replace(RECEIVED_LINE, RECEIVED_LINE.replace('51', '52')),
    index,
  )
}
