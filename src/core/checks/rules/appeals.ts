/** R-D: in each 表四 group, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
import { APPEAL_COLUMNS, APPEAL_GROUPS, appealCellId } from '../../model/ids'
import type { Cell, CheckResult } from '../../model/report'
import { APPEAL_COLUMN_NAMES, APPEAL_GROUP_NAMES } from '../../model/labels'
import { allZero, sumOf, zeroCells } from './values'

const PARTS = APPEAL_COLUMNS.filter((column) => column !== 'total')
const PART_NAMES = PARTS.map((column) => APPEAL_COLUMN_NAMES[column])

function groupMessage(name: string, cells: Record<string, Cell>, ids: readonly string[]): string {
  let lhs = 0
  let terms = ''
  for (let i = 0; i < PARTS.length; i++) {
    const value = cells[ids[i] ?? '']?.value ?? 0
    lhs += value
    terms += `${i === 0 ? '' : ' + '}${PART_NAMES[i] ?? ''} ${value}`
  }
  const total = cells[ids[PARTS.length] ?? '']?.value ?? 0
  return `R-D ${name}：${terms} = ${lhs}，${lhs === total ? '等于' : '但'}总计为 ${total}`
}

/**
 * Per group: its name and the four part ids, then the total id (shared between reports: read-only), and
 * the message when every cell is 0, built once: most reports have no appeals at all.
 */
const GROUPS = APPEAL_GROUPS.map((group) => {
  const name = APPEAL_GROUP_NAMES[group]
  const ids = [...PARTS.map((column) => appealCellId(group, column)), appealCellId(group, 'total')]
  return { name, ids, zeroMessage: groupMessage(name, zeroCells(ids), ids) }
})

export function checkAppealTotals(cells: Record<string, Cell>): CheckResult[] {
  const results: CheckResult[] = []
  for (const { name, ids, zeroMessage } of GROUPS) {
    const lhs = sumOf(cells, ids, PARTS.length)
    const total = cells[ids[PARTS.length] ?? '']?.value
    if (lhs === undefined || total === undefined) continue
    const ok = lhs === total
    results.push({
      rule: 'R-D',
      severity: 'error',
      ok,
      message: lhs === 0 && total === 0 && allZero(cells, ids) ? zeroMessage : groupMessage(name, cells, ids),
      cellIds: ids,
      lhs,
      rhs: total,
    })
  }
  return results
}
