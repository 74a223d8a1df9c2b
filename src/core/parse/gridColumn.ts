import type { DocumentLines } from './documentLines'

/**
 * The grid column of a line's cell: its index in tab-separated text, the resolved column in HTML and Word
 * tables; undefined for PDF and markdown cells, which are pieces of one line whose places do not line up
 * with another line's.
 */
export function gridColumnOf(lines: DocumentLines, line: number, cell: number): number | undefined {
  const source = lines.document.lines[line]
  if (source === undefined) return undefined
  if (source.cells === undefined) return cell
  return source.gridColumns?.[cell]
}
