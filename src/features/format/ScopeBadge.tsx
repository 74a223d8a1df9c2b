import { SCOPE_NAMES } from '../../core/model/labels'
import type { Scope } from '../../core/model/report'

/** "汇总" beside a report that sums a whole government's agencies; nothing for one agency's own. */
export function ScopeBadge({ scope }: { scope: Scope }) {
  return scope === 'aggregate' ? <span className="badge">{SCOPE_NAMES.aggregate}</span> : null
}
