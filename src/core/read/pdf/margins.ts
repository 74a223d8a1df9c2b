import { compactLabel } from '../../text/normalize'
import { lineText, type LayoutLine } from './layout'

/*
 * Page furniture: page numbers ("- 3 -", "— 5 —", "第3页", "3/5") and running heads repeated on
 * every page. They sit in the top or bottom margin; left in, they land between table rows.
 */

const DASHED_PAGE_NUMBER = /^[-—–－―~·•]+\d{1,4}[-—–－―~·•]+$/
const PLAIN_PAGE_NUMBER = /^(?:\d{1,4}|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}\/\d{1,4})$/
/** Dashed page numbers are recognised this far into the page from either edge (share of its height). */
const DASHED_MARGIN = 0.15
/** Bare numbers could be table cells, so they count as page numbers only closer to the edge. */
const PLAIN_MARGIN = 0.07
const RUNNING_HEAD_MARGIN = 0.1
/** A running head is prose: rows of numbers repeated at two page bottoms must survive. */
const MIN_HEAD_CJK = 4
const CJK = /[\u4e00-\u9fff]/g

/** Page numbers inside a running head change from page to page. */
function headKey(line: LayoutLine): string {
  return compactLabel(lineText(line)).replace(/\d+/g, '#')
}

function inMargin(line: LayoutLine, pageHeight: number, share: number): boolean {
  return line.y < pageHeight * share || line.y > pageHeight * (1 - share)
}

export function isPageNumberLine(line: LayoutLine, pageHeight: number): boolean {
  const text = compactLabel(lineText(line))
  if (DASHED_PAGE_NUMBER.test(text)) return inMargin(line, pageHeight, DASHED_MARGIN)
  return line.cells.length === 1 && PLAIN_PAGE_NUMBER.test(text) && inMargin(line, pageHeight, PLAIN_MARGIN)
}

export interface PageLines {
  page: number
  height: number
  lines: LayoutLine[]
}

/** A running head stands at the same height on every page that repeats it (within this many font sizes). */
const SAME_HEIGHT = 1

interface Placement {
  page: number
  y: number
}

/** The margin texts of four or more CJK characters: where each key stands, and each line's key. */
interface MarginTexts {
  placements: Map<string, Placement[]>
  keys: Map<LayoutLine, string>
}

function marginTexts(pages: readonly PageLines[]): MarginTexts {
  const placements = new Map<string, Placement[]>()
  const keys = new Map<LayoutLine, string>()
  for (const { page, height, lines } of pages) {
    for (const line of lines) {
      if (!inMargin(line, height, RUNNING_HEAD_MARGIN)) continue
      const text = headKey(line)
      if ((text.match(CJK) ?? []).length < MIN_HEAD_CJK) continue
      keys.set(line, text)
      const placed = placements.get(text)
      if (placed === undefined) placements.set(text, [{ page, y: line.y }])
      else placed.push({ page, y: line.y })
    }
  }
  return { placements, keys }
}

/**
 * A running head or foot: its text stands at its height on at least two pages. The report's title, in the
 * body of page 1 and often the running head's very words, stands lower than the head and stays.
 */
function isRunningHead(line: LayoutLine, { placements, keys }: MarginTexts): boolean {
  const key = keys.get(line)
  if (key === undefined) return false
  const here = (placements.get(key) ?? []).filter(
    (placement) => Math.abs(placement.y - line.y) <= SAME_HEIGHT * line.size,
  )
  return new Set(here.map((placement) => placement.page)).size >= 2
}

export function dropPageFurniture(pages: readonly PageLines[]): PageLines[] {
  const margins = marginTexts(pages)
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      // Only lines in the margins have a key (marginTexts): the margin test is isRunningHead's own.
      return !isPageNumberLine(line, page.height) && !isRunningHead(line, margins)
    }),
  }))
}
