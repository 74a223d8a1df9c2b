/**
 * A document's lines as one text, joined by newlines, so that one regex call searches them all; and where
 * each line starts in it. The reader and the checks both search the same document, so the join is made
 * once per list of lines.
 */
import type { SourceLine } from '../model/report'
import { scanTextFacts, type TextFacts } from './textFacts'

export interface JoinedLines {
  text: string
  /** starts[i] is where line i begins in `text`. */
  starts: readonly number[]
}

const JOINED = new WeakMap<readonly Pick<SourceLine, 'text'>[], JoinedLines>()
/** The joined text's facts, once known: remembered from the decoder or found by joinedFacts. */
const FACTS = new WeakMap<readonly Pick<SourceLine, 'text'>[], TextFacts>()

function lineStarts(lines: readonly Pick<SourceLine, 'text'>[]): number[] {
  const starts: number[] = []
  let at = 0
  for (const line of lines) {
    starts.push(at)
    at += line.text.length + 1
  }
  return starts
}

export function joinedLines(lines: readonly Pick<SourceLine, 'text'>[]): JoinedLines {
  let joined = JOINED.get(lines)
  if (joined === undefined) {
    joined = { text: lines.map((line) => line.text).join('\n'), starts: lineStarts(lines) }
    JOINED.set(lines, joined)
  }
  return joined
}

/**
 * Records that `text` is `lines` joined by newlines, as when a file was split at its "\n"s: the file's own
 * text then serves, instead of a copy made by joining the lines again.
 */
export function rememberJoined(lines: readonly Pick<SourceLine, 'text'>[], text: string): void {
  JOINED.set(lines, { text, starts: lineStarts(lines) })
}

/**
 * Records the facts of the lines' joined text, as the decoder of the text they were split from worked them
 * out. They hold for the joined text when the split only took out line breaks, which make no fact true.
 */
export function rememberFacts(lines: readonly Pick<SourceLine, 'text'>[], facts: TextFacts): void {
  FACTS.set(lines, facts)
}

/** The facts of the lines' joined text: as remembered, or found by scanning it once. */
export function joinedFacts(lines: readonly Pick<SourceLine, 'text'>[]): TextFacts {
  let facts = FACTS.get(lines)
  if (facts === undefined) {
    facts = scanTextFacts(joinedLines(lines).text)
    FACTS.set(lines, facts)
  }
  return facts
}

/** The line holding character `offset` of the joined text, searching forward from line `from`. */
export function lineAtOffset(joined: JoinedLines, offset: number, from: number): number {
  const { starts } = joined
  let line = Math.max(0, from)
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line++
  return line
}
