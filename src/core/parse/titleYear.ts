/**
 * The year in a title as official documents write it: "2023", or in Chinese numerals "二〇二三", whose zero
 * typesetting and PDF fonts also give as 零, ○, ◯, O or 0 (spaces are already gone from compact text, so
 * "二 〇 二 三" is "二〇二三"). Only 19xx and 20xx are years, in either form: "三〇二三" is not read as one.
 * A year that cannot be right within that range is flagged when the report is ingested (reportYear.ts).
 */
const CHINESE_ZERO = '〇零○◯Oo0'
const CHINESE_DIGITS = '一二三四五六七八九'
const ANY_CHINESE_DIGIT = `[${CHINESE_ZERO}${CHINESE_DIGITS}]`

/** A year, as regex source without a capturing group. */
export const YEAR = `(?:(?:19|20)\\d{2}|一九${ANY_CHINESE_DIGIT}{2}|二[${CHINESE_ZERO}]${ANY_CHINESE_DIGIT}{2})`

/**
 * What joins the first year of a range to the second ("2022—2023年", "二〇二二年至二〇二三年度"), matched at
 * the end of the text before the second year.
 */
const RANGE_BEFORE = new RegExp(`${YEAR}年?度?(?:至|到|和|与|[-—–~～、])$`)

/** The number a YEAR match stands for. */
export function yearOfMatch(text: string): number {
  let value = 0
  for (const char of text) {
    const chinese = CHINESE_DIGITS.indexOf(char)
    const digit = CHINESE_ZERO.includes(char) ? 0 : chinese >= 0 ? chinese + 1 : Number(char)
    value = value * 10 + digit
  }
  return value
}

/** Where a year range starts in `before`, the text in front of a title's year, when it ends in one. */
export function yearRangeStart(before: string): number | undefined {
  return RANGE_BEFORE.exec(before)?.index
}
