/**
 * normalizeText and compactLabel without ICU for the text reports are made of. NFKC is one ICU call per
 * string and dominated the batch, yet almost every character of a report is ASCII, a CJK unified ideograph
 * or CJK punctuation, which NFKC leaves alone, or a full-width ASCII form, which it maps to ASCII. Text with
 * any other character (Kangxi radicals, circled digits, combining marks…) takes the ICU path unchanged.
 */
import { isCjkIdeograph } from './characters'
import { canBuildFromUnits, stringFromUnits, unitBuffer } from './codeUnits'
import { INVISIBLE_CLASS, isInvisible } from './invisible'
import { compactLabel, normalizeText } from './normalize'

const SAME = 0
const SPACE = 1
const DROP = 2
const WIDE = 3
const OTHER = 4

/** What NFKC (plus zero-width removal) does to one UTF-16 unit; checked against ICU in fastNormalize.test.ts. */
function classify(code: number): number {
  // Control characters other than whitespace are left alone by NFKC.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? SPACE : SAME
  if (isCjkIdeograph(code)) return SAME
  if (code >= 0xff01 && code <= 0xff5e) return WIDE
  if (code >= 0x3001 && code <= 0x3035) return SAME
  if ((code >= 0x2012 && code <= 0x2016) || (code >= 0x2018 && code <= 0x2023)) return SAME
  if (code === 0x2010 || code === 0x2030 || code === 0xb7 || code === 0xd7 || code === 0xb0) return SAME
  if (code === 0xa0 || code === 0x3000) return SPACE
  if (isInvisible(code)) return DROP
  return OTHER
}

/** The class of every code unit below 0x10000, built once: one array read per character. */
const CLASSES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  for (let code = 0; code < table.length; code++) table[code] = classify(code)
  return table
})()

function classOf(code: number): number {
  return CLASSES[code] ?? OTHER
}

/** Whether normalizeFast changes this UTF-16 unit: the per-character form of isNormalized. */
export function changesOnNormalize(code: number): boolean {
  const kind = classOf(code)
  return kind !== SAME && !(kind === SPACE && code < 0x80)
}

/**
 * The SAME class as one regex character class. A native regex scan is several times faster than the loop
 * below, and most lines need no change at all; fastNormalize.test.ts checks it against classify().
 */
const SAME_CHARS =
  '\\x00-\\x08\\x0e-\\x1f\\x21-\\x7f\\u4e00-\\u9fff\\u3001-\\u3035\\u3400-\\u4dbf\\u2012-\\u2016\\u2018-\\u2023\\u2010\\u2030\\xb7\\xd7\\xb0'
const ASCII_SPACE_CHARS = '\\x09-\\x0d\\x20'
/** A character NFKC or compaction would change. */
const CHANGED_BY_COMPACT = new RegExp(`[^${SAME_CHARS}]`)
/** A character other than SAME and ASCII whitespace: beyond what removing ASCII spaces handles. */
const CHANGED_BY_NORMALIZE = new RegExp(`[^${SAME_CHARS}${ASCII_SPACE_CHARS}]`)
const ASCII_SPACES = new RegExp(`[${ASCII_SPACE_CHARS}]+`, 'g')
/**
 * A character NFKC turns into something other than ASCII or nothing (Kangxi radicals, compatibility
 * ideographs, circled digits…): only text with one may gain a CJK character by normalising. These are the
 * OTHER class (mayGainCjkCode); textFacts.test.ts checks the two agree.
 */
const MAY_GAIN_CJK = new RegExp(
  `[^${SAME_CHARS}${ASCII_SPACE_CHARS}\\xa0\\u3000${INVISIBLE_CLASS}\\uff01-\\uff5e]`,
)

/**
 * Whether normalising `text` can give it CJK characters it does not have. Without such a character,
 * compactFast only maps full-width forms to ASCII and drops spaces, so a search for CJK text can look at the
 * raw text instead (DocumentLines.find's hint).
 */
export function mayGainCjk(text: string): boolean {
  return MAY_GAIN_CJK.test(text)
}

/** Whether this UTF-16 unit is a MAY_GAIN_CJK character: the per-character form of mayGainCjk. */
export function mayGainCjkCode(code: number): boolean {
  return classOf(code) === OTHER
}

/** What compaction removes between two characters of a word. */
const REMOVED_BETWEEN = `[\\s${INVISIBLE_CLASS}]*`

/**
 * A pattern for raw text that matches wherever compactFast(text) contains one of `words` (CJK text, which
 * NFKC leaves alone), provided the text has no mayGainCjk character: the words with removable spaces
 * allowed between their characters.
 */
export function compactWordsHint(...words: string[]): RegExp {
  return new RegExp(alternatives(words.map((word) => [...word])))
}

function escapeRegExp(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The words as a prefix tree ("全县|全区" → "全[gap](?:县|区)"), so the regex engine tries one branch
 * per starting character instead of every word at every position of a long line.
 */
function alternatives(words: readonly (readonly string[])[]): string {
  const byFirst = new Map<string, string[][]>()
  for (const [first, ...rest] of words) {
    if (first === undefined) return ''
    const group = byFirst.get(first) ?? []
    group.push(rest)
    byFirst.set(first, group)
  }
  const branches = [...byFirst].map(([first, rests]) => {
    const rest = alternatives(rests)
    return rest === '' ? escapeRegExp(first) : `${escapeRegExp(first)}${REMOVED_BETWEEN}${rest}`
  })
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`
}

/** Whether normalizeFast(text) would return `text` unchanged: one native scan, no copy. */
export function isNormalized(text: string): boolean {
  return !CHANGED_BY_NORMALIZE.test(text)
}

/** From this length on, a changed text is rebuilt in a unit buffer rather than by concatenation. */
const LONG_TEXT = 24

/**
 * normalizeFast (or, with `compact`, compactFast) of a text holding no OTHER character, written unit by unit
 * into the shared buffer; undefined when it holds one (those take the ICU path).
 */
function rebuilt(text: string, compact: boolean): string | undefined {
  if (!canBuildFromUnits) return undefined
  const out = unitBuffer(text.length)
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = classOf(code)
    if (kind === SAME) out[length++] = code
    else if (kind === WIDE) out[length++] = code - 0xfee0
    else if (kind === SPACE) {
      if (!compact) out[length++] = code < 0x80 ? code : 0x20
    } else if (kind === OTHER) return undefined
  }
  return stringFromUnits(out, length)
}

/**
 * normalizeText(text): NFKC with zero-width characters removed. Returns `text` itself (no copy) when
 * nothing changes, which is most lines of most reports.
 */
export function normalizeFast(text: string): string {
  if (!CHANGED_BY_NORMALIZE.test(text)) return text
  if (text.length >= LONG_TEXT) return rebuilt(text, false) ?? normalizeText(text)
  let out = ''
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const kind = classOf(text.charCodeAt(i))
    if (kind === SAME || (kind === SPACE && text.charCodeAt(i) < 0x80)) continue
    if (kind === OTHER) return normalizeText(text)
    out += text.slice(start, i)
    if (kind === SPACE) out += ' '
    else if (kind === WIDE) out += String.fromCharCode(text.charCodeAt(i) - 0xfee0)
    start = i + 1
  }
  return start === 0 ? text : out + text.slice(start)
}

/** normalizeText with every whitespace character removed (compactLabel). `text` itself when unchanged. */
export function compactFast(text: string): string {
  if (!CHANGED_BY_COMPACT.test(text)) return text
  if (!CHANGED_BY_NORMALIZE.test(text)) return text.replace(ASCII_SPACES, '')
  if (text.length >= LONG_TEXT) return rebuilt(text, true) ?? compactLabel(text)
  let out = ''
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const kind = classOf(text.charCodeAt(i))
    if (kind === SAME) continue
    if (kind === OTHER) return compactLabel(text)
    out += text.slice(start, i)
    if (kind === WIDE) out += String.fromCharCode(text.charCodeAt(i) - 0xfee0)
    start = i + 1
  }
  return start === 0 ? text : out + text.slice(start)
}
