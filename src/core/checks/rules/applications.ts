/**
 * R-A, R-B and R-C: the arithmetic of 表三 (report-model.md, 勾稽关系). Cell ids, their value indexes and names
 * are laid out once per variant: the batch checks thousands of reports and rebuilding 200 id strings each
 * time showed in the profile. The id arrays in results are shared between reports: treat
 * CheckResult.cellIds as read-only.
 */
import {
  APPLICANT_COLUMNS,
  applicationCellId,
  applicationRows,
  outcomeRows,
  type OtherHandlingVariant,
} from '../../model/ids'
import type { CheckResult } from '../../model/report'
import { APPLICANT_COLUMN_NAMES, APPLICATION_ROW_NAMES } from '../../model/labels'
import { comparedSides, countText } from '../comparedSides'
import { RULE_SEVERITY } from '../ruleSeverity'
import { allZero, sumOf, valueAt, valueIndex, ZERO_VALUES, type CheckedValues } from './values'

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
  return { rule, severity: RULE_SEVERITY[rule], ok, message, cellIds, lhs, rhs }
}

interface ColumnEquation {
  name: string
  /** The summed cells, then the total cell last. */
  ids: string[]
}

type EquationMessage = (name: string, values: CheckedValues, indexes: readonly number[]) => string

/**
 * An equation with its message when every cell is 0. Building a message for each of the ~45 passing
 * equations of a report was 90 % of the within-report checks' time, and most are all zero.
 */
interface Equation extends ColumnEquation {
  /** Where each of `ids` is in the checked values. */
  indexes: number[]
  zeroMessage: string
}

function withZeroMessage(equation: ColumnEquation, message: EquationMessage): Equation {
  const indexes = equation.ids.map(valueIndex)
  return { ...equation, indexes, zeroMessage: message(equation.name, ZERO_VALUES, indexes) }
}

function carryOverMessage(name: string, values: CheckedValues, indexes: readonly number[]): string {
  const [received = 0, carriedOver = 0, total = 0, carriedForward = 0] = indexes.map((index) =>
    valueAt(values, index),
  )
  const lhs = received + carriedOver
  const rhs = total + carriedForward
  return `R-A ${name}列：${comparedSides(
    `新收 ${countText(received)}加上年结转 ${countText(carriedOver)}，共 ${countText(lhs)}`,
    `办理结果总计 ${countText(total)}加结转下年度 ${countText(carriedForward)}，共 ${countText(rhs)}`,
    lhs === rhs,
  )}`
}

function rowMessage(name: string, values: CheckedValues, indexes: readonly number[]): string {
  let lhs = 0
  let terms = ''
  for (let i = 0; i < PARTS.length; i++) {
    const value = valueAt(values, indexes[i])
    lhs += value
    terms += `${i === 0 ? '' : '、'}${PART_NAMES[i] ?? ''} ${countText(value)}`
  }
  const total = valueAt(values, indexes[indexes.length - 1])
  return `R-B ${name}行：${comparedSides(`${terms}，合计 ${countText(lhs)}`, `总计栏为 ${countText(total)}`, lhs === total)}`
}

/** R-A per column: 新收, 上年结转, 办理结果总计, 结转下年度. */
const CARRY_OVER = APPLICANT_COLUMNS.map((column) =>
  withZeroMessage(
    {
      name: APPLICANT_COLUMN_NAMES[column],
      ids: (['received', 'carriedOver', 'total', 'carriedForward'] as const).map((row) =>
        applicationCellId(row, column),
      ),
    },
    carryOverMessage,
  ),
)

/** R-B per row: the six applicant columns, then 总计. */
function rowEquations(variant: OtherHandlingVariant): Equation[] {
  return applicationRows(variant).map((row) =>
    withZeroMessage(
      {
        name: APPLICATION_ROW_NAMES[row],
        ids: APPLICANT_COLUMNS.map((column) => applicationCellId(row, column)),
      },
      rowMessage,
    ),
  )
}

function outcomeMessage(rowNames: readonly string[]): EquationMessage {
  return (name, values, indexes) => {
    let lhs = 0
    let terms = ''
    for (let i = 0; i < rowNames.length; i++) {
      const value = valueAt(values, indexes[i])
      lhs += value
      if (value !== 0) terms += `${terms === '' ? '' : '、'}${rowNames[i] ?? ''} ${countText(value)}`
    }
    // Only the outcomes that occurred are named: 表三 has up to 19 of them.
    const parts =
      terms === '' ? `各项办理结果均为 ${countText(0)}` : `各项办理结果（${terms}）合计 ${countText(lhs)}`
    const total = valueAt(values, indexes[indexes.length - 1])
    return `R-C ${name}列：${comparedSides(parts, `办理结果总计为 ${countText(total)}`, lhs === total)}`
  }
}

/** R-C per column: every outcome row, then （七）总计. */
function outcomeEquations(variant: OtherHandlingVariant): Equation[] {
  const rows = outcomeRows(variant)
  const message = outcomeMessage(rows.map((row) => APPLICATION_ROW_NAMES[row]))
  return APPLICANT_COLUMNS.map((column) =>
    withZeroMessage(
      {
        name: APPLICANT_COLUMN_NAMES[column],
        ids: [...rows.map((row) => applicationCellId(row, column)), applicationCellId('total', column)],
      },
      message,
    ),
  )
}

const ROW_EQUATIONS = new Map(VARIANTS.map((variant) => [variant, rowEquations(variant)]))
const OUTCOME_EQUATIONS = new Map(VARIANTS.map((variant) => [variant, outcomeEquations(variant)]))
const OUTCOME_MESSAGES = new Map(
  VARIANTS.map((variant) => [
    variant,
    outcomeMessage(outcomeRows(variant).map((row) => APPLICATION_ROW_NAMES[row])),
  ]),
)

/** R-A per column: 新收 + 上年结转 = 办理结果总计 + 结转下年度. */
export function checkCarryOver(values: CheckedValues): CheckResult[] {
  const results: CheckResult[] = []
  for (const equation of CARRY_OVER) {
    const { name, ids, indexes } = equation
    const [received, carriedOver, total, carriedForward] = indexes.map((index) => values[index])
    if (received === undefined || carriedOver === undefined || total === undefined) continue
    if (carriedForward === undefined) continue
    const lhs = received + carriedOver
    const rhs = total + carriedForward
    const ok = lhs === rhs
    const message =
      lhs === 0 && rhs === 0 && allZero(values, indexes)
        ? equation.zeroMessage
        : carryOverMessage(name, values, indexes)
    results.push(result('R-A', ok, message, ids, lhs, rhs))
  }
  return results
}

/** R-B per row: 总计 column = the six applicant columns. */
export function checkRowTotals(values: CheckedValues, variant: OtherHandlingVariant): CheckResult[] {
  const results: CheckResult[] = []
  for (const equation of ROW_EQUATIONS.get(variant) ?? []) {
    const { name, ids, indexes } = equation
    const lhs = sumOf(values, indexes, indexes.length - 1)
    const total = values[indexes[indexes.length - 1] ?? -1]
    if (lhs === undefined || total === undefined) continue
    const ok = lhs === total
    const message =
      lhs === 0 && total === 0 && allZero(values, indexes)
        ? equation.zeroMessage
        : rowMessage(name, values, indexes)
    results.push(result('R-B', ok, message, ids, lhs, total))
  }
  return results
}

/** R-C per column: （七）总计 = every outcome row. */
export function checkOutcomeTotals(values: CheckedValues, variant: OtherHandlingVariant): CheckResult[] {
  const message = OUTCOME_MESSAGES.get(variant)
  const results: CheckResult[] = []
  for (const equation of OUTCOME_EQUATIONS.get(variant) ?? []) {
    const { name, ids, indexes } = equation
    const lhs = sumOf(values, indexes, indexes.length - 1)
    const total = values[indexes[indexes.length - 1] ?? -1]
    if (lhs === undefined || total === undefined || message === undefined) continue
    const ok = lhs === total
    const text =
      lhs === 0 && total === 0 && allZero(values, indexes)
        ? equation.zeroMessage
        : message(name, values, indexes)
    results.push(result('R-C', ok, text, ids, lhs, total))
  }
  return results
}
