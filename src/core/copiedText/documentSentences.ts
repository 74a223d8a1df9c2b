/**
 * A report's sentences for 文字雷同, kept per document. They depend only on its text and the lines its
 * tables were read from, which a correction of a value does not move: worked out once per document,
 * by the parse worker when it can (packedItems.ts), so the page need not split 1,000 reports' prose on
 * its own thread.
 */
import type { Report, SourceDocument } from '../model/report'
import { reportSentences, type ReportSentence } from './reportSentences'

const sentenceCache = new WeakMap<SourceDocument, readonly ReportSentence[]>()

/** The report's sentences (reportSentences), worked out on first use unless remembered. */
export function documentSentences(report: Pick<Report, 'document' | 'cells'>): readonly ReportSentence[] {
  let sentences = sentenceCache.get(report.document)
  if (sentences === undefined) {
    sentences = reportSentences(report)
    sentenceCache.set(report.document, sentences)
  }
  return sentences
}

/** Records the sentences worked out elsewhere (the worker) for `document`, which must be the report's own. */
export function rememberSentences(document: SourceDocument, sentences: readonly ReportSentence[]): void {
  sentenceCache.set(document, sentences)
}
