/**
 * Traditional characters read as simplified ones. Reports are written in simplified Chinese, but mirror
 * sites and some collectors publish them converted to traditional (行政許可, 政府信息公開工作年度報告),
 * and the reader matches labels, titles and agency names in simplified wording. Each character is mapped on
 * its own: no phrase rules are needed for the words of the tables and titles, and characters that
 * simplified text uses as well (乾, 於, 著, 覆) are not in the table, so simplified text never changes.
 * Those a converter writes for the template's and the prose checks' words come back in REPORT_WORDS, only
 * in a report written in traditional characters.
 */
import { SIMPLIFIED, TRADITIONAL } from './traditionalTable'

/** Per UTF-16 unit, the simplified character it is read as, or 0. */
const SIMPLIFIED_OF: Uint16Array = (() => {
  const table = new Uint16Array(0x10000)
  for (let i = 0; i < TRADITIONAL.length; i++) table[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i)
  return table
})()

/** Every character of the table, for replacing them. */
const EVERY_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`, 'g')

/** The simplified character a traditional one is read as; 0 for every other unit. */
export function simplifiedOf(code: number): number {
  return SIMPLIFIED_OF[code] ?? 0
}

/**
 * Whether `text` has a character of the table. A loop over the table: a regex of its some 3,000 characters
 * scans CJK text about four times slower.
 */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (simplifiedOf(text.charCodeAt(i)) !== 0) return true
  return false
}

/** How many characters of the table `text` has. */
export function countTraditional(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (simplifiedOf(text.charCodeAt(i)) !== 0) count++
  return count
}

function simplifiedCharacter(character: string): string {
  return String.fromCharCode(simplifiedOf(character.charCodeAt(0)))
}

/** `text` with its traditional characters replaced; `text` itself when it has none. */
export function toSimplified(text: string): string {
  return hasTraditional(text) ? text.replace(EVERY_TRADITIONAL, simplifiedCharacter) : text
}

/**
 * Characters and words simplified text uses too, which converters write for the wording the reader and the
 * checks match: 属於 (属于), 復議後 (复议后), 答覆 (答复), 反覆 (反复), and Taiwan's words. Each has the length
 * of the word it stands for, so offsets stay; the characters of the table are mapped after.
 */
const REPORT_WORDS: readonly (readonly [string, string])[] = [
  ['於', '于'],
  ['後', '后'],
  ['答覆', '答复'],
  ['回覆', '回复'],
  ['反覆', '反复'],
  ['徵求', '征求'],
  ['瞭解', '了解'],
  ['藉助', '借助'],
  // Taiwan phrasing (OpenCC s2twp) writes 資訊 for 信息 (政府資訊公開工作年度報告) and 檔案 for 文件.
  ['資訊', '信息'],
  ['規範性檔案', '規範性文件'],
]
const REPORT_WORD = new RegExp(REPORT_WORDS.map(([word]) => word).join('|'), 'g')
const REPORT_WORD_SIMPLIFIED = new Map(REPORT_WORDS)

/** REPORT_WORDS, then toSimplified: a line of a report written in traditional characters, as it is read. */
export function toSimplifiedReport(text: string): string {
  return toSimplified(text.replace(REPORT_WORD, (word) => REPORT_WORD_SIMPLIFIED.get(word) ?? word))
}
