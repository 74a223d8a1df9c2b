/**
 * Many cells named in one sentence, as a notice or an export lists them. A 表三 column left blank from top
 * to bottom (a small office's 法人或其他组织 columns) is named once with its count, not as 25 cells each:
 * "表三 商业企业、科研机构列各 25 格" instead of 50 names a reader has to count.
 */
import { APPLICANT_COLUMN_NAMES, describeCell } from './labels'

const COLUMN_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(APPLICANT_COLUMN_NAMES))

/** A 表三 column with at least this many of the cells named is summed up as the column. */
const MIN_SUMMED_CELLS = 10

function applicantColumn(id: string): string | undefined {
  if (!id.startsWith('applications.')) return undefined
  return id.slice(id.lastIndexOf('.') + 1)
}

/**
 * The cells named: 表三 columns with many of them as "X、Y列各 N 格", every other cell by describeCell, the
 * names joined by `separator` (the exports' columns use "；").
 */
export function describeCells(ids: readonly string[], separator = '、'): string {
  const perColumn = new Map<string, number>()
  for (const id of ids) {
    const column = applicantColumn(id)
    if (column !== undefined) perColumn.set(column, (perColumn.get(column) ?? 0) + 1)
  }
  const summed = new Set(
    [...perColumn].filter(([, count]) => count >= MIN_SUMMED_CELLS).map(([column]) => column),
  )
  // Columns with as many cells each are one phrase: "商业企业、科研机构列各 25 格".
  const byCount = new Map<number, string[]>()
  for (const column of summed) {
    const count = perColumn.get(column) ?? 0
    const names = byCount.get(count) ?? []
    names.push(COLUMN_NAMES.get(column) ?? column)
    byCount.set(count, names)
  }
  const columns = [...byCount].map(([count, names]) =>
    names.length === 1 ? `表三 ${names[0]}列 ${count} 格` : `表三 ${names.join('、')}列各 ${count} 格`,
  )
  const single = ids.filter((id) => !summed.has(applicantColumn(id) ?? '')).map(describeCell)
  return [...columns, ...single].join(separator)
}
