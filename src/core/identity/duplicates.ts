/**
 * The same agency and year loaded more than once (a PDF and the saved page of one report, two downloads
 * of one page): groups for a side-by-side choose-which-to-keep view, with every cell whose value differs.
 * Nothing here drops a report; the caller removes what the user chose not to keep.
 */
import { agencyIsFileName } from './agencyFromFileName'
import type { ReportEntry } from '../checks/crossYear'
import { agencyKeyerOf, agencyNormalizer, type AgencyAliases } from './agencyName'

export interface CellDifference {
  cellId: string
  /** One value per report of the group, in `reportIds` order; null where that report has no such cell. */
  values: (number | null)[]
}

export interface DuplicateGroup {
  /** agencyKey|year|scope, stable while the aliases do not change. */
  key: string
  /** The canonical agency name, for display. */
  agency: string
  year: number
  reportIds: string[]
  /** The identity fields that differ (agency spelling, template, table variants), as field → value per report. */
  fieldDifferences: Record<string, string[]>
  differences: CellDifference[]
  /** Cells read identically in every copy. */
  sameCells: number
}

function cellDifferences(entries: readonly ReportEntry[]): { differences: CellDifference[]; same: number } {
  const ids = [...new Set(entries.flatMap((entry) => Object.keys(entry.report.cells)))]
  const differences: CellDifference[] = []
  let same = 0
  for (const cellId of ids) {
    const values = entries.map((entry) => entry.report.cells[cellId]?.value ?? null)
    if (values.every((value) => value === values[0])) same++
    else differences.push({ cellId, values })
  }
  return { differences, same }
}

function fieldDifferences(entries: readonly ReportEntry[]): Record<string, string[]> {
  const fields: Record<string, (entry: ReportEntry) => string> = {
    agency: (entry) => entry.report.agency,
    template: (entry) => entry.report.template,
    proactive: (entry) => entry.report.tableVariants.proactive ?? '',
    otherHandling: (entry) => entry.report.tableVariants['applications.otherHandling'] ?? '',
  }
  const differing: Record<string, string[]> = {}
  for (const [name, read] of Object.entries(fields)) {
    const values = entries.map(read)
    if (values.some((value) => value !== values[0])) differing[name] = values
  }
  return differing
}

/**
 * Groups of two or more reports of one agency, year and scope: a government's 汇总 of its departments and
 * its own office's report of that year are two reports, which the charts draw apart, not two copies of one
 * for the user to throw away. Reports with no year or no agency are never
 * grouped, nor are those named after their file (agencyIsFileName): two untitled reports saved as
 * "2023年政府信息公开工作年度报告.txt" are two agencies' reports, and grouping them would ask the user to
 * throw one away.
 */
export function findDuplicateGroups(
  entries: readonly ReportEntry[],
  aliases: AgencyAliases = {},
): DuplicateGroup[] {
  const normalize = agencyNormalizer(aliases)
  const keyOf = agencyKeyerOf(normalize)
  const groups = new Map<string, ReportEntry[]>()
  for (const entry of entries) {
    const agency = keyOf(entry.report.agency)
    if (agency === '' || entry.report.year <= 0 || agencyIsFileName(entry.report)) continue
    const key = `${agency}|${entry.report.year}|${entry.report.scope}`
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return [...groups.entries()]
    .filter(([, members]) => members.length > 1)
    .map(([key, members]) => {
      const first = members[0]
      const { differences, same } = cellDifferences(members)
      return {
        key,
        agency: normalize(first?.report.agency ?? ''),
        year: first?.report.year ?? 0,
        reportIds: members.map((member) => member.id),
        fieldDifferences: fieldDifferences(members),
        differences,
        sameCells: same,
      }
    })
}

/** The ids to remove when the user keeps `keepId` of a group; empty when keepId is not in the group. */
export function idsToDiscard(group: DuplicateGroup, keepId: string): string[] {
  if (!group.reportIds.includes(keepId)) return []
  return group.reportIds.filter((id) => id !== keepId)
}
