/**
 * A dash printed apart from the number after it, in a row with more values than cells: the number's sign
 * (2019's 本年增/减 −2) or a blank cell's mark. Dropped as a blank, −2 read 2 without a notice.
 */
import { fitValues, type ValueToken } from './lineTokens'

/**
 * A dash on its own that may be the sign of the number after it: a minus, a hyphen or an en dash (a sign, see
 * readNumberCell), or an em dash or a horizontal bar ("— 2": a minus to some, a blank cell's mark to others).
 */
const DASHES: ReadonlySet<string> = new Set(['-', '−', '－', '﹣', '‐', '‑', '‒', '–', '—', '――', '——', '―'])

/** Whether the token is a number as printed, starting with a digit. */
function startsWithDigit(token: ValueToken): boolean {
  return !token.blank && /^[\d０-９]/.test(token.raw)
}

/**
 * The values with each dash that stands right before a number (empty cells between: where a PDF's reader saw
 * the gap between two text items as a column) joined to it, the number keeping the dash ("– 2", "— 2"): the
 * cell's rules then take it (a signed cell), refuse it (a count) or leave it unread (a dash that is no minus
 * sign), each with a notice. `keepBlanks`: the other blanks stay; else they go. Undefined when no dash is joined.
 */
function joinedSigns(values: readonly ValueToken[], keepBlanks: boolean): ValueToken[] | undefined {
  const joined: ValueToken[] = []
  let any = false
  for (let i = 0; i < values.length; i++) {
    const token = values[i]
    if (token === undefined) continue
    let after = i + 1
    while (values[after]?.blank === true && values[after]?.raw === '') after++
    const next = values[after]
    if (token.blank && DASHES.has(token.raw.trim()) && next !== undefined && startsWithDigit(next)) {
      joined.push({
        ...next,
        column: token.column,
        raw: `${token.raw.trim()} ${next.raw}`,
        digitsOnly: false,
      })
      any = true
      i = after
    } else if (keepBlanks || !token.blank) joined.push(token)
  }
  return any ? joined : undefined
}

/**
 * A row's numbers without its blanks, when it has more values than cells and as many numbers: a dash right
 * before a number ("48 - 2 1,312", a PDF's minus printed as a text item of its own) is that number's sign set
 * apart, as it is in a cell.
 */
export function numbersOnly(values: readonly ValueToken[]): ValueToken[] {
  return joinedSigns(values, false) ?? values.filter((token) => !token.blank)
}

/**
 * Whether a row of a PDF whose values fit its cells once padding blanks went (`fitted`) fits them as well
 * with a dash joined to the number after it as its sign: a minus printed apart from its digits, a cell's
 * width away, beside a blank cell ("48 | −  2 | (blank)"). Which is meant is not known: read with the dash
 * as a blank cell, −2 was 2 in the next cell's place.
 */
export function signApartFits(
  values: readonly ValueToken[],
  fitted: readonly ValueToken[],
  count: number,
): boolean {
  if (fitted.length === values.length) return false
  const joined = joinedSigns(values, true)
  return joined !== undefined && fitValues(joined, count).length === count
}
