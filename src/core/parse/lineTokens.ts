/**
 * One source line as the table parsers see it, whatever reader made it: the non-numeric cells form the
 * label, the numeric (and blank) cells after the label are the values, in order. Tab cells, HTML <td>s, PDF
 * glyph clusters and space-separated text all reduce to this, so the parsers never depend on the reader.
 */
import type { SourceLine } from '../model/report'
import { ANY_NUMBER, readNumberCell } from '../text/numbers'
import { compactLabel } from '../text/normalize'

export interface ValueToken {
  line: number
  /** Index of the cell the token came from. */
  column: number
  page?: number
  /** The token as it appeared ("", "/", "22（其中修订16件）", "3120000033"). */
  raw: string
  blank: boolean
  /** Only digits: a candidate for run-together decoding. */
  digitsOnly: boolean
}

export interface LineTokens {
  line: number
  /** Compact label: the text tokens before the first value, spaces removed. */
  label: string
  /** Value and blank tokens after the label. Blanks before the label (merged cells) are dropped. */
  values: ValueToken[]
  /** Text after the values (PDF interleaving): kept separately so it can start the next label. */
  trailing: string
  numberCount: number
  blankCount: number
}

/** A number glued to a following bracketed note stays one token; everything else splits on spaces. */
const TOKEN =
  /[-−]?[\d０-９][\d０-９,，.．]*[\s\u00a0\u3000]*[(（【[][^)）】\]]*[)）】\]]?|[^\s\u00a0\u3000]+/g
/** Text that ends in digits after a CJK character or bracket: "申请数量3120000033", "行政许可67". */
const GLUED_DIGITS = /^(.*[\u3400-\u9fff)）])(\d+)$/
const DIGITS = /^\d+$/

interface RawToken {
  column: number
  raw: string
}

function rawTokens(line: SourceLine): RawToken[] {
  const tokens: RawToken[] = []
  const single = line.cells.length <= 1
  line.cells.forEach((cell, column) => {
    const parts = cell.match(TOKEN)
    if (parts === null) {
      // An empty cell of a real table row is a blank cell; a line with no cells at all has no tokens.
      if (!single) tokens.push({ column, raw: '' })
      return
    }
    if (parts.length > 1 && !single && readNumberCell(cell, ANY_NUMBER).kind === 'number') {
      tokens.push({ column, raw: cell.trim() })
      return
    }
    for (const raw of parts) tokens.push({ column, raw })
  })
  return tokens
}

export function tokenizeLine(line: SourceLine, index: number): LineTokens {
  let label = ''
  let trailing = ''
  const values: ValueToken[] = []
  let numberCount = 0
  let blankCount = 0
  const push = (column: number, raw: string, blank: boolean): void => {
    const token: ValueToken = { line: index, column, raw, blank, digitsOnly: !blank && DIGITS.test(raw) }
    if (line.page !== undefined) token.page = line.page
    values.push(token)
    if (blank) blankCount++
    else numberCount++
  }
  for (const { column, raw } of rawTokens(line)) {
    const reading = readNumberCell(raw, ANY_NUMBER)
    if (reading.kind === 'number') {
      push(column, raw, false)
      continue
    }
    if (reading.kind === 'blank') {
      push(column, raw, true)
      continue
    }
    const text = compactLabel(raw)
    const glued = GLUED_DIGITS.exec(text)
    if (numberCount > 0) {
      trailing += text
      continue
    }
    // Blanks before the label are the empty halves of merged label cells, not values.
    values.length = 0
    blankCount = 0
    if (glued?.[1] !== undefined && glued[2] !== undefined) {
      label += glued[1]
      push(column, glued[2], false)
    } else label += text
  }
  return { line: index, label, values, trailing, numberCount, blankCount }
}

/**
 * Fits a line's values to the number of cells a row has: padding blanks at either end (tab exports end rows
 * with empty cells, merged label cells leave empty ones in front) are removed while there are too many.
 */
export function fitValues(values: readonly ValueToken[], count: number): ValueToken[] {
  let start = 0
  let end = values.length
  while (end - start > count && values[end - 1]?.blank === true) end--
  while (end - start > count && values[start]?.blank === true) start++
  return values.slice(start, end)
}
