/**
 * A SourceDocument prepared for parsing: compact text per line (for anchors and identity) and the
 * tokens of each line, each computed once and only for the lines a parser actually looks at.
 */
import type { SourceDocument } from '../model/report'
import { compactFast } from '../text/fastNormalize'
import { isInvisible } from '../text/invisible'
import { joinedFacts, joinedLines, lineAtOffset } from '../text/joinedLines'
import { tokenizeLine, type LineTokens } from './lineTokens'
import type { LineSource } from './rowTable'

/** "-3-", "— 5 —", "第 3 页", "第3页 共5页": PDF page furniture that lands inside tables. */
const PAGE_FOOTER = /^(?:[-—–~]+\d{1,3}[-—–~]+|第\d{1,3}页(?:共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/

/** Characters a PAGE_FOOTER can start with. */
function startsFooter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x7e ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x7b2c // 第
  )
}

/** What compaction drops in front of a line's first character. */
function isDropped(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || isInvisible(code)
}

/** Dashes PAGE_FOOTER allows any number of, also in their full-width forms. */
function isDash(code: number): boolean {
  return (
    code === 0x2d || code === 0x2014 || code === 0x2013 || code === 0x7e || code === 0xff0d || code === 0xff5e
  )
}

/** The most characters a PAGE_FOOTER has besides dashes: "第999页共999页". */
const FOOTER_CORE_LENGTH = 10

/**
 * Whether the line's compact form may be page furniture, judged on its raw text so that table lines are
 * not compacted for this: it must start like a footer and be as short as one once spaces and dashes are
 * left out. In a document with characters NFKC may turn into something else (`gainsCjk`), a line that is
 * not clearly a table row stays a maybe.
 */
function mayBeFooter(text: string, gainsCjk: boolean): boolean {
  let i = 0
  while (i < text.length && isDropped(text.charCodeAt(i))) i++
  if (i === text.length) return false
  const first = text.charCodeAt(i)
  const starts = startsFooter(first >= 0xff01 && first <= 0xff5e ? first - 0xfee0 : first)
  if (!starts) return gainsCjk
  let core = 0
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isDropped(code) || isDash(code)) continue
    if (++core > FOOTER_CORE_LENGTH) return gainsCjk
  }
  return true
}

function noTokens(line: number): LineTokens {
  return {
    line,
    label: '',
    values: [],
    trailing: '',
    numberCount: 0,
    blankCount: 0,
    structured: false,
    labelTail: undefined,
  }
}

export interface FindOptions {
  /** Stop before this line. */
  to?: number
  /**
   * A pattern the raw text of a line must match for the test to pass on its compact form: CJK ideographs the
   * test needs, allowing for the spaces compaction removes ("[条新]" for "第二十条…|本年新收"). Lines that
   * fail it are skipped without being normalised (unless the document has characters NFKC maps to CJK). Most lines of a report are prose,
   * so this keeps a search from normalising the whole document.
   */
  hint?: RegExp
}

/** A global copy of each hint for searching a whole document; its lastIndex is set before every use. */
const HINT_SEARCHES = new WeakMap<RegExp, RegExp>()

/** Where a hint matched last: the first line at or after `from` whose text matches, or none. */
interface HintPosition {
  from: number
  line: number | undefined
}

export class DocumentLines implements LineSource {
  readonly count: number
  private readonly compactCache: (string | undefined)[]
  private readonly tokenCache: (LineTokens | undefined)[]
  /** Where each hint was last found (hintLineFrom). */
  private readonly hintPositions = new Map<RegExp, HintPosition>()

  constructor(readonly document: SourceDocument) {
    this.count = document.lines.length
    this.compactCache = new Array<string | undefined>(this.count)
    this.tokenCache = new Array<LineTokens | undefined>(this.count)
  }

  /**
   * The first line in [from, to) whose raw text matches `hint`, found by searching the joined text: a match
   * there starts in some line, which is taken when the hint matches that line on its own (a match may run
   * on into the next line, as the hint's gaps allow a newline). Every line the hint matches is found, as
   * the search goes on from just after each rejected match.
   */
  private nextHintLine(hint: RegExp, from: number, to: number): number | undefined {
    const joined = joinedLines(this.document.lines)
    // Searching stops where line `to` starts: the text is cut there (a slice, not a copy).
    const text = to < this.count ? joined.text.slice(0, joined.starts[to]) : joined.text
    let search = HINT_SEARCHES.get(hint)
    if (search === undefined) {
      search = new RegExp(hint.source, 'g')
      HINT_SEARCHES.set(hint, search)
    }
    let line = Math.max(0, from)
    search.lastIndex = joined.starts[line] ?? text.length
    for (;;) {
      const found = search.exec(text)
      if (found === null) return undefined
      line = lineAtOffset(joined, found.index, line)
      if (hint.test(this.document.lines[line]?.text ?? '')) return line
      search.lastIndex = found.index + 1
    }
  }

  /** The line NFKC-normalised with every space removed: what anchors and labels are matched in. */
  compact(index: number): string {
    const cached = this.compactCache[index]
    if (cached !== undefined) return cached
    const compact = compactFast(this.document.lines[index]?.text ?? '')
    if (index >= 0 && index < this.count) this.compactCache[index] = compact
    return compact
  }

  /** The nearest line with text from `index` on, a line at a time by `step`, at most `reach` lines away. */
  nearestWithText(index: number, step: 1 | -1, reach: number): number | undefined {
    for (let i = index + step, moved = 1; i >= 0 && i < this.count && moved <= reach; i += step, moved++)
      if (this.compact(i) !== '') return i
    return undefined
  }

  tokens(index: number): LineTokens {
    const cached = this.tokenCache[index]
    if (cached !== undefined) return cached
    const line = this.document.lines[index]
    const tokens =
      line === undefined ||
      (mayBeFooter(line.text, this.mayGainCjk()) && PAGE_FOOTER.test(this.compact(index)))
        ? noTokens(index)
        : tokenizeLine(line, index)
    this.tokenCache[index] = tokens
    return tokens
  }

  /**
   * Whether the line's compact text is longer than `length` characters (prose, not a table row). Without
   * a character NFKC may expand, compacting never lengthens a line, so a short line needs no compacting.
   */
  compactLongerThan(index: number, length: number): boolean {
    const text = this.document.lines[index]?.text ?? ''
    if (text.length <= length && !this.mayGainCjk()) return false
    return this.compact(index).length > length
  }

  /** Whether some line may gain CJK characters by normalising (Kangxi radicals from a PDF font…): rare. */
  private mayGainCjk(): boolean {
    return joinedFacts(this.document.lines).mayGainCjk
  }

  /** The first line at or after `from` (and before `options.to`) whose compact text passes the test. */
  find(
    from: number,
    test: (compact: string, index: number) => boolean,
    options: FindOptions = {},
  ): number | undefined {
    const end = Math.min(options.to ?? this.count, this.count)
    const hint = options.hint === undefined || this.mayGainCjk() ? undefined : options.hint
    if (hint === undefined) {
      for (let index = Math.max(0, from); index < end; index++)
        if (test(this.compact(index), index)) return index
      return undefined
    }
    for (let index = this.nextHintLine(hint, from, end); index !== undefined;) {
      if (test(this.compact(index), index)) return index
      index = this.nextHintLine(hint, index + 1, end)
    }
    return undefined
  }

  /** Whether the line's compact text matches `pattern`; `hint` as in FindOptions. */
  matches(index: number, pattern: RegExp, hint?: RegExp): boolean {
    if (hint !== undefined && !this.mayGainCjk() && this.hintLineFrom(hint, index) !== index) return false
    return pattern.test(this.compact(index))
  }

  /**
   * nextHintLine(hint, index, count), remembered: callers ask about consecutive lines, and no line before
   * the one found last can match.
   */
  private hintLineFrom(hint: RegExp, index: number): number | undefined {
    const known = this.hintPositions.get(hint)
    if (known !== undefined && index >= known.from && (known.line === undefined || index <= known.line))
      return known.line
    const line = this.nextHintLine(hint, index, this.count)
    this.hintPositions.set(hint, { from: index, line })
    return line
  }
}
