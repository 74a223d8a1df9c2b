/**
 * What the text checks (R-I prose, R-J completeness) share about one report: its sections and its
 * compacted lines, found once per run of the checks instead of once per check, in the text as the reader
 * reads it (traditional characters as simplified ones).
 */
import type { SourceDocument } from '../model/report'
import { compactLinesOf, type CompactLines } from './proseText'
import { findSections, type ReportSections } from './sections'
import { readingDocument } from '../text/readingDocument'

export interface ReportText {
  sections: ReportSections
  lines: CompactLines
}

export function reportText(document: Pick<SourceDocument, 'lines'>): ReportText {
  const reading = readingDocument(document)
  return { sections: findSections(reading), lines: compactLinesOf(reading) }
}
