/**
 * The metadata table CMS pages put above an article (标题 | … | 索引号 | … | 发布机构 | … | 发布日期 | …).
 * Its pairs identify the report when the page's title and heading do not (domain.md §4.5).
 */
import { lineCells } from '../../model/lineCells'
import type { SourceLine } from '../../model/report'
import { compactLabel } from '../../text/normalize'
import { toSimplified } from '../../text/traditional'

/** Keys whose value is the article's title. */
export const TITLE_KEYS: ReadonlySet<string> = new Set([
  '标题',
  '名称',
  '文章标题',
  '信息名称',
  '文件名称',
  '题名',
])

const OTHER_KEYS = [
  '索引号',
  '发布机构',
  '发布单位',
  '发文机关',
  '信息来源',
  '来源',
  '发布日期',
  '发布时间',
  '公开日期',
  '成文日期',
  '生成日期',
  '文号',
  '分类',
  '主题分类',
  '公开方式',
  '公开范围',
]
const KEYS: ReadonlySet<string> = new Set([...TITLE_KEYS, ...OTHER_KEYS])
/** Metadata rows are short; a report table row is never read as one. */
const MAX_CELLS = 8
const TRAILING_COLON = /[:：]$/

/** The key a cell names, in simplified characters (a page converted to traditional has 名稱, 發佈機構). */
function keyOf(cell: string): string | undefined {
  const key = toSimplified(compactLabel(cell)).replace(TRAILING_COLON, '')
  return KEYS.has(key) ? key : undefined
}

/** key → value pairs of metadata rows, first occurrence of each key, from table-row lines only. */
export function metadataPairs(lines: readonly SourceLine[]): Map<string, string> {
  const pairs = new Map<string, string>()
  for (const line of lines) {
    const cells = lineCells(line)
    if (line.gridColumns === undefined || cells.length < 2 || cells.length > MAX_CELLS) continue
    cells.forEach((cell, index) => {
      const key = keyOf(cell)
      const value = cells[index + 1]
      if (key === undefined || value === undefined || value === '' || keyOf(value) !== undefined) return
      if (!pairs.has(key)) pairs.set(key, value)
    })
  }
  return pairs
}
