/**
 * A document's lines as one text, joined by newlines, so that one regex call searches them all; and where
 * each line starts in it. The reader and the checks both search the same document, so the join is made
 * once per list of lines.
 */
import type { SourceLine } from '../model/report'

export interface JoinedLines {
  text: string
  /** starts[i] is where line i begins in `text`. */
  starts: readonly number[]
}

const JOINED = new WeakMap<readonly Pick<SourceLine, 'text'>[], JoinedLines>()

export function joinedLines(lines: readonly Pick<SourceLine, 'text'>[]): JoinedLines {
  let joined = JOINED.get(lines)
  if (joined === undefined) {
    const starts: number[] = []
    let at = 0
    for (const line of lines) {
      starts.push(at)
      at += line.text.length + 1
    }
    joined = { text: lines.map((line) => line.text).join('\n'), starts }
    JOINED.set(lines, joined)
  }
  return joined
}

/** The line holding character `offset` of the joined text, searching forward from line `from`. */
export function lineAtOffset(joined: JoinedLines, offset: number, from: number): number {
  const { starts } = joined
  let line = Math.max(0, from)
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++
  return line
}
