/**
 * The running text of a span of lines, with whitespace handled the way prose needs: PDF lines break
 * inside words and numbers ("受理政府信息公开申请 21 件," / "均在…"), so they are joined without a
 * break; other readers give one paragraph per line, kept apart by a newline. Spaces go, except one
 * between two digits, so "1 1" never becomes "11".
 */
import type { SourceDocument } from '../model/report'
import { isAsciiDigit, isWhitespace } from '../text/characters'
import { normalizeFast } from '../text/fastNormalize'

export interface ProseText {
  text: string
  /** lineAt[i] is the 0-based document line of text[i]. */
  lineAt: number[]
}

const SPACE = /[\s\u00a0\u3000]/u
const SPACES = /[\s\u00a0\u3000]+/gu
const SPACES_BETWEEN_DIGITS = /\d[\s\u00a0\u3000]+\d/u

/** The line normalised, each run of spaces removed or, between two digits, one space. */
export function compactLine(text: string): string {
  const normalized = normalizeFast(text)
  // Native scans for the usual prose line: no space at all, or none between two digits.
  if (!SPACE.test(normalized)) return normalized
  if (!SPACES_BETWEEN_DIGITS.test(normalized)) return normalized.replace(SPACES, '')
  let out = ''
  let kept = 0
  for (let i = 0; i < normalized.length; i++) {
    if (!isWhitespace(normalized.charCodeAt(i))) continue
    let end = i + 1
    while (end < normalized.length && isWhitespace(normalized.charCodeAt(end))) end++
    const betweenDigits =
      i > 0 &&
      isAsciiDigit(normalized.charCodeAt(i - 1)) &&
      end < normalized.length &&
      isAsciiDigit(normalized.charCodeAt(end))
    out += normalized.slice(kept, i) + (betweenDigits ? ' ' : '')
    kept = end
    i = end - 1
  }
  return kept === 0 ? normalized : out + normalized.slice(kept)
}

/**
 * The compacted lines of one document, each computed on first use: the prose and completeness checks
 * read overlapping spans of the same report.
 */
export class CompactLines {
  /** Filled up front: writing lines out of order into an empty array would make it a slow sparse one. */
  private readonly compacted: (string | undefined)[]

  constructor(readonly document: Pick<SourceDocument, 'lines'>) {
    this.compacted = new Array<string | undefined>(document.lines.length).fill(undefined)
  }

  at(index: number): string {
    let compact = this.compacted[index]
    if (compact === undefined) {
      compact = compactLine(this.document.lines[index]?.text ?? '')
      this.compacted[index] = compact
    }
    return compact
  }
}

const COMPACT_LINES = new WeakMap<Pick<SourceDocument, 'lines'>, CompactLines>()

/**
 * The document's CompactLines, one per document object: the text checks (reportText) and the sentences of
 * 文字雷同 (reportSentences) compact the same lines of the same reading document, in the worker one after
 * the other.
 */
export function compactLinesOf(document: Pick<SourceDocument, 'lines'>): CompactLines {
  let lines = COMPACT_LINES.get(document)
  if (lines === undefined) {
    lines = new CompactLines(document)
    COMPACT_LINES.set(document, lines)
  }
  return lines
}

/** proseText's `text` alone, for checks that only search it. */
export function proseString(lines: CompactLines, start: number, end: number): string {
  let text = ''
  const stop = Math.min(end, lines.document.lines.length)
  for (let index = start; index < stop; index++) {
    const compact = lines.at(index)
    if (compact === '') continue
    text += text === '' || lines.document.lines[index]?.page !== undefined ? compact : `\n${compact}`
  }
  return text
}

interface ProseOptions {
  /**
   * Lines left out (reportSentences: the tables' lines). A PDF line then runs on only from the line right
   * before it, so the prose on either side of a left-out line, or of a blank line, stays apart.
   */
  skip?: ReadonlySet<number>
}

export function proseText(
  document: Pick<SourceDocument, 'lines'>,
  start: number,
  end: number,
  lines: CompactLines = new CompactLines(document),
  { skip }: ProseOptions = {},
): ProseText {
  let text = ''
  const pieces: { index: number; end: number }[] = []
  const stop = Math.min(end, document.lines.length)
  let previous = -1
  for (let index = start; index < stop; index++) {
    if (skip?.has(index) === true) continue
    const compact = lines.at(index)
    if (compact === '') continue
    const runsOn = document.lines[index]?.page !== undefined && (skip === undefined || previous === index - 1)
    text += text === '' || runsOn ? compact : `\n${compact}`
    pieces.push({ index, end: text.length })
    previous = index
  }
  // Filled per line once the length is known, not grown one character at a time. A separator belongs to
  // the line after it.
  const lineAt = new Array<number>(text.length)
  let from = 0
  for (const piece of pieces) {
    lineAt.fill(piece.index, from, piece.end)
    from = piece.end
  }
  return { text, lineAt }
}
