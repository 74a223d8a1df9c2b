/**
 * One report's standing, as every view that sorts reports into "with problems" and "clean" says it: the
 * 检查 tab's summary, 只看有问题的报告 and the checking report. Worst first. A failed notice alone leaves a
 * report clean; a reading gap does not, as the rules over an unread cell never ran.
 */
import { hasReadingGaps, type ReadingGaps } from '../compare/readingGaps'
import type { CheckCounts } from './runChecks'

export type ReportStatus = 'errors' | 'warnings' | 'reading-gaps' | 'clean'

/** `counts`: failed checks by severity, 内容雷同 counted as warnings (withCopiedWarnings). */
export function reportStatus(
  counts: Pick<CheckCounts, 'errors' | 'warnings'>,
  gaps: ReadingGaps,
): ReportStatus {
  if (counts.errors > 0) return 'errors'
  if (counts.warnings > 0) return 'warnings'
  return hasReadingGaps(gaps) ? 'reading-gaps' : 'clean'
}
