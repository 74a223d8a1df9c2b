import type { ColumnGuide } from './columns'
import { glyphsOf, type Glyph } from './glyphs'
import { groupLines } from './lines'
import { dropPageFurniture, type PageLines } from './margins'
import type { PdfTextContentLike } from './pdfjsLike'
import { joinDigitStacks } from './digitStacks'
import { joinStacks } from './stacks'
import { buildPageRows, opensWithItem, type PageRow } from './tableRows'
import { joinWrappedNumbers } from './wrappedNumbers'

export interface PageText {
  /** 1-based page number. */
  page: number
  /** Page height in PDF units (the y of the top edge). */
  height: number
  glyphs: Glyph[]
}

export function pageText(page: number, height: number, content: PdfTextContentLike): PageText {
  return { page, height, glyphs: glyphsOf(content) }
}

export interface DocumentRow extends PageRow {
  page: number
}

/**
 * Every page's glyphs → rows of cells, in reading order: stacked and vertical labels and numbers wrapped in
 * their cells joined,
 * page numbers and running heads dropped, table rows assembled with their columns.
 */
export function documentRows(pages: readonly PageText[]): DocumentRow[] {
  const laidOut: PageLines[] = pages.map((page) => ({
    page: page.page,
    height: page.height,
    lines: groupLines(joinDigitStacks(joinWrappedNumbers(joinStacks(page.glyphs)))),
  }))
  const rows: DocumentRow[] = []
  let columns: ColumnGuide | undefined
  const kept = dropPageFurniture(laidOut)
  kept.forEach((page, index) => {
    const next = kept[index + 1]
    const built = buildPageRows(page.lines, columns, next !== undefined && opensWithItem(next.lines))
    columns = built.lastColumns
    rows.push(...built.rows.map((row) => ({ ...row, page: page.page })))
  })
  return rows
}
