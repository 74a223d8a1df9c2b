/** Which generation of the report format a document follows, as far as the text shows (report-model.md). */
import type { DocumentLines } from './documentLines'
import { compactWordsHint } from '../text/fastNormalize'

/** Text only the 2019 and 2021 formats have: 表二's first block and 表三's first row. */
const MODERN_MARKERS = /第二十条第\(一\)项|本年新收政府信息公开申请|本年新收/
const REPORT_WORDS = /政府信息公开|政务公开/
/** A character each alternative of the pattern above it needs (see DocumentLines.find). */
const MODERN_HINT = compactWordsHint('第二十条', '本年新收')
const REPORT_HINT = compactWordsHint('政府信息公开', '政务公开')
const hasModernMarker = (compact: string) => MODERN_MARKERS.test(compact)
const hasReportWords = (compact: string) => REPORT_WORDS.test(compact)

export type DocumentGeneration = 'modern' | 'legacy-looking' | 'not-a-report'

export function documentGeneration(lines: DocumentLines): DocumentGeneration {
  if (lines.find(0, hasModernMarker, { hint: MODERN_HINT }) !== undefined) return 'modern'
  if (lines.find(0, hasReportWords, { hint: REPORT_HINT }) !== undefined) return 'legacy-looking'
  return 'not-a-report'
}
