import type { SourceLine } from './report'

/** The line's cells: its own, or the pieces of its text between tabs (see SourceLine). */
export function lineCells(line: SourceLine): readonly string[] {
  if (line.cells !== undefined) return line.cells
  return line.text.includes('\t') ? line.text.split('\t') : [line.text]
}
