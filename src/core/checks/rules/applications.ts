/** R-A, R-B and R-C: the arithmetic of 表三 (report-model.md, 勾稽关系). */
import {
  APPLICANT_COLUMNS,
  applicationCellId,
  applicationRows,
  outcomeRows,
  type ApplicantColumn,
  type ApplicationRow,
  type OtherHandlingVariant,
} from '../../model/ids'
import type { Cell, CheckResult } from '../../model/report'
import { APPLICANT_COLUMN_NAMES, APPLICATION_ROW_NAMES } from '../../parse/cellNames'
import { sum, valuesOf } from './values'

const CARRY_OVER_ROWS = ['received', 'carriedOver', 'total', 'carriedForward'] as const
const PARTS = APPLICANT_COLUMNS.filter((column) => column !== 'total')

function result(
  rule: 'R-A' | 'R-B' | 'R-C',
  ok: boolean,
  message: string,
  cellIds: string[],
  lhs: number,
  rhs: number,
) {
  const check: CheckResult = { rule, severity: 'error', ok, message, cellIds, lhs, rhs }
  return check
}

/** Cell ids built once: rebuilding 200 id strings per report showed up in the batch profile. */
const CARRY_OVER_IDS = new Map(
  APPLICANT_COLUMNS.map((column) => [column, CARRY_OVER_ROWS.map((row) => applicationCellId(row, column))]),
)

function rowIds(row: ApplicationRow): { partIds: string[]; totalId: string } {
  return {
    partIds: PARTS.map((column) => applicationCellId(row, column)),
    totalId: applicationCellId(row, 'total'),
  }
}

const ROW_IDS = new Map(
  (['three-rows', 'one-row'] as const)
    .flatMap((variant) => applicationRows(variant))
    .map((row) => [row, rowIds(row)]),
)

function outcomeIds(variant: OtherHandlingVariant): Map<ApplicantColumn, string[]> {
  const rows = outcomeRows(variant)
  return new Map(
    APPLICANT_COLUMNS.map((column) => [column, rows.map((row) => applicationCellId(row, column))]),
  )
}

const OUTCOME_IDS: Record<OtherHandlingVariant, Map<ApplicantColumn, string[]>> = {
  'three-rows': outcomeIds('three-rows'),
  'one-row': outcomeIds('one-row'),
}

/** R-A per column: 新收 + 上年结转 = 办理结果总计 + 结转下年度. */
export function checkCarryOver(cells: Record<string, Cell>): CheckResult[] {
  return APPLICANT_COLUMNS.flatMap((column) => {
    const ids = CARRY_OVER_IDS.get(column) ?? []
    const values = valuesOf(cells, ids)
    if (values === undefined) return []
    const [received = 0, carriedOver = 0, total = 0, carriedForward = 0] = values
    const lhs = received + carriedOver
    const rhs = total + carriedForward
    const ok = lhs === rhs
    const name = APPLICANT_COLUMN_NAMES[column]
    const message = `R-A ${name}列：新收 ${received} + 上年结转 ${carriedOver} = ${lhs}，${ok ? '等于' : '但'}办理结果总计 ${total} + 结转下年度 ${carriedForward} = ${rhs}`
    return [result('R-A', ok, message, ids, lhs, rhs)]
  })
}

/** R-B per row: 总计 column = the six applicant columns. */
export function checkRowTotals(cells: Record<string, Cell>, variant: OtherHandlingVariant): CheckResult[] {
  return applicationRows(variant).flatMap((row) => {
    const { partIds, totalId } = ROW_IDS.get(row) ?? rowIds(row)
    const parts = valuesOf(cells, partIds)
    const total = cells[totalId]?.value
    if (parts === undefined || total === undefined) return []
    const lhs = sum(parts)
    const ok = lhs === total
    const terms = PARTS.map((column, i) => `${APPLICANT_COLUMN_NAMES[column]} ${parts[i] ?? 0}`).join(' + ')
    const message = `R-B ${APPLICATION_ROW_NAMES[row]}行：${terms} = ${lhs}，${ok ? '等于' : '但'}总计为 ${total}`
    return [result('R-B', ok, message, [...partIds, totalId], lhs, total)]
  })
}

/** R-C per column: （七）总计 = every outcome row. */
export function checkOutcomeTotals(
  cells: Record<string, Cell>,
  variant: OtherHandlingVariant,
): CheckResult[] {
  const rows = outcomeRows(variant)
  return APPLICANT_COLUMNS.flatMap((column) => {
    const partIds = OUTCOME_IDS[variant].get(column) ?? []
    const totalId = applicationCellId('total', column)
    const parts = valuesOf(cells, partIds)
    const total = cells[totalId]?.value
    if (parts === undefined || total === undefined) return []
    const lhs = sum(parts)
    const ok = lhs === total
    const nonZero = rows
      .map((row, i) => ({ row, value: parts[i] ?? 0 }))
      .filter(({ value }) => value !== 0)
      .map(({ row, value }) => `${APPLICATION_ROW_NAMES[row]} ${value}`)
    const terms = nonZero.length === 0 ? '各项均为 0' : nonZero.join(' + ')
    const message = `R-C ${APPLICANT_COLUMN_NAMES[column]}列：各项办理结果之和 ${terms} = ${lhs}，${ok ? '等于' : '但'}办理结果总计为 ${total}`
    return [result('R-C', ok, message, [...partIds, totalId], lhs, total)]
  })
}
