import type { CheckSummary } from '../../core/compare/overviewRow'
import { hasReadingGaps, readingGapTexts } from '../../core/compare/readingGaps'
import type { Template } from '../../core/model/report'

const LEGACY_NOTE = '2019 年以前的报告没有统一表格，不做勾稽关系检查'

/**
 * "✓" when every rule holds and the reader read everything, otherwise what is wrong, errors first: failed
 * rules, then cells left unread, then an agency or year not found in the title, then a second 表三 left. "—" for a pre-2019 report,
 * which has no tables to check.
 */
export function checkSummaryText(checks: CheckSummary, template: Template): string {
  const parts: string[] = []
  if (checks.errors > 0) parts.push(`${checks.errors} 个错误`)
  if (checks.warnings > 0) parts.push(`${checks.warnings} 个警告`)
  parts.push(...readingGapTexts(checks))
  if (parts.length > 0) return parts.join(' · ')
  return template === 'legacy' ? '—' : '✓'
}

/** The status cell's tooltip: each failed rule, then the reading gaps; what "✓" or "—" means otherwise. */
export function checkTitle(checks: CheckSummary, template: Template, failed: readonly string[]): string {
  const lines = [...failed, ...readingGapTexts(checks)]
  if (lines.length > 0) return lines.join('\n')
  return template === 'legacy' ? LEGACY_NOTE : '勾稽关系全部通过'
}

/** 'error' for a failed error rule, 'warning' for anything else to look at, 'ok' otherwise. */
export function checkTone(checks: CheckSummary): 'error' | 'warning' | 'ok' {
  if (checks.errors > 0) return 'error'
  return checks.warnings > 0 || hasReadingGaps(checks) ? 'warning' : 'ok'
}

/** Sort key: any error ranks above any number of warnings and reading gaps. */
export function checkSeverityRank(checks: CheckSummary): number {
  return (
    checks.errors * 1_000_000 +
    checks.warnings * 1_000 +
    checks.unreadCells +
    (checks.identityGuessed ? 1 : 0) +
    (checks.tableLeft ? 1 : 0)
  )
}
