import type { CheckSummary } from '../../core/compare/overviewRow'
import { hasReadingGaps, readingGapTexts } from '../../core/compare/readingGaps'
import { LEGACY_NOT_CHECKED } from '../../core/model/labels'
import type { Template } from '../../core/model/report'

/**
 * "✓" when every rule holds and the reader read everything, otherwise what is wrong, errors first: failed
 * rules, then cells left unread, then an agency or year not found in the title, then a second 表三 left.
 * Failed notices follow, even after a ✓ ("✓ · 1 个提示"): not problems, but a bare ✓ would say nothing
 * is left to look at. "—" for a pre-2019 report, which has no tables to check.
 */
export function checkSummaryText(checks: CheckSummary, template: Template): string {
  const parts: string[] = []
  if (checks.errors > 0) parts.push(`${checks.errors} 个错误`)
  if (checks.warnings > 0) parts.push(`${checks.warnings} 个警告`)
  parts.push(...readingGapTexts(checks))
  const notices = checks.notices > 0 ? [`${checks.notices} 个提示`] : []
  if (parts.length > 0) return [...parts, ...notices].join(' · ')
  if (template === 'legacy' && notices.length === 0) return '—'
  return ['✓', ...notices].join(' · ')
}

/**
 * The status cell's tooltip: each failed rule (notices last), then the reading gaps; what "✓" or "—" means
 * otherwise, and with a ✓ the notices beside it.
 */
export function checkTitle(checks: CheckSummary, template: Template, failed: readonly string[]): string {
  const lines = [...failed, ...readingGapTexts(checks)]
  if (checks.errors + checks.warnings > 0 || hasReadingGaps(checks)) return lines.join('\n')
  const passed = template === 'legacy' ? LEGACY_NOT_CHECKED : '勾稽关系全部通过'
  return lines.length > 0 ? [`${passed}；提示：`, ...lines].join('\n') : passed
}

/** 'error' for a failed error rule, 'warning' for anything else to look at, 'ok' otherwise (notices too). */
export function checkTone(checks: CheckSummary): 'error' | 'warning' | 'ok' {
  if (checks.errors > 0) return 'error'
  return checks.warnings > 0 || hasReadingGaps(checks) ? 'warning' : 'ok'
}

/**
 * Sort key: any error ranks above any number of warnings, a warning above any reading gap, and a gap
 * above any number of notices. A report has fewer than 1,000 cells, so the counts never overlap.
 */
export function checkSeverityRank(checks: CheckSummary): number {
  const gaps = checks.unreadCells + (checks.identityGuessed ? 1 : 0) + checks.tablesLeft.length
  return checks.errors * 1e9 + checks.warnings * 1e6 + gaps * 1e3 + checks.notices
}
