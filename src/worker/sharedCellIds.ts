import type { IngestItem } from '../core/ingest/ingestFile'

/**
 * Every report carries about fifty checks, each with the list of cell ids it covers, and these lists are
 * the same from report to report: a third of what crosses to the page. Replacing equal lists by one array
 * lets a message of many reports carry each list once (structured clone keeps shared references). Checks
 * are never mutated after they are made, so sharing is safe.
 */
export function createCellIdSharing(): (items: IngestItem[]) => void {
  const known = new Map<string, string[]>()
  return (items) => {
    for (const item of items) {
      if (!item.outcome.ok) continue
      for (const check of item.outcome.report.checks) {
        const key = check.cellIds.join('\n')
        const shared = known.get(key)
        if (shared) check.cellIds = shared
        else known.set(key, check.cellIds)
      }
    }
  }
}
