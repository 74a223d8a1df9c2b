import type { IngestItem } from '../core/ingest/ingestFile'
import { sameIds } from '../core/model/ids'

const BUCKET_LIMIT = 64

/**
 * Every report carries about fifty checks, each with the list of cell ids it covers, and these lists are
 * the same from report to report: a third of what crosses to the page. Replacing equal lists by one array
 * lets a message of many reports carry each list once (structured clone keeps shared references). Checks
 * are never mutated after they are made, so sharing is safe.
 *
 * Lists are found by their first id and compared id by id: the ids are the model's own strings, so that
 * is a few pointer comparisons, where a key joined from the ids cost a long string per check. Lists that
 * vary by report (a prose finding's cells) could make a bucket long: past BUCKET_LIMIT, new lists are not
 * kept.
 */
export function createCellIdSharing(): (items: IngestItem[]) => void {
  const known = new Map<string, string[][]>()
  return (items) => {
    for (const item of items) {
      if (!item.outcome.ok) continue
      for (const check of item.outcome.report.checks) {
        const ids = check.cellIds
        const first = ids[0] ?? ''
        const candidates = known.get(first)
        const shared = candidates?.find((candidate) => sameIds(candidate, ids))
        if (shared !== undefined) check.cellIds = shared
        else if (candidates !== undefined) {
          if (candidates.length < BUCKET_LIMIT) candidates.push(ids)
        } else known.set(first, [ids])
      }
    }
  }
}
