/**
 * 表二 rows whose digits ran together (page text: "规章000", "行政规范性文件0012"). 表二 has no sum rule, so a
 * reading is taken only when the cell rules leave exactly one; otherwise the row is marked ambiguous with
 * every candidate, or unread. Never a guess.
 */
import type { CellSink } from './cellSink'
import type { RowHit } from './rowTable'
import { splitCells } from './runTogether'

function candidateCells(ids: readonly string[], readings: readonly number[][]): Record<string, number>[] {
  return readings.map((values) => {
    const cells: Record<string, number> = {}
    ids.forEach((id, i) => {
      const value = values[i]
      if (value !== undefined) cells[id] = value
    })
    return cells
  })
}

export function decodeProactiveRun(hit: RowHit, sink: CellSink): void {
  if (hit.values?.kind !== 'run') return
  const { text, token } = hit.values
  const ids = hit.spec.cellIds
  const readings = splitCells(text, ids.length)
  const [only] = readings
  if (readings.length === 1 && only !== undefined) {
    ids.forEach((id, i) => sink.setDecoded(id, only[i] ?? 0, token))
    sink.notice({
      code: 'digits-split',
      message: `表二“${hit.spec.name}”行：数字连写“${text}”，只有一种拆分（数字不以 0 开头）：${only.join('、')}`,
      cellIds: [...ids],
      line: hit.line,
    })
    return
  }
  if (readings.length > 1) {
    sink.notice({
      code: 'ambiguous',
      message: `表二“${hit.spec.name}”行：数字连写“${text}”可拆分为 ${readings.map((r) => r.join('、')).join(' 或 ')}，无法确定，未填入`,
      cellIds: [...ids],
      line: hit.line,
      candidates: candidateCells(ids, readings),
    })
    return
  }
  sink.notice({
    code: 'cell-unread',
    message: `表二“${hit.spec.name}”行：数字连写“${text}”无法拆分为 ${ids.length} 个数值，未填入`,
    cellIds: [...ids],
    line: hit.line,
  })
}
