import { DECIMAL_CELL_IDS, SIGNED_CELL_IDS } from '../../core/model/ids'

export type CorrectionInput = { ok: true; value: number } | { ok: false; message: string }

/**
 * The number a user typed for a cell. Full-width digits and thousands separators are accepted, as in the
 * reports; a count must be a whole number and only 2019 本年增/减 may be negative.
 */
export function parseCorrectionInput(cellId: string, text: string): CorrectionInput {
  const compact = text.normalize('NFKC').replace(/[,\s]/g, '')
  if (compact === '') return { ok: false, message: '请输入数值' }
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return { ok: false, message: '请输入数字' }
  const value = Number(compact)
  if (!Number.isFinite(value)) return { ok: false, message: '请输入数字' }
  if (value < 0 && !SIGNED_CELL_IDS.has(cellId)) return { ok: false, message: '该项不能为负数' }
  if (!Number.isInteger(value) && !DECIMAL_CELL_IDS.has(cellId)) return { ok: false, message: '件数须为整数' }
  return { ok: true, value }
}
