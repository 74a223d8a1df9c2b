/**
 * R-A, R-B and R-C: the arithmetic of 表三 (report-model.md, 勾稽关系). Cell ids and names are laid out once
 * per variant: the batch checks thousands of reports and rebuilding 200 id strings each time showed in the
 * profile. The id arrays in results are shared between reports: treat CheckResult.cellIds as read-only.
 */
import {
  APPLICANT_COLUMNS,
  applicationCellId,
  applicationRows,
  outcomeRows,
  type OtherHandlingVariant,
} from '../../model/ids'
import type { Cell, CheckResult } from '../../model/report'
import { APPLICANT_COLUMN_NAMES, APPLICATION_ROW_NAMES } from '../../model/labels'
import { sumOf } from './values'

const PARTS = APPLICANT_COLUMNS.filter((column) => column !== 'total')
const PART_NAMES = PARTS.map((column) => APPLICANT_COLUMN_NAMES[column])
const VARIANTS = ['three-rows', 'one-row'] as const

function result(
  rule: 'R-A' | 'R-B' | 'R-C',
  ok: boolean,
  message: string,
  cellIds: string[],
  lhs: number,
  rhs: number,
): CheckResult {
  return { rule, severity: 'error', ok, message, cellIds, lhs, rhs }
}

interface ColumnEquation {
  name: string
  /** The summed cells, then the total cell last. */
  ids: string[]
}

/** R-A per column: 新收, 上年结转, 办理结果总计, 结转下年度. */
const CARRY_OVER = APPLICANT_COLUMNS.map((column) => ({
  name: APPLICANT_COLUMN_NAMES[column],
  ids: (['received', 'carriedOver', 'total', 'carriedForward'] as const).map((row) =>
    applicationCellId(row, column),
  ),
}))

/** R-B per row: the six applicant columns, then 总计. */
function rowEquations(variant: OtherHandlingVariant): ColumnEquation[] {
  return applicationRows(variant).map((row) => ({
    name: APPLICATION_ROW_NAMES[row],
    ids: APPLICANT_COLUMNS.map((column) => applicationCellId(row, column)),
  }))
}

/** R-C per column: every outcome row, then （七）总计. */
function outcomeEquations(variant: OtherHandlingVariant): ColumnEquation[] {
  const rows = outcomeRows(variant)
  return APPLICANT_COLUMNS.map((column) => ({
    name: APPLICANT_COLUMN_NAMES[column],
    ids: [...rows.map((row) => applicationCellId(row, column)), applicationCellId('total', column)],
  }))
}

const ROW_EQUATIONS = new Map(VARIANTS.map((variant) => [variant, rowEquations(variant)]))
const OUTCOME_EQUATIONS = new Map(VARIANTS.map((variant) => [variant, outcomeEquations(variant)]))
const OUTCOME_ROW_NAMES = new Map(
  VARIANTS.map((variant) => [variant, outcomeRows(variant).map((row) => APPLICATION_ROW_NAMES[row])]),
)

/** R-A per column: 新收 + 上年结转 = 办理结果总计 + 结转下年度. */
export function checkCarryOver(cells: Record<string, Cell>): CheckResult[] {
  const results: CheckResult[] = []
  for (const { name, ids } of CARRY_OVER) {
    const [receivedId = '', carriedOverId = '', totalId = '', carriedForwardId = ''] = ids
    const received = cells[receivedId]?.value
    const carriedOver = cells[carriedOverId]?.value
    const total = cells[totalId]?.value
    const carriedForward = cells[carriedForwardId]?.value
    if (received === undefined || carriedOver === undefined || total === undefined) continue
    if (carriedForward === undefined) continue
    const lhs = received + carriedOver
    const rhs = total + carriedForward
    const ok = lhs === rhs
    const message = `R-A ${name}列：新收 ${received} + 上年结转 ${carriedOver} = ${lhs}，${ok ? '等于' : '但'}办理结果总计 ${total} + 结转下年度 ${carriedForward} = ${rhs}`
    results.push(result('R-A', ok, message, ids, lhs, rhs))
  }
  return results
}

/** R-B per row: 总计 column = the six applicant columns. */
export function checkRowTotals(cells: Record<string, Cell>, variant: OtherHandlingVariant): CheckResult[] {
  const results: CheckResult[] = []
  for (const { name, ids } of ROW_EQUATIONS.get(variant) ?? []) {
    const lhs = sumOf(cells, ids, ids.length - 1)
    const total = cells[ids[ids.length - 1] ?? '']?.value
    if (lhs === undefined || total === undefined) continue
    const ok = lhs === total
    let terms = ''
    for (let i = 0; i < PARTS.length; i++)
      terms += `${i === 0 ? '' : ' + '}${PART_NAMES[i] ?? ''} ${cells[ids[i] ?? '']?.value ?? 0}`
    const message = `R-B ${name}行：${terms} = ${lhs}，${ok ? '等于' : '但'}总计为 ${total}`
    results.push(result('R-B', ok, message, ids, lhs, total))
  }
  return results
}

/** R-C per column: （七）总计 = every outcome row. */
export function checkOutcomeTotals(
  cells: Record<string, Cell>,
  variant: OtherHandlingVariant,
): CheckResult[] {
  const names = OUTCOME_ROW_NAMES.get(variant) ?? []
  const results: CheckResult[] = []
  for (const { name, ids } of OUTCOME_EQUATIONS.get(variant) ?? []) {
    const lhs = sumOf(cells, ids, ids.length - 1)
    const total = cells[ids[ids.length - 1] ?? '']?.value
    if (lhs === undefined || total === undefined) continue
    const ok = lhs === total
    let terms = ''
    for (let i = 0; i < names.length; i++) {
      const value = cells[ids[i] ?? '']?.value ?? 0
      if (value !== 0) terms += `${terms === '' ? '' : ' + '}${names[i] ?? ''} ${value}`
    }
    if (terms === '') terms = '各项均为 0'
    const message = `R-C ${name}列：各项办理结果之和 ${terms} = ${lhs}，${ok ? '等于' : '但'}办理结果总计为 ${total}`
    results.push(result('R-C', ok, message, ids, lhs, total))
  }
  return results
}
