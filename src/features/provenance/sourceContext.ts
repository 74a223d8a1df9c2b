import { lineCells } from '../../core/model/lineCells'
import type { Provenance, SourceDocument, SourceLine } from '../../core/model/report'

export interface ContextPart {
  text: string
  /** The text the number was read from. */
  highlight: boolean
}

export interface ContextLine {
  /** 1-based, as a person counts lines. */
  number: number
  page?: number
  /** The line the number came from (the others are its neighbours). */
  isSource: boolean
  /** Table cells of the line in order; a line without cells is one part. */
  parts: ContextPart[]
}

/** What a blank cell looks like in the source panel: it was read as 0 from nothing. */
export const BLANK_CELL_TEXT = '（空白）'

function plainParts(line: SourceLine): ContextPart[] {
  const cells = lineCells(line)
  return (cells.length > 1 ? cells : [line.text]).map((text) => ({ text, highlight: false }))
}

/** The raw cell text marked inside a line that has no separate cells (free text, a PDF line run together). */
function markInText(text: string, raw: string): ContextPart[] {
  const at = raw === '' ? -1 : text.indexOf(raw)
  if (at < 0) return [{ text, highlight: false }]
  return [
    { text: text.slice(0, at), highlight: false },
    { text: raw, highlight: true },
    { text: text.slice(at + raw.length), highlight: false },
  ].filter((part) => part.text !== '')
}

function sourceParts(line: SourceLine, source: Provenance): ContextPart[] {
  const cells = lineCells(line)
  if (cells.length > 1 && source.column < cells.length) {
    return cells.map((text, index) =>
      index === source.column
        ? { text: text === '' ? BLANK_CELL_TEXT : text, highlight: true }
        : { text, highlight: false },
    )
  }
  return markInText(line.text, source.raw)
}

/**
 * The lines around where a number was read, the number's cell marked. Empty when the provenance points
 * outside the document (a report restored without its lines), so the panel can say so instead of guessing.
 */
export function sourceContext(document: SourceDocument, source: Provenance, radius = 2): ContextLine[] {
  const { lines } = document
  if (source.line < 0 || source.line >= lines.length) return []
  const first = Math.max(0, source.line - radius)
  const last = Math.min(lines.length - 1, source.line + radius)
  const context: ContextLine[] = []
  for (let index = first; index <= last; index++) {
    const line = lines[index]
    if (!line) continue
    const isSource = index === source.line
    context.push({
      number: index + 1,
      page: line.page,
      isSource,
      parts: isSource ? sourceParts(line, source) : plainParts(line),
    })
  }
  return context
}
