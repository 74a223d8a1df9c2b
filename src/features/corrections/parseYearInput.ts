import { YEAR, yearOfMatch } from '../../core/parse/titleYear'

/** A year as a user may type it: "2023", "２０２３", "2023年", "2023年度" or "二〇二三年". */
const TYPED_YEAR = new RegExp(`^(${YEAR})(?:年度?)?$`)

/** The year typed, or NaN when the text is not one (identityProblem then says what to type). */
export function parseYearInput(text: string): number {
  const match = TYPED_YEAR.exec(text.normalize('NFKC').replace(/\s+/g, ''))
  return match?.[1] === undefined ? Number.NaN : yearOfMatch(match[1])
}
