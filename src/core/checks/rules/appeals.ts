/** R-D: in each 表四 group, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
import { APPEAL_COLUMNS, APPEAL_GROUPS, appealCellId } from '../../model/ids'
import type { CheckResult } from '../../model/report'
import { APPEAL_COLUMN_NAMES, APPEAL_GROUP_NAMES } from '../../model/labels'
import { comparedSides, countText } from '../comparedSides'
import { RULE_SEVERITY } from '../ruleSeverity'
import { allZero, sumOf, valueAt, valueIndex, ZERO_VALUES, type CheckedValues } from './values'

const PARTS = APPEAL_COLUMNS.filter((column) => column !== 'total')
const PART_NAMES = PARTS.map((column) => APPEAL_COLUMN_NAMES[column])

function groupMessage(name: string, values: CheckedValues, indexes: readonly number[]): string {
  let lhs = 0
  let terms = ''
  for (let i = 0; i < PARTS.length; i++) {
    const value = valueAt(values, indexes[i])
    lhs += value
    terms += `${i === 0 ? '' : '、'}${PART_NAMES[i] ?? ''} ${countText(value)}`
  }
  const total = valueAt(values, indexes[PARTS.length])
  return `R-D ${name}：${comparedSides(`${terms}，合计 ${countText(lhs)}`, `总计栏为 ${countText(total)}`, lhs === total)}`
}

/**
 * Per group: its name and the four part ids, then the total id (shared between reports: read-only), and
 * the message when every cell is 0, built once: most reports have no appeals at all.
 */
const GROUPS = APPEAL_GROUPS.map((group) => {
  const name = APPEAL_GROUP_NAMES[group]
  const ids = [...PARTS.map((column) => appealCellId(group, column)), appealCellId(group, 'total')]
  const indexes = ids.map(valueIndex)
  return { name, ids, indexes, zeroMessage: groupMessage(name, ZERO_VALUES, indexes) }
})

export function checkAppealTotals(values: CheckedValues): CheckResult[] {
  const results: CheckResult[] = []
  for (const { name, ids, indexes, zeroMessage } of GROUPS) {
    const lhs = sumOf(values, indexes, PARTS.length)
    const total = values[indexes[PARTS.length] ?? -1]
    if (lhs === undefined || total === undefined) continue
    const ok = lhs === total
    results.push({
      rule: 'R-D',
      severity: RULE_SEVERITY['R-D'],
      ok,
      message:
        lhs === 0 && total === 0 && allZero(values, indexes)
          ? zeroMessage
          : groupMessage(name, values, indexes),
      cellIds: ids,
      lhs,
      rhs: total,
    })
  }
  return results
}
