/**
 * A document as the reader and the checks read it. A report in traditional characters (a mirror site's
 * conversion, a Big5 page) is read with each of them replaced by its simplified character, so labels,
 * headings, titles and names match in the template's wording. One character stands for one, so lines,
 * cells and offsets stay where they were; the report keeps its own text for display and provenance.
 * A document without a traditional character, which the UTF-8 decoder notes in passing, is its own view.
 */
import type { SourceDocument, SourceLine } from '../model/report'
import { joinedFacts, joinedLines } from './joinedLines'
import { countTraditional, toSimplified } from './traditional'

const VIEWS = new WeakMap<object, object>()

function simplifiedLine(line: SourceLine): SourceLine {
  const simplified: SourceLine = { ...line, text: toSimplified(line.text) }
  if (line.cells !== undefined) simplified.cells = line.cells.map(toSimplified)
  return simplified
}

function simplifiedMeta(meta: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, toSimplified(value)]))
}

/** The document with its traditional characters read as simplified ones: the document itself when it has none. */
export function readingDocument<T extends Pick<SourceDocument, 'lines' | 'meta'>>(document: T): T {
  if (!joinedFacts(document.lines).hasTraditional) return document
  const known = VIEWS.get(document) as T | undefined
  if (known !== undefined) return known
  const view: T = { ...document, lines: document.lines.map(simplifiedLine) }
  if (document.meta !== undefined) view.meta = simplifiedMeta(document.meta)
  VIEWS.set(document, view)
  return view
}

/**
 * Fewer traditional characters than this is a simplified report with a few on the page (the site's "繁體版"
 * link, a quoted name); a report converted to traditional has hundreds.
 */
const TRADITIONAL_REPORT = 20

/** Whether the document is written in traditional characters, not just holding a few. */
export function isTraditionalReport(document: Pick<SourceDocument, 'lines'>): boolean {
  return (
    joinedFacts(document.lines).hasTraditional &&
    countTraditional(joinedLines(document.lines).text) >= TRADITIONAL_REPORT
  )
}
