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

const CARRIED_FORWARD_LINE = '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t'

/**
 * The 示范区 seed as its previous year's report, consistent in itself but carrying 3 natural-person
 * applications forward (54 received = 51 handled + 3), which the real 2023 report does not take over (R-F).
 * `title` replaces "示范区 2023 年" in the title.
 */
export function shifanquCarryingForward(title: string): string {
  const text = seedText(SHIFANQU_SEED)
  for (const expected of [RECEIVED_LINE, CARRIED_FORWARD_LINE, `${SHIFANQU} 2023 年`])
    if (!text.includes(expected)) throw new Error(`seed changed: ${expected} not found`)
  return text
    .replace(`${SHIFANQU} 2023 年`, title)
    .replace(RECEIVED_LINE + '0\t0\t0\t0\t0\t51', RECEIVED_LINE.replace('51', '54') + '0\t0\t0\t0\t0\t54')
    .replace(CARRIED_FORWARD_LINE, '四、结转下年度继续办理\t\t3\t0\t0\t0\t0\t0\t3\t')
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
