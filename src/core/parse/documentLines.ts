/**
 * A SourceDocument prepared for parsing: compact text per line (for anchors and identity) and the
 * tokens of each line, computed once and only for the lines a table parser actually visits.
 */
import type { SourceDocument } from '../model/report'
import { tokenizeLine, type LineTokens } from './lineTokens'
import { normalizeLines, type NormalizedLine } from './normalizedLines'
import type { LineSource } from './rowTable'

/** "-3-", "— 5 —", "第 3 页", "第3页 共5页": PDF page furniture that lands inside tables. */
const PAGE_FOOTER = /^(?:[-—–~]+\d{1,3}[-—–~]+|第\d{1,3}页(?:共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/

const SPACES = /\s+/g

const NO_TOKENS: Omit<LineTokens, 'line'> = {
  label: '',
  values: [],
  trailing: '',
  numberCount: 0,
  blankCount: 0,
  structured: false,
}

export class DocumentLines implements LineSource {
  readonly count: number
  readonly compact: readonly string[]
  private readonly normalized: readonly NormalizedLine[]
  private readonly cache: (LineTokens | undefined)[]

  constructor(readonly document: SourceDocument) {
    this.count = document.lines.length
    this.normalized = normalizeLines(document.lines)
    this.compact = this.normalized.map((line) => line.text.replace(SPACES, ''))
    this.cache = new Array<LineTokens | undefined>(this.count)
  }

  tokens(index: number): LineTokens {
    const cached = this.cache[index]
    if (cached !== undefined) return cached
    const line = this.document.lines[index]
    const normalized = this.normalized[index]
    const compact = this.compact[index] ?? ''
    const tokens =
      line === undefined || normalized === undefined || PAGE_FOOTER.test(compact)
        ? { ...NO_TOKENS, line: index }
        : tokenizeLine(line, normalized.cells, index)
    this.cache[index] = tokens
    return tokens
  }

  /** The first line at or after `from` (and before `to`) whose compact text passes the test. */
  find(from: number, test: (compact: string, index: number) => boolean, to = this.count): number | undefined {
    for (let index = Math.max(0, from); index < Math.min(to, this.count); index++)
      if (test(this.compact[index] ?? '', index)) return index
    return undefined
  }
}
