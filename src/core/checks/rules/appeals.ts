/** R-D: in each 表四 group, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
import { APPEAL_COLUMNS, APPEAL_GROUPS, appealCellId } from '../../model/ids'
import type { Cell, CheckResult } from '../../model/report'
import { APPEAL_COLUMN_NAMES, APPEAL_GROUP_NAMES } from '../../parse/cellNames'
import { sum, valuesOf } from './values'

const PARTS = APPEAL_COLUMNS.filter((column) => column !== 'total')

export function checkAppealTotals(cells: Record<string, Cell>): CheckResult[] {
  return APPEAL_GROUPS.flatMap((group) => {
    const partIds = PARTS.map((column) => appealCellId(group, column))
    const totalId = appealCellId(group, 'total')
    const parts = valuesOf(cells, partIds)
    const total = cells[totalId]?.value
    if (parts === undefined || total === undefined) return []
    const lhs = sum(parts)
    const ok = lhs === total
    const terms = PARTS.map((column, i) => `${APPEAL_COLUMN_NAMES[column]} ${parts[i] ?? 0}`).join(' + ')
    const check: CheckResult = {
      rule: 'R-D',
      severity: 'error',
      ok,
      message: `R-D ${APPEAL_GROUP_NAMES[group]}：${terms} = ${lhs}，${ok ? '等于' : '但'}总计为 ${total}`,
      cellIds: [...partIds, totalId],
      lhs,
      rhs: total,
    }
    return [check]
  })
}
