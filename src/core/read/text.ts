import type { SourceDocument, SourceKind, SourceLine } from '../model/report'
import type { DecodedText } from '../decode/decodeText'
import { rememberFacts, rememberJoined } from '../text/joinedLines'

const LINE_BREAK = /\r\n|\r|\n/
/** A markdown table row as converters print it: "| a | b |". */
const MARKDOWN_ROW = /^\s*\|.*\|\s*$/
/** The "|---|:---:|" line under a markdown header: no cells of its own. */
const MARKDOWN_SEPARATOR = /^\s*\|(\s*:?-{2,}:?\s*\|)+\s*$/

function markdownCells(line: string): string[] {
  const inner = line.trim().slice(1, -1)
  return inner.split('|').map((cell) => cell.trim())
}

/**
 * The cells are the pieces between tabs, empty ones included (a blank cell of a table row): the line says
 * so by having no cells of its own (SourceLine).
 */
function plainLine(text: string): SourceLine {
  return { text }
}

function toSourceLine(text: string): SourceLine {
  if (text.includes('|') && MARKDOWN_ROW.test(text) && !MARKDOWN_SEPARATOR.test(text))
    return { text, cells: markdownCells(text) }
  return plainLine(text)
}

/**
 * A plain-text (or markdown, or pasted) report as a SourceDocument: one line per text line, its cells the
 * pieces between tabs (the seeds' table export), or between pipes for markdown table rows (converter output).
 * Given decodeText's result, the facts its decoder worked out come with the text, so the reader need not
 * scan for them.
 */
export function textToDocument(
  name: string,
  source: string | Pick<DecodedText, 'text' | 'facts'>,
  kind: Extract<SourceKind, 'text' | 'markdown' | 'paste'> = 'text',
): SourceDocument {
  const text = typeof source === 'string' ? source : source.text
  const facts = typeof source === 'string' ? undefined : source.facts
  const body = text.startsWith('\ufeff') ? text.slice(1) : text
  // Most files have no markdown row: one search of the body spares one per line.
  const toLine = body.includes('|') ? toSourceLine : plainLine
  // A string split is much faster than a regex split, and most files have plain \n line ends.
  const crlf = body.includes('\r')
  const lines = crlf ? body.split(LINE_BREAK).map(toLine) : body.split('\n').map(toLine)
  // The reader and the checks search the lines joined by newlines: without \r, that is the body itself.
  if (!crlf) rememberJoined(lines, body)
  // The text's facts are the joined lines': the BOM and the line breaks taken out make no fact true.
  if (facts !== undefined) rememberFacts(lines, facts)
  return { name, kind, lines }
}
