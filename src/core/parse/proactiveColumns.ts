/**
 * 表二's column order, read from its header. Some agencies draw their own 表二 and put 现行有效件数 before
 * 本年废止件数; the values then stand in the header's order, and reading them in the template's would swap
 * two numbers without a word (表二 has no sum rule to catch it).
 */
import { PROACTIVE_COLUMN_NAMES } from '../model/labels'
import type { CellSink } from './cellSink'
import type { RowHit } from './rowTable'

/** What names each column in a compact header, by the last part of the cell id. */
const COLUMN_WORDS: Record<string, RegExp> = {
  issued: /制发/,
  // "本年度止件数" is a typo many reports copied from one another.
  repealed: /废止|度止/,
  inForce: /现行有效/,
  made: /新制作/,
  published: /新公开/,
  total: /公开总数/,
  lastYearItems: /上一年/,
  change: /增\/?减/,
  decisions: /处理决定/,
  items: /采购项目/,
  amountYuan: /采购总金额/,
}

function columnOf(id: string): string {
  return id.slice(id.lastIndexOf('.') + 1)
}

/**
 * Where each of the spec's columns stands in the header within `label`: the template indexes in header
 * order, 'none' when the label names none of them (a row under the block's header), undefined when it names
 * only some, or one twice, so their order cannot be known.
 */
function headerOrder(label: string, ids: readonly string[]): number[] | 'none' | undefined {
  const positions: number[] = []
  for (const id of ids) {
    const word = COLUMN_WORDS[columnOf(id)]
    const match = word === undefined ? undefined : word.exec(label)
    positions.push(match?.index ?? -1)
  }
  if (positions.every((at) => at < 0)) return 'none'
  if (positions.some((at) => at < 0) || new Set(positions).size < positions.length) return undefined
  return ids.map((_, index) => index).sort((a, b) => (positions[a] ?? 0) - (positions[b] ?? 0))
}

function inTemplateOrder(order: readonly number[]): boolean {
  return order.every((index, at) => index === at)
}

/**
 * The hits with the cell ids of rows under a reordered header in the header's order, so the row's values
 * fill the columns they stand in, each with a notice. A header holds for the rows after it that have the same
 * columns, until the next header.
 */
export function followHeaderOrder(hits: readonly RowHit[], sink: CellSink): RowHit[] {
  let header: { columns: string; order: readonly number[] } | undefined
  return hits.map((hit) => {
    const ids = hit.spec.cellIds
    if (ids.length < 2) return hit
    const columns = ids.map(columnOf).join()
    const found = headerOrder(hit.label, ids)
    if (found !== 'none') header = found === undefined ? undefined : { columns, order: found }
    if (header === undefined || header.columns !== columns || inTemplateOrder(header.order)) return hit
    const ordered = header.order.map((index) => ids[index] ?? '')
    const names = ordered.map((id) => PROACTIVE_COLUMN_NAMES[columnOf(id)] ?? id)
    sink.notice({
      code: 'columns-reordered',
      message: `表二“${hit.spec.name}”行：表头各列的顺序（${names.join('、')}）与模板不同，已按表头对应各列数值`,
      cellIds: [...ids],
      line: hit.line,
    })
    return { ...hit, spec: { ...hit.spec, cellIds: ordered } }
  })
}
