/**
 * A SourceDocument prepared for parsing: compact text per line (for anchors and identity) and the
 * tokens of each line, computed once and only for the lines a table parser actually visits.
 */
import type { SourceDocument } from '../model/report'
import { compactFast, normalizeFast } from '../text/fastNormalize'
import { tokenizeLine, type LineTokens } from './lineTokens'
import type { LineSource } from './rowTable'

/** "-3-", "— 5 —", "第 3 页", "第3页 共5页": PDF page furniture that lands inside tables. */
const PAGE_FOOTER = /^(?:[-—–~]+\d{1,3}[-—–~]+|第\d{1,3}页(?:共\d{1,3}页)?|\d{1,3}\/\d{1,3})$/

/** Only lines starting with one of these can be PAGE_FOOTER: most lines skip the regex. */
function mayBeFooter(compact: string): boolean {
  const first = compact.charCodeAt(0)
  return (
    (first >= 0x30 && first <= 0x39) ||
    first === 0x2d ||
    first === 0x7e ||
    first === 0x2014 ||
    first === 0x2013 ||
    first === 0x7b2c // 第
  )
}

function noTokens(line: number): LineTokens {
  return { line, label: '', values: [], trailing: '', numberCount: 0, blankCount: 0, structured: false }
}

export class DocumentLines implements LineSource {
  readonly count: number
  /** Each line NFKC-normalised with every space removed: what anchors and labels are matched in. */
  readonly compact: readonly string[]
  private readonly cache: (LineTokens | undefined)[]

  constructor(readonly document: SourceDocument) {
    const lines = document.lines
    this.count = lines.length
    const compact = new Array<string>(this.count)
    for (let index = 0; index < this.count; index++) compact[index] = compactFast(lines[index]?.text ?? '')
    this.compact = compact
    this.cache = new Array<LineTokens | undefined>(this.count)
  }

  tokens(index: number): LineTokens {
    const cached = this.cache[index]
    if (cached !== undefined) return cached
    const line = this.document.lines[index]
    const compact = this.compact[index] ?? ''
    const tokens =
      line === undefined || (mayBeFooter(compact) && PAGE_FOOTER.test(compact))
        ? noTokens(index)
        : tokenizeLine(line, line.cells.map(normalizeFast), index)
    this.cache[index] = tokens
    return tokens
  }

  /** The first line at or after `from` (and before `to`) whose compact text passes the test. */
  find(from: number, test: (compact: string, index: number) => boolean, to = this.count): number | undefined {
    const end = Math.min(to, this.count)
    for (let index = Math.max(0, from); index < end; index++)
      if (test(this.compact[index] ?? '', index)) return index
    return undefined
  }
}
