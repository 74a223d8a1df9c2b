import type { CheckSummary } from '../../core/compare/overviewRow'

/** "✓" when every rule holds, otherwise the failed counts, errors first. */
export function checkSummaryText(checks: CheckSummary): string {
  const parts: string[] = []
  if (checks.errors > 0) parts.push(`${checks.errors} 个错误`)
  if (checks.warnings > 0) parts.push(`${checks.warnings} 个警告`)
  return parts.length === 0 ? '✓' : parts.join(' · ')
}

/** Sort key: any error ranks above any number of warnings. */
export function checkSeverityRank(checks: CheckSummary): number {
  return checks.errors * 1_000_000 + checks.warnings
}
