/** R-E: counts are non-negative integers, money is non-negative, only 2019 本年增/减 may be negative. */
import { DECIMAL_CELL_IDS, SIGNED_CELL_IDS } from '../../model/ids'
import type { Cell, CheckResult } from '../../model/report'
import type { ReadCells } from '../../parse/cellSink'
import { describeCell } from '../../model/labels'
import { RULE_SEVERITY } from '../ruleSeverity'

function problem(id: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return '不是有效数字'
  if (value < 0 && !SIGNED_CELL_IDS.has(id)) return '为负数'
  if (!Number.isInteger(value) && !DECIMAL_CELL_IDS.has(id)) return '不是整数'
  return undefined
}

/**
 * One failing result per bad cell, or one passing result when every cell is in its domain. `read`, when
 * the reader gives it, lists the cells' ids and values in the record's key order, which spares enumerating
 * and looking up a 200-key record.
 */
export function checkDomains(cells: Record<string, Cell>, read?: ReadCells): CheckResult[] {
  const failures: CheckResult[] = []
  const ids = read?.ids ?? Object.keys(cells)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? ''
    const value = read === undefined ? (cells[id]?.value ?? 0) : (read.values[i] ?? 0)
    const why = problem(id, value)
    if (why !== undefined)
      failures.push({
        rule: 'R-E',
        severity: RULE_SEVERITY['R-E'],
        ok: false,
        message: `R-E ${describeCell(id)}：数值 ${value} ${why}`,
        cellIds: [id],
      })
  }
  if (failures.length > 0 || ids.length === 0) return failures
  return [
    {
      rule: 'R-E',
      severity: RULE_SEVERITY['R-E'],
      ok: true,
      message: 'R-E 所有数值均在取值范围内（件数为非负整数，金额不为负）',
      cellIds: ids,
    },
  ]
}
