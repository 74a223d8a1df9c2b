/**
 * Traditional characters read as simplified ones. Reports are written in simplified Chinese, but mirror
 * sites and some collectors publish them converted to traditional (行政許可, 政府信息公開工作年度報告),
 * and the reader matches labels, titles and agency names in simplified wording. Each character is mapped on
 * its own: no phrase rules are needed for the words of the tables and titles, and characters that
 * simplified text uses as well (乾, 於, 著, 覆) are not in the table, so simplified text never changes.
 * Those a converter writes for the template's and the prose checks' words come back in REPORT_WORDS, only
 * in a report written in traditional characters.
 */
import { isCjkIdeograph } from './characters'
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

/** The share of `text`'s CJK ideographs that are characters of the table (0 without ideographs). */
export function traditionalShare(text: string): number {
  let ideographs = 0
  let traditional = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isCjkIdeograph(code)) ideographs++
    if (simplifiedOf(code) !== 0) traditional++
  }
  return ideographs === 0 ? 0 : traditional / ideographs
}

function simplifiedCharacter(character: string): string {
  return String.fromCharCode(simplifiedOf(character.charCodeAt(0)))
}

/** `text` with its traditional characters replaced; `text` itself when it has none. */
export function toSimplified(text: string): string {
  return hasTraditional(text) ? text.replace(EVERY_TRADITIONAL, simplifiedCharacter) : text
}

/**
 * Characters simplified text uses too, which converters write in the wording the reader and the checks
 * match, and the words Taiwan phrasing (OpenCC s2twp) puts there. Each is replaced only where that wording
 * needs it, so a name keeps them (於潜镇, 澳门資訊科技发展中心), and by as many characters, so offsets stay;
 * the characters of the table are mapped after.
 */
const REPORT_WORDS: readonly (readonly [RegExp, string])[] = [
  // 属於国家秘密, 關於…年度报告
  [/(?<=[屬属關关])於/g, '于'],
  // 復議後起诉, 補正後申请
  [/(?<=[議议正])後/g, '后'],
  // 答覆, 回覆, 反覆
  [/(?<=[答回反])覆/g, '复'],
  [/徵求/g, '征求'],
  [/瞭解/g, '了解'],
  [/藉助/g, '借助'],
  // 政府資訊公開, 三類內部事務資訊, 資訊處理費
  [
    /(?<=政府|公開|公开|事務|事务|過程性|过程性|現成|现成|獲取|获取)資訊|資訊(?=公開|公开|內容|内容|處理費|处理费)/g,
    '信息',
  ],
  [/規範性檔案/g, '規範性文件'],
]

/** REPORT_WORDS, then toSimplified: a line of a report written in traditional characters, as it is read. */
export function toSimplifiedReport(text: string): string {
  let replaced = text
  for (const [pattern, replacement] of REPORT_WORDS) replaced = replaced.replace(pattern, replacement)
  return toSimplified(replaced)
}
