/**
 * The stable cell ids of ../shared/report-model.md. They are the project's public data contract:
 * the batch command, the exports and the saved workspace use them. Never rename one.
 */

export const APPLICANT_COLUMNS = [
  'natural',
  'commercial',
  'research',
  'nonprofit',
  'legal',
  'other',
  'total',
] as const
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]

/** 表三 rows shared by every template, in table order (before （六）). */
const APPLICATION_ROWS_HEAD = [
  'received',
  'carriedOver',
  'granted',
  'partlyGranted',
  'refused.stateSecret',
  'refused.prohibitedByLaw',
  'refused.safetyStability',
  'refused.thirdParty',
  'refused.internalAffairs',
  'refused.processInfo',
  'refused.enforcementFiles',
  'refused.queryMatters',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclear',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
] as const

export const OTHER_HANDLING_THREE_ROWS = [
  'otherHandling.noCorrection',
  'otherHandling.unpaidFee',
  'otherHandling.other',
] as const
export const OTHER_HANDLING_ONE_ROW = ['otherHandling.all'] as const

const APPLICATION_ROWS_TAIL = ['total', 'carriedForward'] as const

export type ApplicationRow =
  | (typeof APPLICATION_ROWS_HEAD)[number]
  | (typeof OTHER_HANDLING_THREE_ROWS)[number]
  | (typeof OTHER_HANDLING_ONE_ROW)[number]
  | (typeof APPLICATION_ROWS_TAIL)[number]

export type OtherHandlingVariant = 'three-rows' | 'one-row'

function headRowsOf(group: 'refused' | 'unavailable' | 'notProcessed'): readonly ApplicationRow[] {
  return APPLICATION_ROWS_HEAD.filter((row) => row.startsWith(`${group}.`))
}

/** The sub-rows of （三）不予公开, （四）无法提供 and （五）不予处理, which charts and the overview add up. */
export const REFUSED_ROWS = headRowsOf('refused')
export const UNAVAILABLE_ROWS = headRowsOf('unavailable')
export const NOT_PROCESSED_ROWS = headRowsOf('notProcessed')

/** The 表三 rows of a variant, in table order. */
export function applicationRows(variant: OtherHandlingVariant): readonly ApplicationRow[] {
  const middle = variant === 'three-rows' ? OTHER_HANDLING_THREE_ROWS : OTHER_HANDLING_ONE_ROW
  return [...APPLICATION_ROWS_HEAD, ...middle, ...APPLICATION_ROWS_TAIL]
}

/** Rows whose sum is （七）总计 under rule R-C. */
export function outcomeRows(variant: OtherHandlingVariant): readonly ApplicationRow[] {
  return applicationRows(variant).filter(
    (row) => !['received', 'carriedOver', 'total', 'carriedForward'].includes(row),
  )
}

export function applicationCellId(row: ApplicationRow, column: ApplicantColumn): `applications.${string}` {
  return `applications.${row}.${column}`
}

export const APPEAL_GROUPS = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
] as const
export type AppealGroup = (typeof APPEAL_GROUPS)[number]
export const APPEAL_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const
export type AppealColumn = (typeof APPEAL_COLUMNS)[number]

export function appealCellId(group: AppealGroup, column: AppealColumn): `appeals.${string}` {
  return `appeals.${group}.${column}`
}

export const APPEAL_CELL_IDS: readonly string[] = APPEAL_GROUPS.flatMap((g) =>
  APPEAL_COLUMNS.map((c) => appealCellId(g, c)),
)

/** 表二 of the 2021 template (国办公开办函〔2021〕30号). */
export const PROACTIVE_2021_IDS = [
  'proactive.rules.issued',
  'proactive.rules.repealed',
  'proactive.rules.inForce',
  'proactive.normativeDocs.issued',
  'proactive.normativeDocs.repealed',
  'proactive.normativeDocs.inForce',
  'proactive.licensing.decisions',
  'proactive.penalty.decisions',
  'proactive.enforcement.decisions',
  'proactive.fees.amount',
] as const

/** 表二 of the 2019 template (国办公开办函〔2019〕60号). */
export const PROACTIVE_2019_IDS = [
  'proactive.rules.made',
  'proactive.rules.published',
  'proactive.rules.total',
  'proactive.normativeDocs.made',
  'proactive.normativeDocs.published',
  'proactive.normativeDocs.total',
  'proactive.licensing.lastYearItems',
  'proactive.licensing.change',
  'proactive.licensing.decisions',
  'proactive.otherServices.lastYearItems',
  'proactive.otherServices.change',
  'proactive.otherServices.decisions',
  'proactive.penalty.lastYearItems',
  'proactive.penalty.change',
  'proactive.penalty.decisions',
  'proactive.enforcement.lastYearItems',
  'proactive.enforcement.change',
  'proactive.enforcement.decisions',
  'proactive.fees.lastYearItems',
  'proactive.fees.change',
  'proactive.procurement.items',
  'proactive.procurement.amountYuan',
] as const

export type ProactiveVariant = '2021' | '2019'

/** Cells that may legitimately be negative (2019 本年增/减). */
export const SIGNED_CELL_IDS: ReadonlySet<string> = new Set(
  PROACTIVE_2019_IDS.filter((id) => id.endsWith('.change')),
)

/** Cells that carry decimals: money. Everything else is a count. */
export const DECIMAL_CELL_IDS: ReadonlySet<string> = new Set([
  'proactive.fees.amount',
  'proactive.procurement.amountYuan',
])

/** Every cell id a report of these variants has, in table order. */
export function expectedCellIds(proactive: ProactiveVariant, otherHandling: OtherHandlingVariant): string[] {
  const table2 = proactive === '2021' ? PROACTIVE_2021_IDS : PROACTIVE_2019_IDS
  const table3 = applicationRows(otherHandling).flatMap((row) =>
    APPLICANT_COLUMNS.map((column) => applicationCellId(row, column)),
  )
  return [...table2, ...table3, ...APPEAL_CELL_IDS]
}

const LAYOUTS = new Map<string, readonly string[]>()

/** expectedCellIds, built once per variant pair and shared: read-only. */
export function cellLayout(
  proactive: ProactiveVariant,
  otherHandling: OtherHandlingVariant,
): readonly string[] {
  const key = `${proactive}/${otherHandling}`
  let layout = LAYOUTS.get(key)
  if (layout === undefined) {
    layout = expectedCellIds(proactive, otherHandling)
    LAYOUTS.set(key, layout)
  }
  return layout
}

/** Every variant pair's layout. */
export function cellLayouts(): readonly (readonly string[])[] {
  return (['2021', '2019'] as const).flatMap((proactive) =>
    (['three-rows', 'one-row'] as const).map((otherHandling) => cellLayout(proactive, otherHandling)),
  )
}

/** Whether two lists hold the same ids in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
