import { cellDomainProblem } from '../../core/model/cellDomain'

export type CorrectionInput = { ok: true; value: number } | { ok: false; message: string }

/** Digits with an optional sign and decimals; commas only as thousands separators ("1,234.5", not "1.234,5"). */
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/
/** A double holds 15 significant digits exactly; more would be stored as another number than the one typed. */
const MAX_DIGITS = 15

/**
 * The number a user typed for a cell. Full-width digits and thousands separators are accepted, as in the
 * reports; a count must be a whole number and only 2019 本年增/减 may be negative. What could be stored as
 * another number than the one typed is refused: digits split by spaces ("1 2"), separators in the wrong
 * places, more than 15 significant digits.
 */
export function parseCorrectionInput(cellId: string, text: string): CorrectionInput {
  const compact = text.normalize('NFKC').trim()
  if (compact === '') return { ok: false, message: '请输入数值' }
  if (!NUMBER.test(compact)) return { ok: false, message: '请输入数字' }
  const significant = compact.replace(/[-,.]/g, '').replace(/^0+/, '')
  if (significant.length > MAX_DIGITS)
    return { ok: false, message: `数字过长：最多 ${MAX_DIGITS} 位有效数字` }
  // + 0 turns -0 into 0.
  const value = Number(compact.replaceAll(',', '')) + 0
  const problem = cellDomainProblem(cellId, value)
  return problem === undefined ? { ok: true, value } : { ok: false, message: `该项${problem}` }
}
