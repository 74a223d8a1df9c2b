/**
 * Rows whose numbers may be the next row's. A line of numbers that no row took, right over a line of
 * label alone, is what a copy gives of rows whose numbers stand before their labels (a PDF viewer's text
 * where a row's numbers sit higher than its label): each label is then carried to the next row's numbers,
 * and its exact wording hides the shift. Read in the usual order, the rows that follow in turn — label line,
 * numbers line — may all be one row off, so they are left unread.
 */
import type { LineTokens } from './lineTokens'
import type { LineSource, RowHit } from './rowTable'

/** A line of numbers and nothing else. */
export function isNumberOnly(tokens: LineTokens): boolean {
  return tokens.label === '' && tokens.numberCount > 0 && tokens.trailing === ''
}

/** A line with no text and no number: an empty line, or only tabs (a row's empty cells, a copy's cell gap). */
export function isEmptyLine(tokens: LineTokens): boolean {
  return tokens.label === '' && tokens.numberCount === 0 && tokens.trailing === ''
}

function isLabelOnly(tokens: LineTokens): boolean {
  return tokens.label !== '' && tokens.numberCount === 0
}

/** A line of numbers, more than one (a lone number is a page number or a split digit, see loneDigits). */
function isNumbersLine(tokens: LineTokens): boolean {
  return isNumberOnly(tokens) && tokens.numberCount >= 2
}

/**
 * Runs of hits, each read from a label line and the numbers line under it, that start under a stray line of
 * numbers: one no row took, or the line right above the table's first row (`from`).
 */
export function hitsAfterStrayNumbers(
  source: LineSource,
  from: number,
  strays: readonly LineTokens[],
  hits: readonly RowHit[],
): RowHit[][] {
  const above = from > 0 ? source.tokens(from - 1) : undefined
  const starts = [...(above === undefined ? [] : [above]), ...strays].filter(isNumbersLine)
  // Nearly every table: no stray line of numbers, nothing to look at.
  if (starts.length === 0) return []
  const byLine = new Map(hits.map((hit) => [hit.line, hit]))
  const runs: RowHit[][] = []
  const shifted = new Set<RowHit>()
  for (const stray of starts) {
    const run: RowHit[] = []
    let numbersLine = stray.line
    for (;;) {
      const labelLine = numbersLine + 1
      const hit = byLine.get(labelLine + 1)
      if (hit === undefined || !isLabelOnly(source.tokens(labelLine))) break
      if (!isNumberOnly(source.tokens(hit.line)) || shifted.has(hit)) break
      run.push(hit)
      shifted.add(hit)
      numbersLine = hit.line
    }
    if (run.length > 0) runs.push(run)
  }
  return runs
}
