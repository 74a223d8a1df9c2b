/**
 * A document as the reader and the checks read it. A report written in traditional characters (a mirror
 * site's conversion, a Big5 page) is read with each of them replaced by its simplified character, so labels,
 * headings, titles and names match in the template's wording. One character stands for one, so lines,
 * cells and offsets stay where they were; the report keeps its own text for display and provenance.
 * Any other document is its own view, unchanged: a simplified report with a few traditional characters
 * (a site's "繁體版" link, a footer) is read as written. Whether a document has a traditional
 * character at all the UTF-8 decoder notes in passing; only then are they counted.
 */
import type { SourceDocument, SourceLine } from '../model/report'
import { joinedFacts, joinedLines } from './joinedLines'
import { toSimplifiedReport, traditionalShare } from './traditional'

const VIEWS = new WeakMap<object, object>()

function simplifiedLine(line: SourceLine): SourceLine {
  const simplified: SourceLine = { ...line, text: toSimplifiedReport(line.text) }
  if (line.cells !== undefined) simplified.cells = line.cells.map(toSimplifiedReport)
  return simplified
}

function simplifiedMeta(meta: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, toSimplifiedReport(value)]))
}

/**
 * A share of the ideographs below this is a simplified report with a few traditional characters on the page
 * (the site's "繁體版" link, a footer, a quoted name). In a conversion to traditional a third or more of the
 * ideographs are characters of the table, also in a page of a title and three lines.
 */
const TRADITIONAL_SHARE = 0.1

function isWrittenInTraditional(document: Pick<SourceDocument, 'lines'>): boolean {
  return traditionalShare(joinedLines(document.lines).text) >= TRADITIONAL_SHARE
}

/**
 * The document with its traditional characters read as simplified ones when it is written in them; the
 * document itself otherwise.
 */
export function readingDocument<T extends Pick<SourceDocument, 'lines' | 'meta'>>(document: T): T {
  if (!joinedFacts(document.lines).hasTraditional) return document
  let view = VIEWS.get(document) as T | undefined
  if (view === undefined) {
    view = document
    if (isWrittenInTraditional(document)) {
      view = { ...document, lines: document.lines.map(simplifiedLine) }
      if (document.meta !== undefined) view.meta = simplifiedMeta(document.meta)
    }
    VIEWS.set(document, view)
  }
  return view
}
