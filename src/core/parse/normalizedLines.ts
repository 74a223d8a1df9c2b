/**
 * NFKC for a whole document in one call. Normalising cell by cell costs one ICU call per cell, which
 * dominated the batch; control characters mark the cell and line boundaries in the joined text. A line
 * whose boundaries do not survive (the input itself contained the markers) is normalised on its own.
 */
import type { SourceLine } from '../model/report'
import { normalizeText } from '../text/normalize'

const CELL = '\u0001'
const TEXT_END = '\u0002'
const LINE_END = '\u0003'
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g

export interface NormalizedLine {
  text: string
  cells: string[]
}

function single(line: SourceLine): NormalizedLine {
  return { text: normalizeText(line.text), cells: line.cells.map(normalizeText) }
}

function parse(joined: string, line: SourceLine): NormalizedLine {
  const split = joined.indexOf(TEXT_END)
  if (split < 0 || joined.indexOf(TEXT_END, split + 1) >= 0) return single(line)
  const cells = joined.slice(split + 1).split(CELL)
  if (cells.length !== line.cells.length) return single(line)
  return { text: joined.slice(0, split), cells }
}

export function normalizeLines(lines: readonly SourceLine[]): NormalizedLine[] {
  const parts: string[] = []
  for (const line of lines) parts.push(line.text, TEXT_END, line.cells.join(CELL), LINE_END)
  const joined = parts.join('').normalize('NFKC').replace(ZERO_WIDTH, '').split(LINE_END)
  if (joined.length !== lines.length + 1) return lines.map(single)
  return lines.map((line, index) => parse(joined[index] ?? '', line))
}
