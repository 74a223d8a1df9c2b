/**
 * 汇总 reports (a government's report covering its departments, scope 'aggregate') are never added to
 * department reports: 沭阳县人民政府's "全县共受理…" already contains 沭阳县发改局. Totals here count
 * only agency-scope reports and list what they left out, so a view can say so.
 */
import type { ReportEntry } from '../checks/crossYear'
import { agencyNormalizer, normalizeAgencyName, type AgencyAliases } from './agencyName'

export interface CellTotal {
  /** Sum over the counted reports; undefined when no report could be counted. */
  value: number | undefined
  counted: string[]
  /** Aggregate reports left out on purpose. */
  excludedAggregates: string[]
  /** Agency reports without this cell (unread or another template): not counted, never taken as 0. */
  unread: string[]
}

export function isAggregate(entry: ReportEntry): boolean {
  return entry.report.scope === 'aggregate'
}

/** The total of one cell over the given reports, aggregates excluded. */
export function totalExcludingAggregates(entries: readonly ReportEntry[], cellId: string): CellTotal {
  const total: CellTotal = { value: undefined, counted: [], excludedAggregates: [], unread: [] }
  for (const entry of entries) {
    if (isAggregate(entry)) {
      total.excludedAggregates.push(entry.id)
      continue
    }
    const cell = entry.report.cells[cellId]
    if (cell === undefined) {
      total.unread.push(entry.id)
      continue
    }
    total.value = (total.value ?? 0) + cell.value
    total.counted.push(entry.id)
  }
  return total
}

/** The region an aggregate report covers: "沭阳县人民政府" → "沭阳县", "平潭综合实验区" → "平潭综合实验区". */
export function regionOf(agency: string, aliases: AgencyAliases = {}): string {
  return regionOfName(normalizeAgencyName(agency, aliases))
}

/** regionOf an agency name already normalised. */
function regionOfName(name: string): string {
  const government = /^(.*?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道))人民政府(办公室|办公厅)?$/u.exec(name)
  return government?.[1] ?? name
}

/** Loaded reports of the same year whose agency sits inside the aggregate's region (its departments). */
export function departmentsOf(
  aggregate: ReportEntry,
  entries: readonly ReportEntry[],
  aliases: AgencyAliases = {},
): string[] {
  const normalize = agencyNormalizer(aliases)
  const region = regionOfName(normalize(aggregate.report.agency))
  return entries
    .filter(
      (entry) =>
        entry.id !== aggregate.id &&
        entry.report.year === aggregate.report.year &&
        !isAggregate(entry) &&
        normalize(entry.report.agency).startsWith(region),
    )
    .map((entry) => entry.id)
}
