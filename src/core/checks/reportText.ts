/**
 * What the text checks (R-I prose, R-J completeness) share about one report: its sections and its
 * compacted lines, found once per run of the checks instead of once per check.
 */
import type { SourceDocument } from '../model/report'
import { CompactLines } from './proseText'
import { findSections, type ReportSections } from './sections'

export interface ReportText {
  sections: ReportSections
  lines: CompactLines
}

export function reportText(document: Pick<SourceDocument, 'lines'>): ReportText {
  return { sections: findSections(document), lines: new CompactLines(document) }
}
