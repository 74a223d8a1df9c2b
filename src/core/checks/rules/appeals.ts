/** R-D: in each 表四 group, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
import { APPEAL_COLUMNS, APPEAL_GROUPS, appealCellId } from '../../model/ids'
import type { Cell, CheckResult } from '../../model/report'
import { APPEAL_COLUMN_NAMES, APPEAL_GROUP_NAMES } from '../../model/labels'
import { sumOf } from './values'

const PARTS = APPEAL_COLUMNS.filter((column) => column !== 'total')
const PART_NAMES = PARTS.map((column) => APPEAL_COLUMN_NAMES[column])

/** Per group: its name and the four part ids, then the total id (shared between reports: read-only). */
const GROUPS = APPEAL_GROUPS.map((group) => ({
  name: APPEAL_GROUP_NAMES[group],
  ids: [...PARTS.map((column) => appealCellId(group, column)), appealCellId(group, 'total')],
}))

export function checkAppealTotals(cells: Record<string, Cell>): CheckResult[] {
  const results: CheckResult[] = []
  for (const { name, ids } of GROUPS) {
    const lhs = sumOf(cells, ids, PARTS.length)
    const total = cells[ids[PARTS.length] ?? '']?.value
    if (lhs === undefined || total === undefined) continue
    const ok = lhs === total
    let terms = ''
    for (let i = 0; i < PARTS.length; i++)
      terms += `${i === 0 ? '' : ' + '}${PART_NAMES[i] ?? ''} ${cells[ids[i] ?? '']?.value ?? 0}`
    results.push({
      rule: 'R-D',
      severity: 'error',
      ok,
      message: `R-D ${name}：${terms} = ${lhs}，${ok ? '等于' : '但'}总计为 ${total}`,
      cellIds: ids,
      lhs,
      rhs: total,
    })
  }
  return results
}
