/**
 * The sentences of a report's prose that can show copying: split on 。！？；and line ends, normalised and
 * compacted as the prose checks read them (traditional characters read as simplified), without the
 * tables' lines (a line of several cells, or a line the reader took a number from) and without sentences
 * too short to mean anything or taken from the official blank template.
 */
import { compactLinesOf, proseText } from '../checks/proseText'
import { lineCells } from '../model/lineCells'
import type { Report } from '../model/report'
import { readingDocument } from '../text/readingDocument'
import { ideographsOf } from './ideographs'
import { isTemplateSentence } from './templateSentences'

/**
 * Fewer CJK ideographs than this (not counting a leading number such as 一、) is a phrase every report may write ("本年度未收到申请。", a heading), not
 * evidence of copying.
 */
export const MIN_SENTENCE_IDEOGRAPHS = 15

export interface ReportSentence {
  /** The sentence as compared: normalised, spaces removed (except between two digits). */
  text: string
  /** 0-based document line where it starts. */
  line: number
}

/** 。 and, after normalisation (full-width forms become ASCII), ！？；; a newline ends a line's prose. */
function endsSentence(code: number): boolean {
  return code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a
}

/** The lines of the report's tables: several cells, or the source of a number the reader took. */
function tableLines(report: Pick<Report, 'document' | 'cells'>): Set<number> {
  const lines = new Set<number>()
  for (const cell of Object.values(report.cells)) if (cell.source.line >= 0) lines.add(cell.source.line)
  report.document.lines.forEach((line, index) => {
    if (lineCells(line).length > 1) lines.add(index)
  })
  return lines
}

/** Every sentence long enough to count, in document order; a repeated sentence is kept once. */
export function reportSentences(report: Pick<Report, 'document' | 'cells'>): ReportSentence[] {
  const document = readingDocument(report.document)
  const { text, lineAt } = proseText(document, 0, document.lines.length, compactLinesOf(document), {
    skip: tableLines(report),
  })
  const sentences: ReportSentence[] = []
  const seen = new Set<string>()
  let start = 0
  for (let end = 0; end <= text.length; end++) {
    if (end < text.length && !endsSentence(text.charCodeAt(end))) continue
    // Without its end mark: a sentence ended by 。 in one report and by a line break in another is the same.
    const sentence = text.slice(start, end).trim()
    // Never a newline's line: a sentence starting at one is empty, as the newline ends it.
    const line = lineAt[start] ?? 0
    start = end + 1
    if (seen.has(sentence)) continue
    const words = ideographsOf(sentence)
    if (words.length < MIN_SENTENCE_IDEOGRAPHS || isTemplateSentence(words)) continue
    seen.add(sentence)
    sentences.push({ text: sentence, line })
  }
  return sentences
}
