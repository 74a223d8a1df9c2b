/**
 * R-I: the figures the 总体情况 prose states match the tables. "受理" is sometimes 新收 only and sometimes
 * 新收 + 上年结转, "办理" sometimes the 办理结果 total, so a figure passes when it equals any reading its verb
 * allows. A figure whose meaning is unclear gives a notice, never an error.
 */
import type { Cell, CheckResult, Report } from '../model/report'
import { readProseClaims, type ClaimKind, type ProseClaim } from './proseClaims'
import { proseText } from './proseText'
import { reportText, type ReportText } from './reportText'
import { comparedSides, countText } from './comparedSides'
import { RULE_SEVERITY, UNCLEAR_PROSE_SEVERITY } from './ruleSeverity'
import type { ReportSections } from './sections'

interface Reading {
  label: string
  cellIds: string[]
}

const total = (row: string) => `applications.${row}.total`
const RECEIVED: Reading = { label: '表三 新收·总计', cellIds: [total('received')] }
const RECEIVED_AND_CARRIED: Reading = {
  label: '表三 新收 + 上年结转',
  cellIds: [total('received'), total('carriedOver')],
}

const REFUSED = [
  'stateSecret',
  'prohibitedByLaw',
  'safetyStability',
  'thirdParty',
  'internalAffairs',
  'processInfo',
  'enforcementFiles',
  'queryMatters',
].map((reason) => total(`refused.${reason}`))
const UNAVAILABLE = ['notHeld', 'needsCreation', 'unclear'].map((reason) => total(`unavailable.${reason}`))
const NOT_PROCESSED = ['complaint', 'duplicate', 'publication', 'excessive', 'confirmation'].map((reason) =>
  total(`notProcessed.${reason}`),
)

const READINGS: Record<ClaimKind, Reading[]> = {
  received: [RECEIVED, RECEIVED_AND_CARRIED],
  handled: [{ label: '表三 办理结果总计', cellIds: [total('total')] }, RECEIVED, RECEIVED_AND_CARRIED],
  granted: [{ label: '表三 予以公开·总计', cellIds: [total('granted')] }],
  partlyGranted: [{ label: '表三 部分公开·总计', cellIds: [total('partlyGranted')] }],
  grantedOrPartly: [
    { label: '表三 予以公开 + 部分公开', cellIds: [total('granted'), total('partlyGranted')] },
  ],
  refused: [{ label: '表三 不予公开各项之和', cellIds: REFUSED }],
  unavailable: [{ label: '表三 无法提供各项之和', cellIds: UNAVAILABLE }],
  notProcessed: [{ label: '表三 不予处理各项之和', cellIds: NOT_PROCESSED }],
  carriedOver: [{ label: '表三 上年结转·总计', cellIds: [total('carriedOver')] }],
  carriedForward: [{ label: '表三 结转下年度·总计', cellIds: [total('carriedForward')] }],
  reconsideration: [{ label: '表四 行政复议·总计', cellIds: ['appeals.reconsideration.total'] }],
  litigation: [
    {
      label: '表四 行政诉讼总计（直接起诉 + 复议后起诉）',
      cellIds: ['appeals.litigationDirect.total', 'appeals.litigationAfterReconsideration.total'],
    },
  ],
  normativeDocsIssued: [
    { label: '表二 行政规范性文件·本年制发件数', cellIds: ['proactive.normativeDocs.issued'] },
  ],
  licensing: [{ label: '表二 行政许可·处理决定数量', cellIds: ['proactive.licensing.decisions'] }],
  penalty: [{ label: '表二 行政处罚·处理决定数量', cellIds: ['proactive.penalty.decisions'] }],
  enforcement: [{ label: '表二 行政强制·处理决定数量', cellIds: ['proactive.enforcement.decisions'] }],
}

const MAX_QUOTE = 60

function quoted(claim: ProseClaim): string {
  const text = claim.quote.length > MAX_QUOTE ? `${claim.quote.slice(0, MAX_QUOTE)}…` : claim.quote
  return `“${text}”`
}

function valueOf(cells: Record<string, Cell>, ids: readonly string[]): number | undefined {
  let sum = 0
  for (const id of ids) {
    const cell = cells[id]
    if (cell === undefined) return undefined
    sum += cell.value
  }
  return sum
}

function unclear(claim: ProseClaim): CheckResult {
  return {
    rule: 'R-I',
    severity: UNCLEAR_PROSE_SEVERITY,
    ok: false,
    message: `R-I 总体情况中${quoted(claim)}所说的 ${claim.value} 件含义不明确，未与表格核对`,
    cellIds: [],
    lhs: claim.value,
    line: claim.line,
  }
}

function compare(claim: ProseClaim, kind: ClaimKind, cells: Record<string, Cell>): CheckResult[] {
  const readings = READINGS[kind]
    .map((reading) => ({ reading, value: valueOf(cells, reading.cellIds) }))
    .filter((candidate): candidate is { reading: Reading; value: number } => candidate.value !== undefined)
  const first = readings[0]
  if (first === undefined) return []
  const match = readings.find((candidate) => candidate.value === claim.value)
  const shown = match ?? first
  const others = readings
    .filter((candidate) => candidate !== first)
    .map((candidate) => `${candidate.reading.label}为 ${countText(candidate.value)}`)
  const table =
    match !== undefined
      ? `${match.reading.label}为 ${countText(match.value)}`
      : `${first.reading.label}为 ${countText(first.value)}${others.length > 0 ? `（${others.join('，')}）` : ''}`
  const message = `R-I ${comparedSides(`总体情况${quoted(claim)}为 ${countText(claim.value)}`, table, match !== undefined)}`
  return [
    {
      rule: 'R-I',
      severity: RULE_SEVERITY['R-I'],
      ok: match !== undefined,
      message,
      cellIds: shown.reading.cellIds,
      lhs: claim.value,
      rhs: shown.value,
      line: claim.line,
    },
  ]
}

/** The 总体情况 section, or when its heading is missing, the text before section 二. */
function overviewSpan(sections: ReportSections): { start: number; end: number } | undefined {
  if (sections.overview !== undefined) return sections.overview
  if (sections.proactive !== undefined) return { start: 0, end: sections.proactive.heading }
  return undefined
}

/** `text`: the report's sections and lines when the caller already has them (runChecks). */
export function checkProse(
  report: Pick<Report, 'document' | 'cells' | 'template'>,
  text?: ReportText,
): CheckResult[] {
  if (report.template === 'legacy') return []
  const { sections, lines } = text ?? reportText(report.document)
  const span = overviewSpan(sections)
  if (span === undefined) return []
  const claims = readProseClaims(proseText(report.document, span.start, span.end, lines))
  return claims.flatMap((claim) =>
    claim.kind === undefined ? [unclear(claim)] : compare(claim, claim.kind, report.cells),
  )
}
